package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.bilateral.engagements.OrganisationKind;
import org.bilateral.extraction.reading.Names.OrganisationMention;
import org.junit.jupiter.api.Test;

class AcronymDefinitionsTest {

    @Test
    void aNameWithItsAcronymInBracketsIsAnOrganisationOfTheKindItsWordsSay() {
        assertThat(RuleFixture.organisations("The Vietnam Textile and Apparel Association (VITAS) said exports rose.", new AcronymDefinitions()))
                .extracting(OrganisationMention::name, OrganisationMention::acronym, OrganisationMention::kind, OrganisationMention::country)
                .containsExactly(tuple("Vietnam Textile and Apparel Association", "VITAS", OrganisationKind.ASSOCIATION, "VN"));
    }

    @Test
    void ordinaryWordsBeforeBracketsAreNoName() {
        assertThat(RuleFixture.organisations("The rise in exports (USD) was large.", new AcronymDefinitions())).isEmpty();
    }
}
