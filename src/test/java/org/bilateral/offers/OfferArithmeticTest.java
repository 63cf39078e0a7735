package org.bilateral.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.bilateral.shared.HsCode;
import org.bilateral.tariffs.TariffLine;
import org.junit.jupiter.api.Test;

/**
 * The economics on a schedule small enough to price by hand: subheading 0101.29 with three lines at 10%, 5% and 0%; line
 * 0102.21.00 at 5% (held exactly in HS8 statistics); heading 0103 held only at HS4, its lines at 0%, 5% and 10%; line
 * 0201.10.00 at 20%. Elasticities η = σ = 1.5 unless said.
 */
class OfferArithmeticTest {

    static TariffLine line(String code, String mfn) {
        return new TariffLine(HsCode.of(code), new BigDecimal(mfn), null, null, null, List.of());
    }

    static TariffLine unpriced(String code) {
        return new TariffLine(HsCode.of(code), null, "Theo hướng dẫn tại khoản 1.1 Chương 98", null, null, List.of());
    }

    static final List<TariffLine> SCHEDULE = List.of(line("01012910", "10"), line("01012920", "5"), line("01012990", "0"),
            line("01022100", "5"), line("01031000", "0"), line("01039110", "5"), line("01039120", "10"), line("02011000", "20"),
            unpriced("87032311"), line("87032351", "20"));

    final OfferArithmetic arithmetic = new OfferArithmetic(SCHEDULE);

    static OfferArithmetic.Held held(String code, String us, String others) {
        return new OfferArithmetic.Held(HsCode.of(code), new BigDecimal(us), others == null ? null : new BigDecimal(others));
    }

    static Map<String, BigDecimal> zeroOn(String... lines) {
        return java.util.Arrays.stream(lines).collect(java.util.stream.Collectors.toMap(l -> l, l -> BigDecimal.ZERO));
    }

    @Test
    void anHs6WhoseOfferCoversTwoOfItsThreeLinesIsCutByTheAverageOverAllThreeWithItsRange() {
        // the offer takes 0101.29.10 (10%) and 0101.29.20 (5%) to 0; 0101.29.90 is already 0
        OfferArithmetic.Figures f = arithmetic.product(held("010129", "1000000", "3000000"), zeroOn("01012910", "01012920"),
                Elasticities.defaults());
        assertThat(f).isNotNull();
        ProductEffect e = f.rounded();
        assertThat(e.linesCovered()).isEqualTo(2);
        assertThat(e.linesInCode()).isEqualTo(3);
        assertThat(e.averaged()).isTrue();
        // MFN average (10 + 5 + 0) / 3 = 5; offered (0 + 0 + 0) / 3 = 0
        assertThat(e.mfnAveragePercent()).isEqualByComparingTo("5");
        assertThat(e.offeredAveragePercent()).isEqualByComparingTo("0");
        // cut = (10 + 5 + 0) / 3 = 5 points; 1,000,000 × 5% = 50,000
        assertThat(e.revenueForgoneUsd()).isEqualByComparingTo("50000.00");
        // range: 1,000,000 × 0% = 0 … 1,000,000 × 10% = 100,000
        assertThat(e.revenueLowUsd()).isEqualByComparingTo("0.00");
        assertThat(e.revenueHighUsd()).isEqualByComparingTo("100000.00");
        // d = (10/110 + 5/105 + 0) / 3 = (1/11 + 1/21) / 3 = 32/693; created = 1,000,000 × 1.5 × 32/693 = 48,000,000/693
        //   = 69,264.069… → 69,264.07
        assertThat(e.createdUsd()).isEqualByComparingTo("69264.07");
        // diverted = 1,000,000 × 3,000,000 / 4,000,000 × 1.5 × 32/693 = 750,000 × 1.5 × 32/693 = 36,000,000/693 = 51,948.05;
        // below the competitors' 3,000,000, so not capped
        assertThat(e.divertedUsd()).isEqualByComparingTo("51948.05");
    }

