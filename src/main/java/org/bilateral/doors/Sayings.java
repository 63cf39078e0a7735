package org.bilateral.doors;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.springframework.context.MessageSource;

/**
 * A refusal, a problem list or anything else {@link Said} by key, in a user's language: the page's on a page, the one
 * the API call asked for in its Accept-Language header (English unless Vietnamese is asked for). Numbers among the
 * arguments are written the language's way; file names, fields and users' values are shown as given.
 */
public final class Sayings {

    private final MessageSource messages;

    public Sayings(MessageSource messages) {
        this.messages = messages;
    }

    public String say(Said said, Locale locale) {
        String english = said.english();
        String text = messages.getMessage(said.key(), said.argumentsSaid(s -> say(s, locale)), english, locale);
        return text == null ? english : text;
    }

    /** Each problem, "deals.csv, dòng 12, trường quantity: …", one a line. */
    public List<String> problems(List<InputProblem> problems, Locale locale) {
        return problems.stream().map(p -> say(p.said(), locale)).toList();
    }

    /** The whole refusal, its problems one a line, as {@link InvalidInput#getMessage()} writes them in English. */
    public String refusal(InvalidInput refused, Locale locale) {
        return problems(refused.problems(), locale).stream().collect(Collectors.joining("\n"));
    }

    /** The language an API call asked for: Vietnamese when its Accept-Language names Vietnamese before English, else English. */
    public static Locale asked(HttpServletRequest request) {
        for (Enumeration<Locale> asked = request.getLocales(); asked.hasMoreElements(); ) {
            Locale l = asked.nextElement();
            if (l.getLanguage().equals("vi")) {
                return Languages.SUPPORTED.get(0);
            }
            if (l.getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }
}
