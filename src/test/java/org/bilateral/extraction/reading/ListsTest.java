package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilateral.extraction.reading.Names.OrganisationMention;
import org.junit.jupiter.api.Test;

class ListsTest {

    @Test
    void theNamesListedAfterExecutivesOfAreOrganisations() {
        assertThat(RuleFixture.organisations("The meeting drew executives of Boeing, Cargill and Nike to Hanoi.", new Lists()))
                .extracting(OrganisationMention::name).containsExactly("Boeing", "Cargill", "Nike");
    }

    @Test
    void aListThatClosesWithCommaAndKeepsAndInsideANameWithoutACommaBeforeIt() {
        assertThat(RuleFixture.organisations("Speakers included officials from Customs and Border Protection, Treasury, and Commerce.", new Lists()))
                .extracting(OrganisationMention::name).containsExactly("Customs and Border Protection", "Treasury", "Commerce");
    }

    @Test
    void withoutAListWordNothingIsTaken() {
        assertThat(RuleFixture.organisations("Boeing, Cargill and Nike attended.", new Lists())).isEmpty();
    }
}
