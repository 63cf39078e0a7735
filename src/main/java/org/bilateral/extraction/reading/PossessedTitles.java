package org.bilateral.extraction.reading;

import java.util.List;
import org.bilateral.extraction.reading.Names.OrganisationMention;
import org.bilateral.extraction.reading.Names.PersonMention;

/**
 * "a delegation of the US Chamber of Commerce (AmCham) led by its President Charles Freeman": the title is the
 * organisation's, named just before, and so is the person. Runs over the people and organisations in the text's order.
 */
final class PossessedTitles implements NameRule {

    @Override
    public void apply(Claims claims) {
        String s = claims.sentence();
        List<PersonMention> people = claims.people();
        List<OrganisationMention> organisations = claims.organisations();
        for (int k = 0; k < people.size(); k++) {
            PersonMention p = people.get(k);
            if (p.title() == null || p.affiliation() != null) {
                continue;
            }
            String before = s.substring(0, p.start());
            if (!before.endsWith("its " + p.title() + " ") && !before.endsWith("its " + p.title() + ", ")) {
                continue;
            }
            int titleAt = before.length() - p.title().length() - 5;
            OrganisationMention owner = null;
            for (OrganisationMention o : organisations) {
                if (o.end() <= titleAt) {
                    owner = o;
                }
            }
            if (owner != null) {
                String code = owner.country() != null ? owner.country() : p.country();
                claims.revise(k, new PersonMention(p.start(), p.end(), p.name(), p.title(), code, owner.name(), p.shortForm(), p.spanEnd(),
                        owner.country() != null || p.countryStated()));
            }
        }
    }
}
