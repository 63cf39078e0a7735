package org.bilateral.extraction.reading;

import java.util.List;
import org.bilateral.extraction.reading.Names.OrganisationMention;
import org.bilateral.extraction.reading.Names.PersonMention;

/** Runs name rules, in the order given, over one sentence, as {@link Names} does with all of them. */
final class RuleFixture {

    private RuleFixture() {
    }

    static Claims read(String sentence, NameRule... rules) {
        Claims claims = new Claims(sentence, Tokens.of(sentence));
        for (NameRule rule : rules) {
            rule.apply(claims);
        }
        return claims;
    }

    static List<PersonMention> people(String sentence, NameRule... rules) {
        return read(sentence, rules).people();
    }

    static List<OrganisationMention> organisations(String sentence, NameRule... rules) {
        return read(sentence, rules).organisations();
    }
}
