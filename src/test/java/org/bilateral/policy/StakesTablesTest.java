package org.bilateral.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Provenance;
import org.bilateral.shared.Table;
import org.junit.jupiter.api.Test;

/** The stakes' tables on a tariff history whose rate on transshipped goods has ended. */
class StakesTablesTest {

    static TariffStakes ended() {
        return new TariffStakes(CountryCode.of("US"), CountryCode.of("VN"), LocalDate.parse("2026-12-06"),
                RatePath.of(RatePathTest.ENDED).on(LocalDate.parse("2026-12-06")), RatePath.of(RatePathTest.ENDED).steps(),
                RatePathTest.ENDED, List.of(), null, List.of(), new TariffStakes.Rates("20%", false, 0, 0, 0, List.of()),
                new Provenance(List.of(), List.of(), false));
    }

    @Test
    void theRateHistorySaysUntilWhenEachRateWasChargedAndWhichIsInForce() {
        Table t = StakesTables.rateHistory(ended());
        assertThat(t.header()).startsWith("from", "until", "rate");
        assertThat(t.rows()).extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(2)).containsExactly(
                "2025-08-07 2026-02-20 20%",
                "2025-08-07 2026-02-20 40%",
                "2025-10-26  0%",
                "2026-02-20 2026-02-24 0%",
                "2026-02-20  ",
                "2026-02-24 in force 10%");
    }
}
