package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.bilateral.extraction.reading.Names.PersonMention;
import org.junit.jupiter.api.Test;

class PossessedTitlesTest {

    private static final String SENTENCE =
            "He received a delegation of the US Chamber of Commerce (AmCham) led by its President Charles Freeman.";

    @Test
    void itsTitleIsTheOrganisationsNamedJustBeforeAndSoIsThePerson() {
        assertThat(RuleFixture.people(SENTENCE, new TitledPeople(), new AcronymDefinitions(), Claims::inTextOrder, new PossessedTitles()))
                .extracting(PersonMention::name, PersonMention::affiliation, PersonMention::country)
                .containsExactly(tuple("Charles Freeman", "US Chamber of Commerce", "US"));
    }

    @Test
    void withoutTheRuleThePersonHasNoAffiliation() {
        assertThat(RuleFixture.people(SENTENCE, new TitledPeople(), new AcronymDefinitions(), Claims::inTextOrder))
                .extracting(PersonMention::name, PersonMention::affiliation).containsExactly(tuple("Charles Freeman", null));
    }
}
