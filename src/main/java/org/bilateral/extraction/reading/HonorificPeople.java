package org.bilateral.extraction.reading;

import static org.bilateral.extraction.reading.NameWords.afterMalayHonours;
import static org.bilateral.extraction.reading.NameWords.continuesName;
import static org.bilateral.extraction.reading.NameWords.familyNameWord;
import static org.bilateral.extraction.reading.NameWords.joiners;
import static org.bilateral.extraction.reading.NameWords.nameWord;
import static org.bilateral.extraction.reading.Names.countryOfPerson;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.extraction.reading.Names.PersonMention;
import org.bilateral.extraction.reading.Tokens.Token;

/** "Mr. Kagan", "Ms. Lim Siew Ling, the ministry's secretary-general": an honorific before a name. */
final class HonorificPeople implements NameRule {

    private static final Pattern LOWER_APPOSITION = Pattern.compile(
            "^,\\s+(?:the|its|his|her|their|a)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?((?:deputy\\s+|vice\\s+|assistant\\s+|chief\\s+|senior\\s+|general\\s+)*"
                    + Appositions.LOWER_HEADS + "(?:\\s+(?:of|for)\\s+[^,;.]{1,60})?)(?=[,;.]|$)");

    /** An honorific or Malay honours before a name: one word is a short form ("Mr. Kagan"), more a full name with any title after it. */
    @Override
    public void apply(Claims claims) {
        String s = claims.sentence();
        List<Token> t = claims.tokens();
        for (int h = 0; h + 1 < t.size(); h++) {
            if (claims.isClaimed(h)) {
                continue;
            }
            // "Mr. X", or Malay honours ("Datuk Seri X", "Tan Sri Dato' X"): the name starts after them
            int first = Lexicon.HONORIFICS.contains(t.get(h).text()) ? h + 1 : afterMalayHonours(t, h);
            if (first == h) {
                continue;
            }
            int e = first;
            while (e < t.size() && e - first - joiners(t, first, e) < 4 && !claims.isClaimed(e)
                    && (nameWord(t.get(e)) || e == first && familyNameWord(t, e) || e > first && continuesName(t, e))) {
                e++;
            }
            if (e == first) {
                continue;
            }
            String name = s.substring(t.get(first).start(), t.get(e - 1).end());
            String title = null;
            int spanEnd = t.get(e - 1).end();
            Matcher m = LOWER_APPOSITION.matcher(s.substring(spanEnd));
            if (m.find()) {
                title = m.group(1).strip();
                spanEnd += m.end();
            }
            claims.claim(h, e);
            claims.add(new PersonMention(t.get(first).start(), t.get(e - 1).end(), name, title, countryOfPerson(name, title), null,
                    e - first == 1, spanEnd, false));
            h = e - 1;
        }
    }
}
