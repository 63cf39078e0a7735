package org.bilateral.commitments.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.commitments.DealBuilder.deal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.bilateral.commitments.DealStage;
import org.bilateral.shared.CountryCode;
import org.junit.jupiter.api.Test;

/** Projections against figures counted by hand. */
class ProjectionTest {

    static final CountryCode VN = CountryCode.of("VN");
    static final CountryCode US = CountryCode.of("US");

    @Test
    void aDeliveryAcrossTheYearsEndIsSplitByMonthAndOnlyMonthsAfterTheStatisticsAreProjected() {
        // 400 over November 2025 to February 2026 = 100 a month; statistics run through November 2025.
        var aircraft = deal(1).of("737 MAX 8", "880240").worth(400).delivering("2025-11/2026-02", 400L).build();

        Projection p = Projection.project(VN, US, StatisticsSide.PARTNER_EXPORTS, List.of(aircraft), YearMonth.of(2025, 11), 2024,
                new BigDecimal("1000"), false);

        assertThat(p.years()).extracting(Projection.Year::year).containsExactly(2025, 2026);
        assertThat(p.years().get(0).expectedUsd()).isEqualByComparingTo("100");
        assertThat(p.years().get(1).expectedUsd()).isEqualByComparingTo("200");
        // The gap of 1,000 held flat: 900 left in 2025, 800 in 2026; the deal closes 30 % of a year's gap, by 2026.
        assertThat(p.years().get(0).gapWithDealsUsd()).isEqualByComparingTo("900");
        assertThat(p.years().get(1).gapWithDealsUsd()).isEqualByComparingTo("800");
        assertThat(p.expectedUsd()).isEqualByComparingTo("300");
        assertThat(p.shareOfGap()).isEqualByComparingTo("0.3");
        assertThat(p.closedBy()).isEqualTo(2026);
        assertThat(p.quarters()).extracting(q -> q.quarter().toString(), q -> q.expectedUsd().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2025-Q4", 100), org.assertj.core.groups.Tuple.tuple("2026-Q1", 200));
        assertThat(p.products()).extracting(Projection.Product::hsCode).containsOnly("880240");
    }

    @Test
    void aDealOfSeveralProductsSplitsItsDeliveriesEquallyBetweenThem() {
        var grains = deal(2).of("corn", "1005").of("wheat", "1001").worth(1200).delivering("2026", 1200L).build();

        Projection p = Projection.project(VN, US, StatisticsSide.OUR_IMPORTS, List.of(grains), YearMonth.of(2025, 12), 2025, null, false);

        assertThat(p.products()).extracting(Projection.Product::hsCode, x -> x.expectedUsd().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1001", 600), org.assertj.core.groups.Tuple.tuple("1005", 600));
        // Without a gap to close there is no share of it.
        assertThat(p.shareOfGap()).isNull();
    }

    @Test
    void dealsNotCountedAreLeftOutAndDealsWithoutScheduleAreListedWithTheReason() {
        var cancelled = deal(3).worth(500).stage(DealStage.CANCELLED).delivering("2026", 500L).build();
        var duplicate = deal(4).worth(500).countedWith(1).delivering("2026", 500L).build();
        var aggregate = deal(5).worth(500).aggregate().delivering("2026", 500L).build();
        var unscheduled = deal(6).worth(800).build();
        var domestic = deal(7).worth(900).from("Vietcombank", "VN").delivering("2026", 900L).build();

        Projection p = Projection.project(VN, US, StatisticsSide.PARTNER_EXPORTS, List.of(cancelled, duplicate, aggregate, unscheduled, domestic),
                YearMonth.of(2025, 12), 2024, new BigDecimal("1000"), false);

        assertThat(p.expectedUsd()).isEqualByComparingTo("0");
        assertThat(p.notProjected()).as("the largest first").extracting(Projection.NotProjected::dealId, Projection.NotProjected::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7L, "the seller is not in US"),
                        org.assertj.core.groups.Tuple.tuple(6L, "no delivery schedule"));
        assertThat(p.notProjected().get(1).todo()).contains("schedule");
    }
}
