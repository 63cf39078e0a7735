package org.bilateral.extraction.reading;

import static org.bilateral.extraction.reading.Names.countryOf;
import static org.bilateral.extraction.reading.Names.organisationKind;

import java.util.List;
import java.util.regex.Pattern;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.extraction.reading.Names.OrganisationMention;
import org.bilateral.extraction.reading.Tokens.Token;

/** Untitled names that sign or order are organisations: "Saigon Skyways signed a purchase agreement with Aerion Aircraft". */
final class Parties implements NameRule {

    private static final Pattern PARTY_VERB = Pattern.compile(
            "^\\s*(?:\\([^)]{1,15}\\)\\s*)?(?:,\\s+[^,;]{3,60}?,\\s*)?(?:has\\s+|have\\s+|had\\s+)?(?:also\\s+)?(?:signed|inked|ordered|agreed to (?:buy|purchase|import)|will (?:buy|purchase|import|supply)|placed)\\b");
    private static final Pattern DEAL_CONTEXT = Pattern.compile("(?i)\\b(?:signed|inked|agreement|contract|deal|order|MOU|memorand)");

    /**
     * Untitled names that sign or order: "Saigon Skyways signed a purchase agreement with Aerion Aircraft ...".
     * A person in this genre comes with a title, so a bare name that signs is an organisation.
     */
    @Override
    public void apply(Claims claims) {
        String s = claims.sentence();
        List<Token> t = claims.tokens();
        if (!DEAL_CONTEXT.matcher(s).find()) {
            return;
        }
        for (int i = 0; i < t.size(); i++) {
            if (claims.isClaimed(i) || !nameLike(t.get(i))) {
                continue;
            }
            int e = i;
            while (e < t.size() && !claims.isClaimed(e) && (nameLike(t.get(e)) || (t.get(e).is("&") && e > i))) {
                e++;
            }
            boolean subject = e < t.size() && PARTY_VERB.matcher(s.substring(t.get(e - 1).end())).find();
            boolean object = i > 0 && (t.get(i - 1).is("with") || t.get(i - 1).is("from") || t.get(i - 1).is("to"))
                    && i > 1 && s.substring(0, t.get(i - 1).start()).matches("(?s).*\\b(?:signed|inked|buy|purchase|order|import|supply|agreement|contract|deal|MOU|memorandum of understanding)\\b.*");
            if ((subject || object) && !Places.NATIONALITIES.containsKey(s.substring(t.get(i).start(), t.get(e - 1).end()))) {
                String name = s.substring(t.get(i).start(), t.get(e - 1).end());
                OrganisationKind kind = organisationKind(t, i, e);
                claims.add(new OrganisationMention(t.get(i).start(), t.get(e - 1).end(), name, null,
                        kind == null ? OrganisationKind.COMPANY : kind, countryOf(name), false));
                claims.claim(i, e);
            }
            i = e;
        }
    }

    private static boolean nameLike(Token w) {
        return w.capitalised() && w.word() && !Lexicon.NOT_NAMES.contains(w.text()) && !Lexicon.MONTHS.containsKey(w.text().toLowerCase(java.util.Locale.ROOT));
    }
}
