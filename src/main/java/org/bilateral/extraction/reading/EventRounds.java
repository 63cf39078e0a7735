package org.bilateral.extraction.reading;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Negotiation rounds: "the third round of negotiations", "the 9th negotiating session", "round 4 of the talks". A
 * numbered round or session is one only where negotiations, talks or an agreement are spoken of around it.
 */
final class EventRounds {

    private static final Pattern ROUND = Pattern.compile(
            "(?i)\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|\\d{1,2}(?:st|nd|rd|th))"
                    + "\\s+(?:(?:formal|official|negotiation|negotiating|technical|in-person)\\s+)*(?:round|session)s?\\b|\\bround\\s+(\\d{1,2})\\s+of\\b");
    private static final Pattern ANY_ROUND = Pattern.compile("(?i)\\b(?:negotiation|negotiating)\\s+round\\b|\\bround of (?:talks|negotiations?)\\b");

    private EventRounds() {
    }

    /** The number of the round the sentence tells of, or null. */
    static Integer of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.contains("round") && !lower.contains("session")) {
            return null;
        }
        Matcher m = ROUND.matcher(text);
        while (m.find()) {
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 60)).toLowerCase(Locale.ROOT);
            String around = text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 60)).toLowerCase(Locale.ROOT);
            if (!around.contains("negotiat") && !around.contains("talks") && !after.contains("agreement")) {
                continue;
            }
            if (m.group(2) != null) {
                return Integer.valueOf(m.group(2));
            }
            String ord = m.group(1).toLowerCase(Locale.ROOT);
            Integer n = Lexicon.ORDINALS.get(ord);
            return n != null ? n : Integer.valueOf(ord.replaceAll("\\D", ""));
        }
        return null;
    }

    /** "hold the second negotiation session": the cue's own words number a round, so the round is the event. */
    static boolean numbers(String cueWords) {
        return ROUND.matcher(cueWords).find();
    }

    /** "the negotiation round", "this round of talks": a round the sentence names without its number. */
    static boolean unnumbered(String text) {
        return text.toLowerCase(Locale.ROOT).contains("round") && ANY_ROUND.matcher(text).find();
    }
}
