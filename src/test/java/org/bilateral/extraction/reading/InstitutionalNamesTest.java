package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.bilateral.engagements.OrganisationKind;
import org.bilateral.extraction.reading.Names.OrganisationMention;
import org.junit.jupiter.api.Test;

class InstitutionalNamesTest {

    @Test
    void anOrganisationsLastWordOrOpenerSaysItsKind() {
        assertThat(RuleFixture.organisations("The Business Council of Australia welcomed the Ministry of Industry and Trade today.", new InstitutionalNames()))
                .extracting(OrganisationMention::name, OrganisationMention::kind)
                .containsExactly(tuple("Business Council of Australia", OrganisationKind.ASSOCIATION),
                        tuple("Ministry of Industry and Trade", OrganisationKind.MINISTRY));
    }

    @Test
    void capitalisedWordsWithoutAnOrganisationWordAreNoOrganisation() {
        assertThat(RuleFixture.organisations("On Tuesday Jane Smith arrived.", new InstitutionalNames())).isEmpty();
    }
}
