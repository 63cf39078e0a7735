package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.bilateral.extraction.reading.Names.PersonMention;
import org.junit.jupiter.api.Test;

class LedDelegationsTest {

    @Test
    void whoeverHeadsACountrysOrAStatesOfficialsIsOfThatCountry() {
        assertThat(RuleFixture.people("He met Australian officials headed by Michael Grant and a Texas trade delegation led by Anna Reyes.",
                new LedDelegations()))
                .extracting(PersonMention::name, PersonMention::title, PersonMention::country, PersonMention::countryStated)
                .containsExactly(tuple("Michael Grant", null, "AU", true), tuple("Anna Reyes", null, "US", true));
    }

    @Test
    void aTitledHeadFoundEarlierTakesTheDelegationsCountryWhenTheTitleGaveNone() {
        assertThat(RuleFixture.people("He received the Thai delegation led by Minister Somchai Rattanakul.", new TitledPeople(), new LedDelegations()))
                .extracting(PersonMention::name, PersonMention::country).containsExactly(tuple("Somchai Rattanakul", "TH"));
    }

    @Test
    void aDelegationWithoutACountryOrAHeadWithoutAFullNameIsNobody() {
        assertThat(RuleFixture.people("The officials headed by Michael Grant left.", new LedDelegations())).isEmpty();
        assertThat(RuleFixture.people("Australian officials headed by Grant left.", new LedDelegations())).isEmpty();
    }
}
