package org.bilateral.extraction.reading;

import static org.bilateral.extraction.reading.NameWords.fullNameEnd;
import static org.bilateral.extraction.reading.Names.countryOfPerson;
import static org.bilateral.extraction.reading.Names.tokenAt;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.extraction.reading.Names.PersonMention;
import org.bilateral.extraction.reading.Tokens.Token;

/**
 * "led by its chairman Robert Keller", "Korea's lead steel negotiator, Park Min-jun": a title in lower case before a
 * full name; a country before the title is the person's.
 */
final class LowerCaseTitles implements NameRule {

    private static final Pattern LOWER_TITLE = Pattern.compile(
            "\\b(?:its|their|the|his|her|our)\\s+((?:[a-z-]+\\s+){0,2}?[a-z-]+)\\s+(?=\\p{Lu}[\\p{L}\\p{M}]+\\s+\\p{Lu})");

    /** A country's (or its demonym's) lower-case title, the name after it with or without a comma. */
    private static final Pattern NATIONAL_LOWER_TITLE = Pattern.compile(
            "\\b(" + Places.nationalityAlternation() + ")(?:'s|’s)?\\s+((?:[a-z-]+\\s+){0,3}?[a-z-]+)\\s*,?\\s+(?=\\p{Lu}[\\p{L}\\p{M}]+\\s+\\p{Lu})");

    @Override
    public void apply(Claims claims) {
        String s = claims.sentence();
        List<Token> t = claims.tokens();
        Matcher m = LOWER_TITLE.matcher(s);
        while (m.find()) {
            String words = m.group(1);
            String head = words.substring(words.lastIndexOf(' ') + 1);
            String capital = Character.toUpperCase(head.charAt(0)) + head.substring(1);
            if (!Lexicon.TITLE_HEADS.contains(capital) && !head.equals("ceo")) {
                continue;
            }
            int i = tokenAt(t, m.end());
            int e = fullNameEnd(t, i, claims);
            if (e < 0) {
                continue;
            }
            String name = s.substring(t.get(i).start(), t.get(e - 1).end());
            claims.add(new PersonMention(t.get(i).start(), t.get(e - 1).end(), name, words, countryOfPerson(name, null), null,
                    false, t.get(e - 1).end(), false));
        }
        Matcher n = NATIONAL_LOWER_TITLE.matcher(s);
        while (n.find()) {
            String words = n.group(2);
            if (!isHead(words.substring(words.lastIndexOf(' ') + 1))) {
                continue;
            }
            int i = tokenAt(t, n.end());
            if (i >= 0 && i + 1 < t.size() && Lexicon.STYLES.contains(t.get(i).text())) {
                i++; // "Qatar's emir, Sheikh Tamim ...": the style is no part of the name
            }
            int e = fullNameEnd(t, i, claims);
            if (e < 0) {
                continue;
            }
            String name = s.substring(t.get(i).start(), t.get(e - 1).end());
            claims.add(new PersonMention(t.get(i).start(), t.get(e - 1).end(), name, words, Places.NATIONALITIES.get(n.group(1)), null,
                    false, t.get(e - 1).end(), true));
        }
    }

    private static boolean isHead(String head) {
        return Lexicon.TITLE_HEADS.contains(Character.toUpperCase(head.charAt(0)) + head.substring(1)) || head.equals("ceo");
    }
}
