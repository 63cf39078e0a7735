package org.bilateral.extraction.reading;

import static org.bilateral.extraction.reading.NameWords.allOrdinary;
import static org.bilateral.extraction.reading.Names.countryOf;
import static org.bilateral.extraction.reading.Names.organisationKind;

import java.util.List;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.extraction.reading.Names.OrganisationMention;
import org.bilateral.extraction.reading.Tokens.Token;

/** "X Group", "X Airlines", "Ministry of X": a capitalised name whose words say what kind of organisation it is. */
final class InstitutionalNames implements NameRule {

    @Override
    public void apply(Claims claims) {
        String s = claims.sentence();
        List<Token> t = claims.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (claims.isClaimed(i) || !t.get(i).capitalised()) {
                continue;
            }
            int e = i;
            while (e < t.size() && !claims.isClaimed(e) && (t.get(e).capitalised() && t.get(e).word()
                    || ((t.get(e).is("of") || t.get(e).is("and") || t.get(e).is("for") || t.get(e).is("&") || t.get(e).is("-")
                    || t.get(e).is("–")) && e + 1 < t.size() && t.get(e + 1).capitalised() && e > i))) {
                e++;
            }
            if (e == i) {
                continue;
            }
            int b = i;
            // "The", "On Tuesday" open no name; "Business" opens the Business Council of Australia.
            while (b < e && Lexicon.NOT_NAMES.contains(t.get(b).text()) && !Places.NATIONALITIES.containsKey(t.get(b).text())
                    && !Lexicon.ORGANISATION_OPENERS.containsKey(t.get(b).text())
                    && (Lexicon.FUNCTION_WORDS.contains(t.get(b).text()) || e - b <= 2 || Lexicon.TITLE_HEADS.contains(t.get(b).text()))) {
                b++;
            }
            OrganisationKind kind = b < e ? organisationKind(t, b, e) : null;
            if (kind != null && e - b >= 2 && !allOrdinary(t, b, e)) {
                String name = s.substring(t.get(b).start(), t.get(e - 1).end());
                claims.add(new OrganisationMention(t.get(b).start(), t.get(e - 1).end(), name, null, kind,
                        countryOf(name), false));
                claims.claim(b, e);
            }
            i = e - 1;
        }
    }
}
