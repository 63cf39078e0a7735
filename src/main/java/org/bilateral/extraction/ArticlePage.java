package org.bilateral.extraction;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.shared.Said;
import org.bilateral.sources.Fetcher;

/**
 * An article page as a feed's link answers it: the story's own markup, which the reader turns into text as it does a
 * page given to {@code ingest} (markup, scripts, menus and footers away). Where the page marks its story with
 * {@code <article>} (or {@code <main>}) only that is kept, so that an outlet's sidebar of other headlines neither is read
 * as the story nor keeps two outlets' copies of one story apart. A page without its closing {@code </html>} was cut
 * short: {@link Fetcher.Malformed}, tried again, then reported.
 */
final class ArticlePage {

    private static final Pattern END_OF_PAGE = Pattern.compile("(?i)</html\\s*>");
    private static final Pattern ARTICLE = Pattern.compile("(?is)<article\\b[^>]*>(.*)</article\\s*>");
    private static final Pattern MAIN = Pattern.compile("(?is)<main\\b[^>]*>(.*)</main\\s*>");

    private ArticlePage() {
    }

    /** The story's markup (HTML) or the text (any other type) an article's answer holds. */
    static String read(Fetcher.Answer answer) {
        String text = answer.text();
        String type = answer.headers().firstValue("Content-Type").orElse("text/html").toLowerCase(Locale.ROOT);
        if (!type.contains("html")) {
            return text;
        }
        if (!END_OF_PAGE.matcher(text).find()) {
            throw new Fetcher.Malformed(Said.of("refusal.extraction.pageCutShort"));
        }
        for (Pattern story : new Pattern[] {ARTICLE, MAIN}) {
            Matcher m = story.matcher(text);
            if (m.find() && !m.group(1).isBlank()) {
                // CleanText recognises markup by its block tags: the story is given back inside its own
                return "<article>" + m.group(1) + "</article>";
            }
        }
        return text;
    }
}
