package org.bilateral.commitments;

import org.bilateral.shared.DealId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.commitments.DealBuilder.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.engagements.Directory.OrganisationId;
import org.bilateral.shared.HsCode;
import org.junit.jupiter.api.Test;

/** How a report is matched against a deal of the same buyer, with the figures compared worked out by hand. */
class DealMatchTest {

    // DealBuilder: deal n is bought by organisation 100 + n and sold by organisation 200 + n.
    private static ReportedDeal report(Long seller, String hsCode, Long quantity, String unit, Long lowUsd, Long highUsd) {
        return new ReportedDeal(new OrganisationId(101), seller == null ? null : new OrganisationId(seller),
                List.of(new ReportedDeal.Item("aircraft", hsCode == null ? null : HsCode.of(hsCode))), null, quantity, unit,
                lowUsd == null ? null : ReportedValue.usd(BigDecimal.valueOf(lowUsd), BigDecimal.valueOf(highUsd)), Instrument.MOU,
                null, LocalDate.of(2025, 5, 1), null, false,
                new ReportedDeal.Source("user", null, "a test", null, null, null, null, null), null);
    }

    private static Deal fiftyAircraft() {
        return new Deal(new DealId(1), 101, "Vietnam Airlines", "VN", 201L, "Boeing", "US", List.of(new Deal.Item("aircraft", "8802")),
                "aircraft", 50L, "aircraft", null, null, null, null, null, null, null, Instrument.MOU, DealStage.MOU,
                LocalDate.of(2025, 1, 1), false, null, List.of(), List.of(), List.of(), null, null);
    }

    @Test
    void theSameSellerGoodsAndQuantityAreTheSameDeal() {
        // 8802 begins 880240: related goods; 50 aircraft against "50 Aircraft (737 MAX)": the same unit word.
        assertThat(DealMatch.of(fiftyAircraft(), report(201L, "880240", 50L, "Aircraft (737 MAX)", null, null))).isEqualTo(DealMatch.SAME);
    }

    @Test
    void aReportWithoutTheSellerMayBeTheSameDealAndSaysWhy() {
        ReportedDeal r = report(null, null, 50L, "aircraft", null, null);
        DealMatch m = DealMatch.of(fiftyAircraft(), r);

        assertThat(m).isEqualTo(DealMatch.SELLER_UNNAMED);
        assertThat(m.mayBeSameDeal()).isTrue();
        assertThat(m.reason(fiftyAircraft(), r)).isEqualTo("same buyer and 50 aircraft; one report does not name the seller");
    }

    @Test
    void anotherQuantityOfTheSameSellerIsARevisionOrASecondDeal() {
        ReportedDeal r = report(201L, null, 40L, "aircrafts", null, null);
        DealMatch m = DealMatch.of(fiftyAircraft(), r);

        assertThat(m).isEqualTo(DealMatch.OTHER_QUANTITY);
        assertThat(m.mayBeSameDeal()).isFalse();
        assertThat(m.reason(fiftyAircraft(), r)).isEqualTo("same buyer and seller, 50 against 40 aircrafts: a revision or a second deal?");
    }

    @Test
    void anotherSellerOrUnrelatedGoodsAreAnotherDeal() {
        assertThat(DealMatch.of(fiftyAircraft(), report(202L, null, 50L, "aircraft", null, null))).isEqualTo(DealMatch.OTHER);
        // 1201 (soya beans) neither begins 8802 nor is begun by it.
        assertThat(DealMatch.of(fiftyAircraft(), report(201L, "1201", 50L, "aircraft", null, null))).isEqualTo(DealMatch.OTHER);
        assertThat(DealMatch.of(fiftyAircraft(), report(201L, null, 40L, "tonnes", null, null)).reason(fiftyAircraft(),
                report(201L, null, 40L, "tonnes", null, null))).isNull();
    }

    @Test
    void withoutQuantitiesValuesWithinATenthOfEachOtherAreTheSameDeal() {
        Deal worth1000 = deal(1).worth(1000).build();
        // slack = a tenth of the larger high end: 0.1 × 1,100 = 110; 1,000 − 110 = 890 ≤ 1,100, so they overlap.
        assertThat(DealMatch.of(worth1000, report(201L, null, null, null, 1100L, 1100L))).isEqualTo(DealMatch.SAME);
        // slack = 0.1 × 1,120 = 112; 1,000 ≤ 1,120 but 1,120 − 112 = 1,008 > 1,000: no overlap. The same seller (and no
        // unit on either side) makes it a revision or a second deal, for a person to decide.
        assertThat(DealMatch.of(worth1000, report(201L, null, null, null, 1120L, 1120L))).isEqualTo(DealMatch.OTHER_QUANTITY);
    }

    @Test
    void rangesThatOverlapAreTheSameValue() {
        // 900–1,100 and 1,050–1,300 share 1,050–1,100.
        assertThat(DealMatch.overlaps(new BigDecimal("900"), new BigDecimal("1100"), new BigDecimal("1050"), new BigDecimal("1300")))
                .isTrue();
        // 100–200 and 300–400: slack 0.1 × 400 = 40; 300 − 40 = 260 > 200, apart.
        assertThat(DealMatch.overlaps(new BigDecimal("100"), new BigDecimal("200"), new BigDecimal("300"), new BigDecimal("400")))
                .isFalse();
    }

    @Test
    void goodsAreKnownWhenOneCodeBeginsTheOtherOrTheReportNamesNone() {
        List<Deal.Item> existing = List.of(new Deal.Item("aircraft", "8802"));
        assertThat(DealMatch.knownGoods(existing, "880240")).isTrue();
        assertThat(DealMatch.knownGoods(existing, null)).isTrue();
        assertThat(DealMatch.knownGoods(existing, "1201")).isFalse();
    }
}
