package org.bilateral.extraction.reading;

import org.jspecify.annotations.Nullable;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.bilateral.engagements.Talks;
import org.bilateral.extraction.reading.Cast.DocPerson;
import org.bilateral.extraction.reading.Cast.DocOrganisation;
import org.bilateral.shared.NameKey;

/**
 * The sides step: the country of each person whose country the text leaves to be understood. Readouts name the other
 * side's officials with their nationality ("Vietnamese General Secretary", "India's Minister") and their own without
 * ("President Biden", "Secretary Blinken"); news outlets do the same from the other shore. So:
 * <ol>
 *   <li>a person of an organisation takes its country ("USAID/Vietnam Mission Director" is USAID's, the United States');</li>
 *   <li>the report's own side is the country of the people it does not qualify, the issuer's or the dateline's country
 *       or else the first named breaking a tie, the issuer or the dateline alone when nobody tells, else the country
 *       of the one seat of government the text names ("at the White House"); with none of these, nobody's;</li>
 *   <li>an unqualified person is of the own side, unless the office is one the own side does not have (the United
 *       States has no prime minister): then of the country the report speaks of most after its own.</li>
 * </ol>
 */
final class Sides {

    private static final Pattern ENVOY_TO = Pattern.compile("\\b(?:Ambassador|Envoy|Consul|Representative|Delegate)\\s+to\\b");

    private Sides() {
    }

    static void assign(Cast cast, String text, String filedFrom) {
        if (filedFrom == null) {
            // "met today at the White House with Prime Minister B of Thailand": the host is of the seat's country.
            filedFrom = seatNamed(text);
        }
        for (DocPerson p : cast.people.values()) {
            if (p.country == null && p.affiliation != null) {
                p.country = organisationCountry(cast, p.affiliation);
            }
        }
        String own = ownSide(cast, filedFrom);
        cast.ownSide = own != null ? own : filedFrom;
        String other = null;
        for (DocPerson p : cast.people.values()) {
            if (p.country != null) {
                continue;
            }
            if (own == null) {
                continue;
            }
            if ("US".equals(own) && p.title != null && notAmerican(p.title)) {
                if (other == null) {
                    other = mostMentionedBesides(cast.countriesInText(), own);
                }
                p.country = other;
            } else {
                p.country = own;
            }
        }
    }

    private static final Pattern SEAT = Pattern.compile("\\b(?:the\\s+)?(White House|Kremlin|Downing Street|Élysée(?: Palace)?|Elysee(?: Palace)?|Kantei|Zhongnanhai)\\b");

    /**
     * The country whose seat of government the text names ("at the White House", "the Kremlin said"), when it names
     * one country's only: the side a report without issuer or dateline writes from. Null otherwise, and then a host
     * nobody qualifies keeps no country rather than a guessed one.
     */
    static @Nullable String seatNamed(String text) {
        String found = null;
        java.util.regex.Matcher m = SEAT.matcher(text);
        while (m.find()) {
            String code = Lexicon.SEATS_OF_GOVERNMENT.get(NameKey.of(m.group(1)));
            if (code != null && found != null && !found.equals(code)) {
                return null;
            }
            found = code != null ? code : found;
        }
        return found;
    }

    private static @Nullable String organisationCountry(Cast cast, String affiliation) {
        String owner = affiliation.contains("/") ? affiliation.substring(0, affiliation.indexOf('/')) : affiliation;
        String full = cast.acronyms.get(NameKey.of(owner));
        DocOrganisation known = cast.organisations.get(NameKey.of(full != null ? full : owner));
        if (known != null && known.country() != null) {
            return known.country();
        }
        return Names.countryOf(full != null ? full : owner);
    }

    /** The country most of the unqualified people belong to; the dateline, then the first such person, decides a tie. */
    private static @Nullable String ownSide(Cast cast, String filedFrom) {
        Map<String, Integer> votes = new HashMap<>();
        String first = null;
        for (DocPerson p : cast.people.values()) {
            // An envoy sent to a country is the guest there: "United States Ambassador to Malaysia" says nothing of the outlet.
            if (p.country != null && !p.countryStated && (p.title == null || !ENVOY_TO.matcher(p.title).find())) {
                votes.merge(p.country, 1, Integer::sum);
                first = first == null ? p.country : first;
            }
        }
        if (votes.isEmpty()) {
            return filedFrom;
        }
        int most = votes.values().stream().max(Integer::compare).orElse(0);
        boolean tie = votes.values().stream().filter(v -> v == most).count() > 1;
        boolean filedAmongThem = cast.people.values().stream().anyMatch(p -> filedFrom != null && filedFrom.equals(p.country));
        if (filedFrom != null && (votes.getOrDefault(filedFrom, 0) == most || tie && filedAmongThem)) {
            return filedFrom;
        }
        String best = first;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (e.getValue() > votes.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static boolean notAmerican(String title) {
        for (String office : Lexicon.NOT_AMERICAN_OFFICES) {
            if ((" " + title + " ").contains(" " + office + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pair of countries whose talks a round belongs to: the two the round's sentence names ("the fourth round of
     * negotiations between Indonesia and the United States"), else the two the report names most. Null when it names
     * fewer than two, counting the report's own side among them. {@code inText} is how often the whole report names
     * each country, counted once however many rounds it tells of.
     */
    static @Nullable Talks talks(String sentence, Map<String, Integer> inText, String ownSide) {
        Map<String, Integer> inSentence = Places.countriesIn(sentence);
        if (inSentence.size() == 2) {
            var codes = inSentence.keySet().iterator();
            return Talks.of(codes.next(), codes.next());
        }
        List<String> ranked = new java.util.ArrayList<>(inText.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList());
        if (ownSide != null && !ranked.contains(ownSide)) {
            ranked.add(ownSide); // "NEW DELHI: ... his Australian counterpart": the outlet's own side is the other party
        }
        if (inSentence.size() == 1) {
            String one = inSentence.keySet().iterator().next();
            return ranked.stream().filter(c -> !c.equals(one)).findFirst().map(other -> Talks.of(one, other)).orElse(null);
        }
        return ranked.size() >= 2 ? Talks.of(ranked.get(0), ranked.get(1)) : null;
    }

    /** The country the text names most often, besides the given one: "India" five times beside "United States". */
    static @Nullable String mostMentionedBesides(Map<String, Integer> inText, String besides) {
        Map<String, Integer> counts = new LinkedHashMap<>(inText);
        counts.remove(besides);
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

}
