package org.bilateral.extraction.reading;

import java.util.List;
import java.util.regex.Pattern;
import org.bilateral.extraction.reading.Names.PersonMention;

/** "Indonesian Coordinating Minister A and Minister of Trade B": a nationality before a pair of titles covers both; runs over the people in the text's order. */
final class SharedNationality implements NameRule {

    private static final Pattern CONJOINED = Pattern.compile("^\\s*,?\\s*(?:and|as well as)\\s+$");

    /** "Indonesian Coordinating Minister A and Minister of Trade B": a nationality before a pair of titles covers both. */
    @Override
    public void apply(Claims claims) {
        String s = claims.sentence();
        List<PersonMention> people = claims.people();
        for (int k = 1; k < people.size(); k++) {
            PersonMention before = people.get(k - 1);
            PersonMention p = people.get(k);
            if (p.country() != null || !before.countryStated() || before.country() == null || p.title() == null
                    || before.spanEnd() > p.start()) {
                continue;
            }
            String between = s.substring(before.spanEnd(), p.start());
            int title = between.lastIndexOf(p.title());
            if (title >= 0 && CONJOINED.matcher(between.substring(0, title)).matches()) {
                claims.revise(k, p.withCountry(before.country()));
            }
        }
    }
}
