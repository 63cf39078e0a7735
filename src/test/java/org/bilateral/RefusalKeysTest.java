package org.bilateral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every refusal is a message key said in both languages (issue 30): a key the sources name is in messages_en and
 * messages_vi, and no refusal is built from a sentence written in the Java, which only English readers could read.
 */
class RefusalKeysTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** Where a refusal, a problem or a parser's refusal is built, up to its closing parenthesis. */
    private static final Pattern BUILT = Pattern.compile(
            "new (InvalidInput|InputProblem|StateConflict|Unavailable|InvalidValue)\\(|Said\\.asWritten\\(|\\bproblem\\(");
    private static final Pattern LITERAL = Pattern.compile("\"((?:\\\\.|[^\"\\\\])*)\"");
    /** A literal of words: a space and letters. A key ("refusal.deals.empty"), a field ("--year") or ", " is none. */
    private static final Pattern SENTENCE = Pattern.compile("(?s)(?=.*\\s).*\\p{L}{2}.*");
    private static final Pattern KEY = Pattern.compile("\"(refusal\\.[\\w.]+)\"");

    /**
     * Files whose refusals still say English sentences, one a line: issue 30 converts them module by module. The list
     * only shrinks: a file on it that no longer builds a refusal from a sentence must leave it.
     */
    private static final Set<String> STILL_IN_ENGLISH = Set.of(RefusalKeysTest.STILL.split("\n"));

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(RefusalKeysTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void everyRefusalKeyTheSourcesNameIsInBothLanguages() throws IOException {
        Set<String> named = new TreeSet<>();
        for (Path f : sources()) {
            Matcher m = KEY.matcher(Files.readString(f));
            while (m.find()) {
                named.add(m.group(1));
            }
        }
        assertThat(named).hasSizeGreaterThan(50);
        assertThat(load("messages_en.properties").stringPropertyNames()).containsAll(named);
        assertThat(load("messages_vi.properties").stringPropertyNames()).containsAll(named);
    }

    @Test
    void noRefusalIsBuiltFromALiteralEnglishSentence() throws IOException {
        List<String> sentences = new ArrayList<>();
        Set<String> stillEnglish = new TreeSet<>();
        for (Path f : sources()) {
            String name = SOURCES.relativize(f).toString().replace('\\', '/');
            String text = Files.readString(f);
            for (String built : built(text)) {
                Matcher l = LITERAL.matcher(built);
                while (l.find()) {
                    if (SENTENCE.matcher(l.group(1)).matches()) {
                        stillEnglish.add(name);
                        if (!STILL_IN_ENGLISH.contains(name)) {
                            sentences.add(name + ": \"" + l.group(1) + "\"");
                        }
                    }
                }
            }
        }
        assertThat(sentences).as("refusals built from a sentence: give each a key refusal.<module>.<what> in both messages files")
                .isEmpty();
        assertThat(new TreeSet<>(STILL_IN_ENGLISH)).as("files converted since: take them off STILL_IN_ENGLISH").isEqualTo(stillEnglish);
    }

    /** The text of each call that builds a refusal, from its name to its closing parenthesis (literals skipped whole). */
    static List<String> built(String text) {
        List<String> calls = new ArrayList<>();
        Matcher m = BUILT.matcher(text);
        while (m.find()) {
            int j = m.end();
            int depth = 1;
            while (j < text.length() && depth > 0) {
                char c = text.charAt(j);
                if (c == '"') {
                    if (text.startsWith("\"\"\"", j)) {
                        j = text.indexOf("\"\"\"", j + 3) + 3;
                        continue;
                    }
                    j++;
                    while (text.charAt(j) != '"') {
                        j += text.charAt(j) == '\\' ? 2 : 1;
                    }
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
                j++;
            }
            calls.add(text.substring(m.start(), j));
        }
        return calls;
    }

    @Test
    void aSentenceInARefusalIsFoundAndAKeyIsNot() {
        String java = "throw new InvalidInput(\"deals.csv\", \"the file is empty\"); throw new InvalidInput(\"x\", Said.of(\"refusal.doors.fileEmpty\"));";
        assertThat(built(java)).hasSize(2);
        assertThat(built(java).get(0)).contains("the file is empty");
        assertThat(LITERAL.matcher(built(java).get(1)).results().map(r -> r.group(1)).filter(s -> SENTENCE.matcher(s).matches())).isEmpty();
    }

    private static final String STILL = """
org/bilateral/extraction/cli/EvaluateCommand.java
org/bilateral/extraction/reading/Corpus.java""";
}
