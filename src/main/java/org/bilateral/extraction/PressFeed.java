package org.bilateral.extraction;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;

/**
 * A press feed the workbench reads by itself: an RSS 2.0 or Atom feed, or a listing page whose article links
 * {@code linkPattern} picks out (a regular expression found in each link, made absolute), where a ministry publishes no
 * feed.
 *
 * @param id          its row, or {@code null} for a feed of the properties ({@code bilateral.feeds[n]}), which the page
 *                    shows but cannot change
 * @param name        the outlet, as a release's sources name it ("VnExpress", "USTR")
 * @param language    the language it publishes in, {@code en} or {@code vi} (asked for with Accept-Language; the reader
 *                    still tells each text's language by its letters)
 */
public record PressFeed(@Nullable Long id, String name, URI url, String language, Kind kind, @Nullable String linkPattern) {

    /** What is read at the feed's address. */
    public enum Kind {
        RSS, ATOM, LISTING;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static @Nullable Kind parse(@Nullable String code) {
            for (Kind k : values()) {
                if (k.code().equals(code == null ? "" : code.strip().toLowerCase(Locale.ROOT))) {
                    return k;
                }
            }
            return null;
        }
    }

    public static final int LONGEST_NAME = 100;

    /** Whether it is one of the properties' feeds. */
    public boolean configured() {
        return id == null;
    }

    /** The article links' pattern, for a listing page. */
    @Nullable
    Pattern links() {
        return linkPattern == null ? null : Pattern.compile(linkPattern);
    }

    /**
     * A feed as a person or the properties give it, every field checked, each refusal naming its field: {@code where} is
     * the form or the property ({@code bilateral.feeds[0]}).
     */
    public static PressFeed of(@Nullable Long id, Said where, @Nullable String name, @Nullable String url, @Nullable String language,
            @Nullable String kind, @Nullable String linkPattern) {
        java.util.List<InputProblem> problems = new java.util.ArrayList<>();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > LONGEST_NAME) {
            problems.add(InputProblem.from(where, null, "name", Said.of("refusal.extraction.feedName", LONGEST_NAME)));
        } else {
            Limits.textSaid(n).ifPresent(p -> problems.add(InputProblem.from(where, null, "name", p)));
        }
        URI address = address(url);
        if (address == null) {
            problems.add(InputProblem.from(where, null, "url", Said.of("refusal.extraction.feedUrl")));
        }
        String lang = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!lang.equals("en") && !lang.equals("vi")) {
            problems.add(InputProblem.from(where, null, "language", Said.of("refusal.extraction.feedLanguage")));
        }
        Kind k = Kind.parse(kind);
        if (k == null) {
            problems.add(InputProblem.from(where, null, "kind", Said.of("refusal.extraction.feedKind")));
        }
        String pattern = linkPattern == null || linkPattern.isBlank() ? null : linkPattern.strip();
        if (k == Kind.LISTING && pattern == null) {
            problems.add(InputProblem.from(where, null, "linkPattern", Said.of("refusal.extraction.feedPatternNeeded")));
        } else if (k != null && k != Kind.LISTING && pattern != null) {
            // a feed names its own items: a pattern beside it would be silently ignored
            problems.add(InputProblem.from(where, null, "linkPattern", Said.of("refusal.extraction.feedPatternOnlyForListing")));
        } else if (pattern != null) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                problems.add(InputProblem.from(where, null, "linkPattern", Said.of("refusal.extraction.feedPatternInvalid", e.getDescription())));
            }
        }
        if (!problems.isEmpty() || address == null || k == null) {
            throw new InvalidInput(problems);
        }
        return new PressFeed(id, n, address, lang, k, pattern);
    }

    private static @Nullable URI address(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? u : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
