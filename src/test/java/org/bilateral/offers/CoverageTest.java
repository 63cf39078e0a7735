package org.bilateral.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.offers.OfferArithmeticTest.SCHEDULE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.bilateral.shared.HsCode;
import org.junit.jupiter.api.Test;

/** Which lines an offer covers and at what rate, year by year, on {@link OfferArithmeticTest}'s small schedule. */
class CoverageTest {

    static Part codes(List<String> codes, BigDecimal ceiling, Phase... phases) {
        return new Part(new Selection(Scope.CODES, codes.stream().map(HsCode::of).toList(), ceiling), List.of(phases));
    }

    static Phase phase(int year, String rate) {
        return new Phase(year, new BigDecimal(rate));
    }

    @Test
    void phasesOverThreeYearsLowerTheRateYearByYear() {
        Part part = codes(List.of("010129"), null, phase(2026, "8"), phase(2027, "4"), phase(2028, "0"));
        assertThat(Coverage.years(List.of(part), 2025)).containsExactly(2026, 2027, 2028);
        // 0101.29.10 (10%): 8 in 2026, 4 in 2027, 0 in 2028; 0101.29.20 (5%) keeps 5 until 2027's 4; 0101.29.90 stays 0
        assertThat(Coverage.offered(List.of(part), SCHEDULE, 2026, 2025)).containsOnly(
                Map.entry("01012910", new BigDecimal("8")), Map.entry("01012920", new BigDecimal("5")), Map.entry("01012990", new BigDecimal("0")));
        assertThat(Coverage.offered(List.of(part), SCHEDULE, 2027, 2025)).containsEntry("01012910", new BigDecimal("4"))
                .containsEntry("01012920", new BigDecimal("4"));
        assertThat(Coverage.offered(List.of(part), SCHEDULE, 2028, 2025)).containsEntry("01012910", BigDecimal.ZERO)
                .containsEntry("01012920", BigDecimal.ZERO);
        // priced on 1,000,000 of 0101.29: 2026 cut (2 + 0 + 0)/3 → 1,000,000 × 2/3% = 6,666.67;
        // 2027 (6 + 1 + 0)/3 → 1,000,000 × 7/3% = 23,333.33; 2028 (10 + 5 + 0)/3 → 50,000
        OfferArithmetic arithmetic = new OfferArithmetic(SCHEDULE);
        OfferArithmetic.Held held = new OfferArithmetic.Held(HsCode.of("010129"), new BigDecimal("1000000"), null);
        assertThat(arithmetic.product(held, Coverage.offered(List.of(part), SCHEDULE, 2026, 2025), Elasticities.defaults()).rounded()
                .revenueForgoneUsd()).isEqualByComparingTo("6666.67");
        assertThat(arithmetic.product(held, Coverage.offered(List.of(part), SCHEDULE, 2027, 2025), Elasticities.defaults()).rounded()
                .revenueForgoneUsd()).isEqualByComparingTo("23333.33");
        assertThat(arithmetic.product(held, Coverage.offered(List.of(part), SCHEDULE, 2028, 2025), Elasticities.defaults()).rounded()
                .revenueForgoneUsd()).isEqualByComparingTo("50000.00");
    }

    @Test
    void aPhaseWithoutAYearStartsWithTheStatisticsYear() {
        Part part = codes(List.of("02011000"), null, phase(Phase.FROM_STATISTICS_YEAR, "0"));
        assertThat(Coverage.years(List.of(part), 2025)).containsExactly(2025);
        assertThat(Coverage.offered(List.of(part), SCHEDULE, 2025, 2025)).containsOnly(Map.entry("02011000", BigDecimal.ZERO));
    }

    @Test
    void aCeilingLeavesOutTheLinesAboveItAndUnpricedLinesAreListedApart() {
        Part part = new Part(new Selection(Scope.INDUSTRIAL, List.of(), new BigDecimal("5")), List.of(phase(2026, "0")));
        // industrial lines of the small schedule: 8703.23.11 (unpriced) and 8703.23.51 (20%, above the ceiling)
        assertThat(Coverage.offered(List.of(part), SCHEDULE, 2026, 2025)).isEmpty();
        assertThat(Coverage.unpriced(List.of(part), SCHEDULE)).extracting(l -> l.code().digits()).containsExactly("87032311");
        Part farm = new Part(new Selection(Scope.AGRICULTURAL, List.of(), new BigDecimal("5")), List.of(phase(2026, "0")));
        // agricultural lines at or below 5%: 0101.29.20, 0101.29.90, 0102.21.00, 0103.10.00, 0103.91.10
        assertThat(Coverage.offered(List.of(farm), SCHEDULE, 2026, 2025).keySet())
                .containsExactlyInAnyOrder("01012920", "01012990", "01022100", "01031000", "01039110");
    }

    @Test
    void aLineWhoseMfnIsBelowTheOfferedRateKeepsItsRate() {
        Part part = codes(List.of("0101"), null, phase(2026, "7"));
        // 0101.29.10 (10%) → 7; 0101.29.20 (5%) and 0101.29.90 (0%) keep theirs
        assertThat(Coverage.offered(List.of(part), SCHEDULE, 2026, 2025)).containsOnly(Map.entry("01012910", new BigDecimal("7")),
                Map.entry("01012920", new BigDecimal("5")), Map.entry("01012990", new BigDecimal("0")));
    }

    @Test
    void whereTwoPartsOverlapTheLowerRateHolds() {
        Part a = codes(List.of("010129"), null, phase(2026, "6"));
        Part b = codes(List.of("01012910"), null, phase(2026, "3"));
        assertThat(Coverage.offered(List.of(a, b), SCHEDULE, 2026, 2025)).containsEntry("01012910", new BigDecimal("3"));
    }
}
