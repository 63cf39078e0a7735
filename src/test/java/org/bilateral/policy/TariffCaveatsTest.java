package org.bilateral.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.policy.measures.TariffAction;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsCode;
import org.junit.jupiter.api.Test;

/** What the tariff figures leave out, said under them: five caveats always, and one more for each gap in the data. */
class TariffCaveatsTest {

    private static TariffAction action(String day, String rate, TariffAction.Kind kind) {
        return new TariffAction(LocalDate.parse(day), new BigDecimal(rate), "goods", "EO 14326", null, null, kind);
    }

    private static final List<TariffAction> ACTIONS = List.of(action("2025-08-07", "20", TariffAction.Kind.ALL_GOODS),
            action("2025-08-07", "40", TariffAction.Kind.TRANSSHIPPED_GOODS), action("2026-02-20", "0", TariffAction.Kind.ALL_GOODS));

    private static final CountryCode US = CountryCode.of("US");
    private static final CountryCode VN = CountryCode.of("VN");

    @Test
    void theRateOnTransshippedGoodsEndsWhenAllGoodsGoBackToNoAdditionalDuty() {
        assertThat(TariffCaveats.transshipped(ACTIONS)).isEqualTo(" (40% from 2025-08-07 until 2026-02-20)");
        assertThat(TariffCaveats.transshipped(List.of(ACTIONS.get(0)))).as("no such rate, nothing said").isEmpty();
    }

    @Test
    void stakesWithFullDataCarryOnlyTheFiveStandingCaveats() {
        List<String> caveats = TariffCaveats.ofStakes(US, VN, ACTIONS, RatePath.of(ACTIONS), 2025, false, true, false);
        assertThat(caveats).hasSize(5);
        assertThat(caveats.get(2)).startsWith("The rate on goods found transshipped (40% from 2025-08-07 until 2026-02-20) is not applied");
    }

    @Test
    void statisticsEndingBeforeTheFirstRateAndEachGapAddTheirOwnCaveat() {
        // 5 standing + statistics ending before 2025-08-07 + no dated history + no other supplier = 8
        List<String> caveats = TariffCaveats.ofStakes(US, VN, ACTIONS, RatePath.of(ACTIONS), 2024, true, false, true);
        assertThat(caveats).hasSize(8);
        assertThat(caveats.get(5)).isEqualTo("The statistics end in 2024, before the first rate (2025-08-07): there are no duties to "
                + "estimate; the what-if charges a rate on a year before it.");
        assertThat(caveats.get(6)).startsWith("The reference data holds no dated tariff history for VN");
        assertThat(caveats.get(7)).startsWith("The statistics hold no other supplier's trade with US");
    }

    @Test
    void withoutStatisticsNoDutiesAreEstimated() {
        List<String> caveats = TariffCaveats.ofStakes(US, VN, ACTIONS, RatePath.of(ACTIONS), null, true, true, false);
        assertThat(caveats).hasSize(6).last()
                .isEqualTo("No US import statistics from VN are imported: no duties are estimated.");
    }

    @Test
    void theWhatIfNamesEachCodeAtZeroThatACoarserLineMayInclude() {
        List<String> caveats = TariffCaveats.ofWhatIf(List.of(new WhatIf.Unplaced(HsCode.of("090111"), "0901", new BigDecimal("1234567")),
                new WhatIf.Unplaced(HsCode.of("090111"), "", new BigDecimal("500"))));
        assertThat(caveats).hasSize(4);
        // 1,234,567 is 1.234567 m, to a tenth 1.2 m
        assertThat(caveats.get(2)).isEqualTo("090111 at zero: $1.2 m of heading 0901, held only at HS4, may include 090111 but cannot "
                + "be placed in it: it is charged at the rate.");
        assertThat(caveats.get(3)).contains("$500 of the imports with no product named may include 090111");
    }
}
