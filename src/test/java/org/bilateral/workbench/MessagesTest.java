package org.bilateral.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
}