    @Test
    void theRestOfASubheadingBesideALineHeldApartIsAveragedOverItsOtherLinesOnly() {
        OfferArithmetic split = new OfferArithmetic(SCHEDULE);
        // the statistics hold 0101.29.10 (10%) on its own row, 100,000, and the rest of 0101.29, 900,000
        split.holdApart(List.of(HsCode.of("01012910")));
        Map<String, BigDecimal> allAtZero = zeroOn("01012910", "01012920", "01012990");
        ProductEffect line = split.product(held("01012910", "100000", null), allAtZero, Elasticities.defaults()).rounded();
        // 100,000 × 10% = 10,000, not averaged
        assertThat(line.revenueForgoneUsd()).isEqualByComparingTo("10000.00");
        assertThat(line.averaged()).isFalse();
        ProductEffect rest = split.product(held("010129", "900000", null), allAtZero, Elasticities.defaults()).rounded();
        // the rest over 0101.29.20 (5%) and 0101.29.90 (0%) only: cut (5 + 0) / 2 = 2.5; 900,000 × 2.5% = 22,500
        // (over all three lines it would be 900,000 × 5% = 45,000, counting 0101.29.10's cut on trade not in the rest)
        assertThat(rest.linesInCode()).isEqualTo(2);
        assertThat(rest.revenueForgoneUsd()).isEqualByComparingTo("22500.00");
        assertThat(rest.revenueHighUsd()).isEqualByComparingTo("45000.00");
    }

    @Test
    void anEightDigitLineHeldExactlyIsPricedAtItsOwnRateWithoutAveraging() {
        ProductEffect e = arithmetic.product(held("01022100", "200000", null), zeroOn("01022100"), Elasticities.defaults()).rounded();
        assertThat(e.averaged()).isFalse();
        assertThat(e.linesInCode()).isEqualTo(1);
        // 200,000 × 5% = 10,000, its range the same figure
        assertThat(e.revenueForgoneUsd()).isEqualByComparingTo("10000.00");
        assertThat(e.revenueLowUsd()).isEqualByComparingTo("10000.00");
        assertThat(e.revenueHighUsd()).isEqualByComparingTo("10000.00");
        // d = 5/105 = 1/21; created = 200,000 × 1.5 / 21 = 14,285.714… → 14,285.71
        assertThat(e.createdUsd()).isEqualByComparingTo("14285.71");
    }

    @Test
    void aProductHeldOnlyAtHs4IsCutByTheAverageOfEveryLineOfItsHeading() {
        // heading 0103's lines at 0, 5 and 10%, all taken to 0
        ProductEffect e = arithmetic.product(held("0103", "400000", null), zeroOn("01031000", "01039110", "01039120"),
                Elasticities.defaults()).rounded();
        assertThat(e.linesInCode()).isEqualTo(3);
        assertThat(e.averaged()).isTrue();
        // cut (0 + 5 + 10) / 3 = 5; 400,000 × 5% = 20,000; range 0 … 400,000 × 10% = 40,000
        assertThat(e.revenueForgoneUsd()).isEqualByComparingTo("20000.00");
        assertThat(e.revenueLowUsd()).isEqualByComparingTo("0.00");
        assertThat(e.revenueHighUsd()).isEqualByComparingTo("40000.00");
        // d = (0 + 1/21 + 1/11) / 3 = 32/693; created = 400,000 × 1.5 × 32/693 = 19,200,000/693 = 27,705.627… → 27,705.63
        assertThat(e.createdUsd()).isEqualByComparingTo("27705.63");
    }

    @Test
    void unknownCompetitorsLeaveTheDiversionNotKnownRatherThanZero() {
        ProductEffect e = arithmetic.product(held("01022100", "200000", null), zeroOn("01022100"), Elasticities.defaults()).rounded();
        assertThat(e.importsFromOthersUsd()).isNull();
        assertThat(e.divertedUsd()).isNull();
    }

    @Test
    void theDiversionIsCappedAtTheCompetitorsTrade() {
        // 0201.10.00 at 20% → 0: d = 20/120 = 1/6; σ = 10 (the top of its range):
        // 1,000,000 × 100,000 / 1,100,000 × 10 × 1/6 = 151,515.15 > 100,000: capped at the competitors' 100,000
        ProductEffect e = arithmetic.product(held("020110", "1000000", "100000"), zeroOn("02011000"),
                new Elasticities(new BigDecimal("1.5"), BigDecimal.TEN)).rounded();
        assertThat(e.divertedUsd()).isEqualByComparingTo("100000.00");
    }

    @Test
    void aProductWhoseLinesTheOfferDoesNotCoverIsNotPriced() {
        assertThat(arithmetic.product(held("010129", "1000000", null), zeroOn("02011000"), Elasticities.defaults())).isNull();
    }

