package org.bilateral.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;

/**
 * What a refusal says, in no language yet: a key of messages_en.properties and messages_vi.properties and the
 * arguments it takes, so that each door says it in its user's language (doors/Sayings) while logs and the commands read
 * {@link #english()}, the exact English the key gives.
 *
 * <p>An argument is one of: a {@link Number}, written in the language's way ({@code 1,234.5} or {@code 1.234,5}); a
 * {@link String}, shown as given and never translated (a file name, a field as the file writes it, a user's value, a
 * code; pass a line number or a year as a String too, so that no language groups its digits); or another {@code Said},
 * said in the same language (a location such as "line 12" is itself a key).
 *
 * @param key       {@code refusal.<module>.<what>}
 * @param arguments the message's {0}, {1}, …
 */
public record Said(String key, List<Object> arguments) {

    /** The key of text passed on as it is: another program's words (a database's, a parser's) or a value the user gave. */
    public static final String AS_WRITTEN = "refusal.asWritten";

    public Said {
        for (Object a : arguments) {
            if (!(a instanceof String || a instanceof Number || a instanceof Said || a instanceof java.time.temporal.TemporalAccessor)) {
                throw new IllegalArgumentException("a refusal's argument is a String, a Number, a date or a Said, not " + a.getClass());
            }
        }
        arguments = List.copyOf(arguments);
    }

    public static Said of(String key, Object... arguments) {
        return new Said(key, Arrays.asList(arguments));
    }

    /** Text said in no language of ours: never a sentence of Bilateral's own, which takes a key. */
    public static Said asWritten(String text) {
        return of(AS_WRITTEN, text);
    }

    /**
     * A text the record holds in both languages (an ask's statement and its Vietnamese wording): said in English by
     * messages_en ({@code {0}}) and in Vietnamese by messages_vi ({@code {1}}), never translated further.
     */
    public static Said inLanguages(String english, String vietnamese) {
        return of(IN_LANGUAGES, english, vietnamese);
    }

    /** The key of {@link #inLanguages}: {0} in English, {1} in Vietnamese. */
    public static final String IN_LANGUAGES = "said.inLanguages";

    /** The arguments with every nested {@code Said} said by {@code say}, ready for a MessageFormat of one language. */
    public Object[] argumentsSaid(Function<Said, String> say) {
        return arguments.stream().map(a -> a instanceof Said s ? say.apply(s) : a).toArray();
    }

    /** In English, as messages_en.properties and Spring's MessageSource give it (MessageFormat only where there are arguments). */
    public String english() {
        String text = English.TEXTS.getProperty(key);
        if (text == null) {
            // MessagesTest names every key the sources use and misses; a log still reads the key rather than nothing
            return key + arguments;
        }
        return arguments.isEmpty() ? text : new MessageFormat(text, Locale.ENGLISH).format(argumentsSaid(Said::english));
    }

    @Override
    public String toString() {
        return english();
    }

    /** messages_en.properties, read once. */
    private static final class English {
        static final Properties TEXTS = load();

        private static Properties load() {
            Properties texts = new Properties();
            try (InputStream in = Said.class.getResourceAsStream("/messages_en.properties")) {
                if (in != null) {
                    texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return texts;
        }
    }
}
