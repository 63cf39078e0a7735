package org.bilateral.extraction.reading;

import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an event took place: "in Jakarta", "at Hanoi", "in Washington, D.C."; for a visit the place visited ("visited
 * Jakarta", "a visit to Washington"). A month, an organisation or a title after "in" or "at" is no place.
 */
final class EventPlaces {

    private static final Pattern PLACE = Pattern.compile(
            "\\b(?:in|at)\\s+((?:\\p{Lu}[\\p{L}\\p{M}.]*)(?:(?:,\\s*|\\s+)(?:D\\.C\\.?|\\p{Lu}[\\p{L}\\p{M}]+)){0,3})");
    private static final String TITLE_WORD = "Minister|Secretary|President|Ambassador|Chairman|Deputy|Vice|Coordinating|Senator|Prime|General|Director|Governor";
    private static final Pattern VISITED = Pattern.compile("^\\s*(?:the\\s+)?(\\p{Lu}[\\p{L}\\p{M}.]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.]*){0,2})");

    private EventPlaces() {
    }

    /** The first place the sentence names after "in" or "at", or null. */
    static @Nullable String in(String text, Cast doc) {
        Matcher m = PLACE.matcher(text);
        while (m.find()) {
            String p = m.group(1).replaceAll("[,\\s]+$", "");
            if (p.endsWith(".") && !p.matches(".*\\p{Lu}\\.\\p{Lu}\\.$")) {
                p = p.substring(0, p.length() - 1);
            }
            p = p.replaceFirst(",\\s*(?:" + TITLE_WORD + ").*$", "");
            String first = p.split("[\\s,]+")[0];
            if (Lexicon.NOT_NAMES.contains(first) && !first.equals("Washington") || Lexicon.MONTHS.containsKey(first.toLowerCase(Locale.ROOT))
                    || doc.isOrganisation(p) || Lexicon.TITLE_HEADS.contains(first) || Lexicon.TITLE_MODIFIERS.contains(first)) {
                continue;
            }
            return p;
        }
        return null;
    }

    /** "visited Jakarta on 22 September", "a visit to Washington": the place visited, else any place the sentence names. */
    static String visited(String text, EventCues.Cue at, Cast doc) {
        Matcher m = VISITED.matcher(text.substring(at.end()));
        if (m.find() && !doc.isOrganisation(m.group(1)) && !Lexicon.FUNCTION_WORDS.contains(m.group(1).split("\\s+")[0])
                && (doc.people.values().stream().noneMatch(p -> p.name.contains(m.group(1))) || Places.NATIONALITIES.containsKey(m.group(1)))) {
            return m.group(1);
        }
        return in(text, doc);
    }
}
