package org.bilateral.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Help is answered from the commands' classes before anything starts: no database, no home, no administrator. */
class HelpWithoutDatabaseTest {

    record Answer(OptionalInt exitCode, String out) {
    }

    private static Answer ask(String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            return new Answer(HelpWithoutDatabase.answer(args), printed.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
        }
    }

    @Test
    void theLaunchersHelpListsEveryCommandWithoutStartingAnything() {
        Answer help = ask("--help");
        assertThat(help.exitCode()).hasValue(0);
        assertThat(help.out()).contains("Usage: bilateral", "serve", "balance", "brief", "risk", "--home=DIR");
        assertThat(ask().out()).as("no command at all shows the same").contains("Usage: bilateral", "brief");
    }

    /** The launcher's list shows each command's first description line alone: it must be a whole sentence. */
    @Test
    void everyCommandIsDescribedInTheListByAWholeSentence() {
        String help = ask("--help").out();
        java.util.Map<String, StringBuilder> summaries = new java.util.LinkedHashMap<>();
        String current = null;
        for (String line : help.substring(help.indexOf("Commands:")).lines().skip(1).toList()) {
            java.util.regex.Matcher entry = java.util.regex.Pattern.compile("^  (\\S+)\\s+(.*)$").matcher(line);
            if (entry.matches()) {
                current = entry.group(1);
                summaries.put(current, new StringBuilder(entry.group(2).strip()));
            } else if (current != null && !line.isBlank()) {
                summaries.get(current).append(' ').append(line.strip());
            }
        }
        assertThat(summaries).hasSizeGreaterThan(30);
        assertThat(summaries.entrySet()).allSatisfy(e -> assertThat(e.getValue().toString())
                .as(e.getKey()).matches("(?s)[A-Z].*[.)]"));
    }

    @Test
    void aCommandsHelpAGroupAndTheVersionAreAnsweredTooEvenWithItsRequiredOptionsMissing() {
        assertThat(ask("balance", "--help").out()).contains("Usage: bilateral balance", "--reporter");
        assertThat(ask("tariffs").out()).contains("Usage: bilateral tariffs", "what-if");
        assertThat(ask("tariffs", "what-if", "-h").out()).contains("Usage: bilateral tariffs what-if", "--rate");
        assertThat(ask("--version").out()).startsWith("Bilateral ");
    }

    @Test
    void aCommandToRunOrOneWithAMistakeIsLeftToTheWorkbench() {
        assertThat(ask("deals").exitCode()).isEmpty();
        assertThat(ask("balance", "--reporter", "US").exitCode()).as("its refusal is the running command's").isEmpty();
        assertThat(ask("serve", "--port", "8080").exitCode()).isEmpty();
    }

    /** A one-off command's host asks the context for the bean of this command alone (CommandLineHost.commandLineFor). */
    @Test
    void theTopLevelCommandIsTheOneTheArgumentsRunWhereverTheInheritedOptionsStand() {
        assertThat(HelpWithoutDatabase.topLevel(new String[] {"pull", "census"})).hasValue("pull");
        assertThat(HelpWithoutDatabase.topLevel(new String[] {"--home", "/tmp/h", "deals"})).hasValue("deals");
        assertThat(HelpWithoutDatabase.topLevel(new String[] {"balance", "--reporter", "US", "--partner", "VN", "--home", "/tmp/h"}))
                .hasValue("balance");
        assertThat(HelpWithoutDatabase.topLevel(new String[] {"no-such-command"})).as("left to the whole launcher").isEmpty();
        assertThat(HelpWithoutDatabase.topLevel(new String[] {})).isEmpty();
    }
}
