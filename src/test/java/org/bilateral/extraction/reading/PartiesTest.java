package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.bilateral.engagements.OrganisationKind;
import org.bilateral.extraction.reading.Names.OrganisationMention;
import org.junit.jupiter.api.Test;

class PartiesTest {

    @Test
    void untitledNamesThatSignOrAreSignedWithAreCompanies() {
        assertThat(RuleFixture.organisations("Saigon Skyways signed a purchase agreement with Aerion Aircraft on Monday.", new Parties()))
                .extracting(OrganisationMention::name, OrganisationMention::kind)
                .containsExactly(tuple("Saigon Skyways", OrganisationKind.COMPANY), tuple("Aerion Aircraft", OrganisationKind.COMPANY));
    }

    @Test
    void withoutADealNothingIsTaken() {
        assertThat(RuleFixture.organisations("Saigon Skyways flew with Aerion Aircraft on Monday.", new Parties())).isEmpty();
    }
}
