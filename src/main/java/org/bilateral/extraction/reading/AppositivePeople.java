package org.bilateral.extraction.reading;

import static org.bilateral.extraction.reading.Appositions.apposition;
import static org.bilateral.extraction.reading.Appositions.lowerCaseApposition;
import static org.bilateral.extraction.reading.NameWords.continuesName;
import static org.bilateral.extraction.reading.NameWords.joiners;
import static org.bilateral.extraction.reading.NameWords.nameWord;
import static org.bilateral.extraction.reading.Names.countryOfPerson;

import java.util.List;
import org.bilateral.extraction.reading.Appositions.Apposition;
import org.bilateral.extraction.reading.Names.PersonMention;
import org.bilateral.extraction.reading.Tokens.Token;

/** "Name Surname, Title ...": a full name followed by its title, set off by a comma. */
final class AppositivePeople implements NameRule {

    @Override
    public void apply(Claims claims) {
        String s = claims.sentence();
        List<Token> t = claims.tokens();
        for (int c = 1; c < t.size(); c++) {
            if (!t.get(c).is(",") || claims.isClaimed(c - 1)) {
                continue;
            }
            int b = c;
            // a given name that is also a place's word ("Nguyen Van Nam,") and "bin" ("Azman bin Hassan,") are in the name
            while (b > 0 && (nameWord(t.get(b - 1)) || continuesName(t, b - 1)) && !claims.isClaimed(b - 1) && c - b - joiners(t, b, c) < 4) {
                b--;
            }
            int words = c - b - joiners(t, b, c);
            if (words < 2) {
                continue;
            }
            // a style before the name is no part of another name ("Sheikh Abdullah bin Zayed Al Nahyan, Minister of ...")
            if (b > 0 && (t.get(b - 1).capitalised() && !Lexicon.NOT_NAMES.contains(t.get(b - 1).text())
                    && !Lexicon.STYLES.contains(t.get(b - 1).text()))) {
                continue;
            }
            Apposition appo = apposition(s, t, c);
            if (appo == null || appo.title() == null) {
                appo = lowerCaseApposition(s, t, c);
            }
            if (appo == null || appo.title() == null) {
                continue;
            }
            String name = s.substring(t.get(b).start(), t.get(c - 1).end());
            claims.claim(b, appo.endToken());
            String country = appo.country() != null ? appo.country() : countryOfPerson(name, appo.title());
            claims.add(new PersonMention(t.get(b).start(), t.get(c - 1).end(), name, appo.title(), country, null, false,
                    t.get(appo.endToken() - 1).end(), appo.country() != null));
        }
    }
}
