package org.bilateral.workbench;

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
import org.bilateral.shared.NotFound;
import org.junit.jupiter.api.Test;

/** Every word of the workbench is in both languages: no key in one file only, and none a template asks for is missing. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(MessagesTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void vietnameseAndEnglishHoldTheSameKeysNoneEmpty() throws IOException {
        Properties vi = load("messages_vi.properties");
        Properties en = load("messages_en.properties");
        assertThat(new TreeSet<>(vi.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        assertThat(vi.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        assertThat(en.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }

    /** MessageFormat reads a message with arguments, where a lone apostrophe quotes, and leaves one without alone. */
    /** A key given twice says the later text everywhere the first was meant: the projection's heading once read "Scheduled". */
    @Test
    void noKeyIsGivenTwice() throws IOException {
        for (String file : new String[] {"messages_vi.properties", "messages_en.properties"}) {
            List<String> twice = new ArrayList<>();
            Properties counting = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    Object before = super.put(key, value);
                    if (before != null) {
                        twice.add(String.valueOf(key));
                    }
                    return before;
                }
            };
            try (var in = new InputStreamReader(MessagesTest.class.getResourceAsStream("/" + file), StandardCharsets.UTF_8)) {
                counting.load(in);
            }
            assertThat(twice).as(file).isEmpty();
        }
    }

    @Test
    void apostrophesAreDoubledExactlyWhereAMessageHasArguments() throws IOException {
        for (String file : new String[] {"messages_vi.properties", "messages_en.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                boolean arguments = v.matches("(?s).*\\{\\d.*");
                assertThat(arguments ? v.replace("''", "").contains("'") : v.contains("''"))
                        .as(file + ": " + key + "=" + v).isFalse();
            }
        }
    }

    @Test
    void everyKeyATemplateOrTheBriefAsksForIsInBoth() throws IOException {
        Set<String> keys = load("messages_en.properties").stringPropertyNames();
        Set<String> asked = new TreeSet<>();
        Pattern message = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
        Pattern literal = Pattern.compile("w\\.t\\('([a-zA-Z][\\w.]*)'");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String text = Files.readString(f);
                for (Pattern p : new Pattern[] {message, literal}) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        asked.add(m.group(1));
                    }
                }
            }
        }
        assertThat(asked).isNotEmpty();
        // a key built from a prefix ('section.' + code) needs the prefix to name keys at least
        asked.stream().filter(k -> k.endsWith(".")).forEach(prefix -> assertThat(keys).anyMatch(k -> k.startsWith(prefix)));
        assertThat(keys).containsAll(asked.stream().filter(k -> !k.endsWith(".")).toList());
    }

    @Test
    void everyThingThatCanBeMissingIsSaidInBoth() throws IOException {
        Set<String> keys = load("messages_en.properties").stringPropertyNames();
        assertThat(keys).containsAll(Stream.of(NotFound.Thing.values()).map(NotFound.Thing::messageKey).toList());
    }

    /** Words a page may show in any language: formats, codes and the product's name. */
    private static final Pattern NEUTRAL = Pattern.compile("[\\s#·–—:,.()/→|%\\-]*((CSV|XLSX|PDF|DOCX|HTML|JSON|YAML|Bilateral|VI|EN|ISO|Alpha-3|HS|M49|SHA-256|CIF/FOB|UN Comtrade|US Census|US\\$)[\\s#·–—:,.()/→|%\\-]*)*");
    /** A literal in an expression that is no word: a comparison's operand, a date pattern, a key's prefix, a code. */
    private static final Pattern NO_WORD = Pattern.compile("[^a-z]*|[yMdHms:\\- .]+|[a-z][\\w]*(\\.[\\w]*)+\\.?|[a-z]+-");

    @Test
    void noTemplateSaysAWordOutsideTheMessages() throws IOException {
        Pattern text = Pattern.compile("(<[^<>]*>)([^<>]*)(?=<)");
        Pattern plainAttribute = Pattern.compile("\\s(placeholder|title|alt|aria-label)=\"([^\"]*)\"");
        Pattern shown = Pattern.compile("\\sth:(text|utext|title|placeholder|attr)=\"([^\"]*)\"");
        Pattern literal = Pattern.compile("(==\\s*|!=\\s*)?'((?:\\\\'|[^'])*)'");
        List<String> words = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String page = Files.readString(f)
                        .replaceAll("(?s)<!--.*?-->", "")
                        .replaceAll("(?s)<script[^>]*>.*?</script>", "<script></script>")
                        .replaceAll("(?s)<style[^>]*>.*?</style>", "<style></style>")
                        .replaceAll("(?s)<code[^>]*>[^<]*</code>", "<code></code>");
                String name = Path.of("src/main/resources/templates").relativize(f).toString();
                Matcher m = text.matcher(page);
                while (m.find()) {
                    String tag = m.group(1);
                    String words1 = m.group(2).strip();
                    boolean replaced = tag.contains("th:text=") || tag.contains("th:utext=") || tag.contains("sec:authentication=");
                    if (!replaced && !tag.startsWith("</code") && words1.matches("(?s).*\\p{L}.*") && !NEUTRAL.matcher(words1).matches()) {
                        words.add(name + ": " + words1.replaceAll("\\s+", " "));
                    }
                    Matcher a = plainAttribute.matcher(tag);
                    while (a.find()) {
                        if (a.group(2).matches(".*\\p{Ll}{2}.*") && !a.group(2).startsWith("https://")) {
                            words.add(name + ": " + a.group(1) + "=\"" + a.group(2) + "\"");
                        }
                    }
                    Matcher e = shown.matcher(tag);
                    while (e.find()) {
                        Matcher l = literal.matcher(e.group(2));
                        while (l.find()) {
                            if (l.group(1) == null && !NO_WORD.matcher(l.group(2)).matches() && !NEUTRAL.matcher(l.group(2)).matches()) {
                                words.add(name + ": '" + l.group(2) + "' in th:" + e.group(1));
                            }
                        }
                    }
                }
            }
        }
        assertThat(words).as("words written into templates rather than messages_vi/messages_en").isEmpty();
    }
}