    @Test
    void anUnpricedLineIsCountedApartAndNeverTakenAsZero() {
        // 8703.23.11 refers to Chapter 98; 8703.23.51 is at 20%, taken to 0 on 1,000,000: 1,000,000 × 20% = 200,000, one line
        ProductEffect e = arithmetic.product(held("870323", "1000000", null), zeroOn("87032351"), Elasticities.defaults()).rounded();
        assertThat(e.linesUnpriced()).isEqualTo(1);
        assertThat(e.linesInCode()).isEqualTo(1);
        assertThat(e.averaged()).isFalse();
        assertThat(e.revenueForgoneUsd()).isEqualByComparingTo("200000.00");
    }

    @Test
    void theYearAddsCreatedAndDivertedAndValuesThemAsTheUsDoesAgainstEachSidesDeficit() {
        OfferArithmetic.Figures f = arithmetic.product(held("010129", "1000000", "3000000"), zeroOn("01012910", "01012920"),
                Elasticities.defaults());
        YearEffect y = OfferArithmetic.year(2026, List.of(f), new BigDecimal("1.06"), new BigDecimal("100000000"),
                new BigDecimal("80000000"));
        // added CIF = 48,000,000/693 + 36,000,000/693 = 84,000,000/693 = 121,212.1212… → 121,212.12
        assertThat(y.addedCifUsd()).isEqualByComparingTo("121212.12");
        // as the US values it: 121,212.1212… / 1.06 = 114,351.0577… → 114,351.06
        assertThat(y.addedUsValuedUsd()).isEqualByComparingTo("114351.06");
        // of the US deficit of 100,000,000: 114,351.0577 / 100,000,000 = 0.00114351 (0.114%)
        assertThat(y.ofUsMeasuredDeficit()).isNotNull();
        assertThat(y.ofUsMeasuredDeficit().fraction()).isEqualByComparingTo("0.00114351");
        // of Vietnam's surplus of 80,000,000, CIF: 121,212.1212 / 80,000,000 = 0.00151515
        assertThat(y.ofVietnamMeasuredSurplus().fraction()).isEqualByComparingTo("0.00151515");
        assertThat(y.revenueForgoneUsd()).isEqualByComparingTo("50000.00");
    }

    @Test
    void noDeficitToCloseGivesNoShare() {
        assertThat(OfferArithmetic.shareOf(BigDecimal.ONE, null)).isNull();
        assertThat(OfferArithmetic.shareOf(BigDecimal.ONE, new BigDecimal("-5"))).isNull();
    }

    @Test
    void unknownDiversionAddsNothingToTheYearsDiversion() {
        OfferArithmetic.Figures f = arithmetic.product(held("01022100", "200000", null), zeroOn("01022100"), Elasticities.defaults());
        YearEffect y = OfferArithmetic.year(2026, List.of(f), new BigDecimal("1.06"), null, null);
        // created 14,285.71 alone; diverted not known, so 0 in the sum
        assertThat(y.divertedUsd()).isEqualByComparingTo("0.00");
        assertThat(y.addedCifUsd()).isEqualByComparingTo("14285.71");
        assertThat(y.ofUsMeasuredDeficit()).isNull();
        // its one product has no competitors held: the year's diversion is "not known", not a zero
        assertThat(y.diversionNotKnown()).isTrue();
        assertThat(y.divertedIfKnownUsd()).isNull();
    }

    @Test
    void aYearWithSomeProductsWithoutCompetitorsSaysHowManyItsDiversionLeavesOut() {
        OfferArithmetic.Figures known = arithmetic.product(held("010129", "1000000", "3000000"), zeroOn("01012910", "01012920"),
                Elasticities.defaults());
        OfferArithmetic.Figures unknown = arithmetic.product(held("01022100", "200000", null), zeroOn("01022100"), Elasticities.defaults());
        YearEffect y = OfferArithmetic.year(2026, List.of(known, unknown), new BigDecimal("1.06"), null, null);
        // diverted 51,948.05 from 0101.29 alone; 0102.21.00's is not known and said: 1 of 2 products
        assertThat(y.divertedIfKnownUsd()).isEqualByComparingTo("51948.05");
        assertThat(y.diversionPartlyKnown()).isTrue();
        assertThat(y.productsWithoutCompetitors()).isEqualTo(1);
        assertThat(y.products()).isEqualTo(2);
    }
}
