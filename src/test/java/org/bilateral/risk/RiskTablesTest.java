package org.bilateral.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.policy.TransshipmentPremium;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.Provenance;
import org.junit.jupiter.api.Test;

/** The screen's table says until when the rate its added duties are priced at was charged. */
class RiskTablesTest {

    private static Screen screen(TransshipmentPremium.Rates premium) {
        return new Screen(new ScreenRequest(new Triangle(CountryCode.of("CN"), CountryCode.of("VN"), CountryCode.of("US")), 2020, 2025,
                HsLevel.SUBHEADING, 10, null), List.of(), List.of(), 0, List.of(), new Screen.ReroutingBound(null, null, null, null),
                premium, new Provenance(List.of(), List.of(), false));
    }

    @Test
    void theAddedDutyOfARateThatEndedSaysUntilWhenItWasCharged() {
        TransshipmentPremium.Rates ended = new TransshipmentPremium.Rates(LocalDate.parse("2025-08-07"), LocalDate.parse("2026-02-20"),
                new BigDecimal("20"), new BigDecimal("40"), "EO 14326");
        assertThat(RiskTables.header(screen(ended))).contains("added duty if found transshipped, at the rate charged until 2026-02-20 (USD)");
        TransshipmentPremium.Rates charged = new TransshipmentPremium.Rates(LocalDate.parse("2025-08-07"), null, new BigDecimal("20"),
                new BigDecimal("40"), "EO 14326");
        assertThat(RiskTables.header(screen(charged))).contains("added duty if found transshipped (USD)");
    }
}
