package org.bilateral.extraction.reading;

import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Negotiation rounds: "the third round of negotiations", "the 9th negotiating session", "round 4 of the talks", "Round 2",
 * "his fifth round of ministerial consultations", "the twenty-first round". A numbered round or session is one only
 * where negotiations, talks, consultations, a dialogue or an agreement are spoken of around it.
 */
final class EventRounds {

    private static final String UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth";
    private static final Pattern ROUND = Pattern.compile(
            "(?i)\\b((?:twenty|thirty|forty)[- ](?:" + UNITS + ")|" + UNITS + "|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|\\d{1,2}(?:st|nd|rd|th))"
                    + "\\s+(?:(?:formal|official|negotiation|negotiating|technical|in-person|ministerial|full|new)\\s+)*(?:round|session)s?\\b"
                    + "|\\bround\\s+(\\d{1,2})\\b(?![.,]\\d|\\s*(?:%|percent|per cent))");
    /** What a numbered round is of: negotiations, talks, consultations or a dialogue between governments. */
    private static final Pattern OF_TALKS = Pattern.compile("negotiat|talks|consultation|dialogue");
    private static final Pattern ANY_ROUND = Pattern.compile("(?i)\\b(?:negotiation|negotiating)\\s+round\\b|\\bround of (?:talks|negotiations?)\\b");

    private EventRounds() {
    }

    /** The number of the round the sentence tells of, or null. */
    static @Nullable Integer of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.contains("round") && !lower.contains("session")) {
            return null;
        }
        Matcher m = ROUND.matcher(text);
        while (m.find()) {
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 60)).toLowerCase(Locale.ROOT);
            String around = text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 60)).toLowerCase(Locale.ROOT);
            if (!OF_TALKS.matcher(around).find() && !after.contains("agreement")) {
                continue;
            }
            if (m.group(2) != null) {
                return Integer.valueOf(m.group(2));
            }
            return ordinal(m.group(1).toLowerCase(Locale.ROOT));
        }
        return null;
    }

    /** "fifth" 5, "twenty-first" 21, "3rd" 3. */
    private static int ordinal(String word) {
        String[] parts = word.split("[- ]");
        if (parts.length == 2) {
            int tens = switch (parts[0]) {
                case "twenty" -> 20;
                case "thirty" -> 30;
                default -> 40;
            };
            return tens + Lexicon.ORDINALS.get(parts[1]);
        }
        Integer n = Lexicon.ORDINALS.get(word);
        if (n != null) {
            return n;
        }
        return switch (word) {
            case "thirtieth" -> 30;
            case "fortieth" -> 40;
            default -> Integer.parseInt(word.replaceAll("\\D", ""));
        };
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
