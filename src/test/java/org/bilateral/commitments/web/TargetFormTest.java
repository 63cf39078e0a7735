package org.bilateral.commitments.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilateral.commitments.targets.PurchaseTarget.CoveredProduct;
import org.bilateral.shared.HsLevel;
import org.junit.jupiter.api.Test;

class TargetFormTest {

    @Test
    void aSectorIsWrittenWithTheWordItsPageShowsInEitherLanguage() {
        // a Vietnamese page shows "Máy bay: ngành hàng aircraft" and its placeholder asks for the same; an English one
        // "Aircraft: sector aircraft"; an HS code is written bare in both
        assertThat(TargetForm.products("Máy bay: ngành hàng aircraft, 8802\nAircraft: sector aircraft"))
                .containsExactly(new CoveredProduct("Máy bay", HsLevel.SECTOR, "aircraft"), CoveredProduct.hs("Máy bay", "8802"),
                        new CoveredProduct("Aircraft", HsLevel.SECTOR, "aircraft"));
    }
}
