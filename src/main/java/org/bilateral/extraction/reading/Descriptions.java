package org.bilateral.extraction.reading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.extraction.reading.Cast.DocPerson;
import org.bilateral.extraction.reading.Cast.Ref;
import org.bilateral.extraction.reading.Tokens.Token;

/**
 * People referred to by what they are rather than by name: "the Secretary", "the President and the General
 * Secretary", "the Vietnamese leader", "the two leaders", "the ministers". A singular description is resolved only when
 * exactly one person of the report fits it; a plural one stands for every person who fits.
 */
final class Descriptions {

    private static final Pattern DESCRIPTION = Pattern.compile(
            "\\b[Tt]he\\s+(?:(two|three|four|both)\\s+)?(?:(" + Places.nationalityAlternation() + ")\\s+)?"
                    + "((?:\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})|leaders?|ministers?|secretaries|secretary|president|premier|ambassadors?"
                    + "|senators?|chairman|chairwoman|counterparts?|delegations?|officials?|envoys?|governors?|heads? of state)\\b");

    /** Lower-case words that describe anyone in office; with a nationality before them they pick that side's person. */
    private static final List<String> ANYONE = List.of("leader", "leaders", "counterpart", "counterparts", "official",
            "officials", "delegation", "delegations", "heads of state", "head of state");

    private static final List<String> LEADERS = List.of("President", "Prime Minister", "General Secretary", "Premier",
            "Chancellor", "King", "Queen", "Sultan", "Emir", "Chairman");

    private Descriptions() {
    }

    static List<Ref> in(String sentence, List<Token> tokens, boolean[] claimed, Collection<DocPerson> people) {
        if (people.isEmpty() || sentence.indexOf("he ") < 0) {
            return List.of();
        }
        List<Ref> refs = new ArrayList<>();
        Matcher m = DESCRIPTION.matcher(sentence);
        while (m.find()) {
            int token = Names.tokenAt(tokens, m.start(3));
            if (token < 0 || claimed[token] || followedByName(tokens, m.end())) {
                continue;
            }
            String country = m.group(2) == null ? null : Places.NATIONALITIES.get(m.group(2));
            String head = m.group(3);
            boolean plural = m.group(1) != null || head.endsWith("s") && !head.endsWith("ss") && !isTitle(head);
            String singular = plural && head.endsWith("ies") ? head.substring(0, head.length() - 3) + "y"
                    : plural && head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
            if (!isTitle(singular) && !ANYONE.contains(singular.toLowerCase(Locale.ROOT)) && !isTitle(capitalised(singular))) {
                continue;
            }
            List<DocPerson> fit = new ArrayList<>();
            for (DocPerson p : people) {
                if (fits(p, singular, country)) {
                    fit.add(p);
                }
            }
            if (fit.size() == 1 || plural && fit.size() > 1) {
                for (DocPerson p : fit) {
                    refs.add(new Ref(m.start(), m.end(), p.name, true, false, false, plural));
                }
            }
        }
        return refs;
    }

    private static boolean fits(DocPerson p, String description, String country) {
        if (country != null && !country.equals(p.country)) {
            return false;
        }
        String d = description.toLowerCase(Locale.ROOT);
        if (ANYONE.contains(d) || ANYONE.contains(d + "s")) {
            return country != null || d.startsWith("leader") && p.title != null && LEADERS.stream().anyMatch(p.title::contains);
        }
        if (p.title == null) {
            return false;
        }
        String title = " " + p.title.toLowerCase(Locale.ROOT).replaceAll("[,;]", " ") + " ";
        // "the Secretary" is the Secretary of State, not the Deputy Secretary; "the President" is not the Vice President.
        int at = title.indexOf(" " + d + " ");
        if (at < 0) {
            return false;
        }
        String before = title.substring(0, at).strip();
        String lastBefore = before.isEmpty() ? "" : before.substring(before.lastIndexOf(' ') + 1);
        return !List.of("deputy", "vice", "assistant", "under", "acting", "former").contains(lastBefore);
    }

    private static boolean isTitle(String words) {
        String last = words.substring(words.lastIndexOf(' ') + 1);
        return Lexicon.TITLE_HEADS.contains(last) && !Lexicon.WEAK_HEADS.contains(last) || words.contains(" ") && Lexicon.TITLE_HEADS.contains(last);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static boolean followedByName(List<Token> tokens, int end) {
        int next = Names.tokenAt(tokens, end);
        return next >= 0 && tokens.get(next).start() <= end + 1 && tokens.get(next).capitalised() && tokens.get(next).word()
                && !Lexicon.NOT_NAMES.contains(tokens.get(next).text());
    }
}
