package org.bilateral.extraction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.bilateral.extraction.reading.TinyCorpus;
import org.bilateral.workbench.HelpWithoutDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bilateral evaluate} as the launcher runs it: before the application starts, so without a database. */
class EvaluateCommandTest {

    @TempDir Path dir;

    record Run(int exitCode, String out, String err) {
    }

    static Run launch(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            var answered = HelpWithoutDatabase.answer(args);
            assertThat(answered).as("run before the application (and its database) starts").isPresent();
            return new Run(answered.getAsInt(), stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void evaluatePrintsEveryMetricOverallAndPerFolderHeldOutAndThenTheShippedModelsLabelledAsNoEvidence() {
        TinyCorpus.write(dir);
        Run run = launch("evaluate", "--publishers", dir.resolve("north").toString(), dir.resolve("south").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Leave-one-publisher-out: 6 documents of 3 publishers",
                "all (6)", "north (3)", "south (3)", "The shipped models on the same documents: trained on these documents");
        assertThat(run.out().lines().filter(l -> l.startsWith("participants"))).hasSize(2);
        assertThat(run.out().lines().filter(l -> l.startsWith("overall"))).hasSize(2);
        assertThat(run.out()).containsPattern("ministry of trade of atlantis +2 +[01]\\.\\d{3}  north/a1.txt south/a2.txt");
        // published: every release gives its date in its dateline and is scored once: the line has its three figures per scope
        assertThat(run.out().lines().filter(l -> l.startsWith("published")).findFirst().orElseThrow())
                .matches("published( +[01]\\.\\d{3}){9}");
    }

    @Test
    void aFolderWithoutGoldIsRefusedNamingIt() {
        Run run = launch("evaluate", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(dir.toString(), "holds no gold");
    }

    @Test
    void evaluateWithoutAFolderSaysWhatIsMissing() {
        Run run = launch("evaluate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("CORPUS_DIR");
    }
}
