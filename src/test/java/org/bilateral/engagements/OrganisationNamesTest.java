package org.bilateral.engagements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilateral.engagements.OrganisationNames.Known;
import org.bilateral.engagements.OrganisationNames.Likeness;
import org.junit.jupiter.api.Test;

class OrganisationNamesTest {

    @Test
    void aCorporateWordAtTheEndDoesNotTellOneOrganisationFromAnother() {
        assertThat(OrganisationNames.core("VietJet Air")).isEqualTo("vietjet");
        assertThat(OrganisationNames.core("Vietjet")).isEqualTo("vietjet");
        // "Vingroup JSC." splits on spaces and the full stop: Vingroup, JSC; JSC is corporate
        assertThat(OrganisationNames.core("Vingroup JSC.")).isEqualTo("vingroup");
        // "The" before and "Company" after both go: Boeing is left
        assertThat(OrganisationNames.core("The Boeing Company")).isEqualTo("boeing");
    }

    @Test
    void aNameOfOnlyACorporateWordKeepsIt() {
        assertThat(OrganisationNames.core("Group")).isEqualTo("group");
        assertThat(OrganisationNames.core("Holdings Group")).isEqualTo("holdings");
    }

    @Test
    void aCoreShorterThanThreeLettersIsNotSearchedBy() {
        assertThat(OrganisationNames.prefix("Vinamilk")).isEqualTo("vin");
        assertThat(OrganisationNames.prefix("EU Ltd")).isNull();
    }

    @Test
    void aNameWhoseCoreIsAKnownOnesIsThatOrganisation() {
        assertThat(OrganisationNames.among("Vietjet Air", List.of(new Known(3, "VietJet")))).isEqualTo(new Likeness(3L, null));
    }

    @Test
    void aNameBeginningAKnownOneIsOnlyLikelyTheSame() {
        // vingroupinvestment begins with vingroup, both of five letters or more
        assertThat(OrganisationNames.among("Vingroup Investment", List.of(new Known(5, "Vingroup JSC"))))
                .isEqualTo(new Likeness(null, 5L));
    }

    @Test
    void aShortCoreBeginningAnotherIsNotEvenLikely() {
        // "vina" has four letters: too few to say that Vinamilk may be it
        assertThat(OrganisationNames.among("Vinamilk", List.of(new Known(1, "Vina")))).isEqualTo(new Likeness(null, null));
    }

    @Test
    void theSameOrganisationWinsOverAnEarlierLikelyOne() {
        List<Known> known = List.of(new Known(2, "Vietjet Aviation"), new Known(4, "Vietjet Air"));
        assertThat(OrganisationNames.among("VietJet", known)).isEqualTo(new Likeness(4L, null));
    }
}
