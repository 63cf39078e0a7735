package org.bilateral.extraction.reading;

import static org.bilateral.extraction.reading.NameWords.allOrdinary;
import static org.bilateral.extraction.reading.Names.countryOf;
import static org.bilateral.extraction.reading.Names.organisationKind;

import java.util.List;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.extraction.reading.Names.OrganisationMention;
import org.bilateral.extraction.reading.Tokens.Token;

/** "the General Department of Customs (GDC)": a name with its acronym defined in brackets is an organisation. */
final class AcronymDefinitions implements NameRule {

    @Override
    public void apply(Claims claims) {
        String s = claims.sentence();
        List<Token> t = claims.tokens();
        for (int p = 1; p + 2 < t.size(); p++) {
            if (!t.get(p).is("(") || !t.get(p + 2).is(")")) {
                continue;
            }
            Token acronym = t.get(p + 1);
            if (!acronym.capitalised() || !Character.isLetter(acronym.text().charAt(0))) {
                continue;
            }
            int b = chainStart(t, p, claims);
            if (b < 0) {
                continue;
            }
            String name = s.substring(t.get(b).start(), t.get(p - 1).end());
            OrganisationKind kind = organisationKind(t, b, p);
            boolean upper = acronym.text().equals(acronym.text().toUpperCase(java.util.Locale.ROOT)) && acronym.text().length() >= 2;
            boolean ordinaryWords = allOrdinary(t, b, p);
            if (ordinaryWords || (kind == null && !upper && p - b < 2)) {
                continue;
            }
            if (kind == null && !upper) {
                kind = OrganisationKind.COMPANY;
            }
            claims.claim(b, p + 3);
            claims.add(new OrganisationMention(t.get(b).start(), t.get(p + 2).end(), name, acronym.text(),
                    kind == null ? OrganisationKind.OTHER : kind, countryOf(name), false));
        }
    }

    /** Start of the capitalised chain that ends just before token {@code end}, or -1. */
    private static int chainStart(List<Token> t, int end, Claims claims) {
        int b = end;
        while (b > 0) {
            Token w = t.get(b - 1);
            if (claims.isClaimed(b - 1)) {
                break;
            }
            if (w.capitalised() && w.word()) {
                b--;
            } else if ((w.is("of") || w.is("and") || w.is("for") || w.is("&") || w.is("-") || w.is("–") || w.is("on") || w.is("in"))
                    && b - 2 >= 0 && t.get(b - 2).capitalised() && b < end) {
                b--;
            } else {
                break;
            }
        }
        while (b < end && (!t.get(b).capitalised() || Lexicon.NOT_NAMES.contains(t.get(b).text())
                && !Places.NATIONALITIES.containsKey(t.get(b).text()) && !Lexicon.ORGANISATION_OPENERS.containsKey(t.get(b).text()))) {
            b++;
        }
        return b < end ? b : -1;
    }
}
