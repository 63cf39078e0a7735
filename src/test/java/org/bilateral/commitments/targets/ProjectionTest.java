package org.bilateral.commitments.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.commitments.DealBuilder.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.bilateral.commitments.DealStage;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Period;
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
        // 400 scheduled for a deal of 400: nothing to flag.
        assertThat(p.mismatched()).isEmpty();
    }

    @Test
    void aScheduleThatDoesNotAddUpToTheDealIsPlacedAsScheduledAndNamedWithBothFigures() {
        // A deal of 1,000 scheduled as 700 in 2026 and 500 in 2027: 1,200, 200 more than the deal is worth.
        var cotton = deal(12).of("cotton", "5201").worth(1000).delivering("2026", 700L).delivering("2027", 500L).build();

        Projection p = Projection.project(VN, US, StatisticsSide.PARTNER_EXPORTS, List.of(cotton), YearMonth.of(2025, 12), 2024, null, false);

        assertThat(p.expectedUsd()).isEqualByComparingTo("1200");
        assertThat(p.mismatched()).singleElement().satisfies(m -> {
            assertThat(m.dealId()).isEqualTo(12L);
            assertThat(m.mismatch().scheduledUsd()).isEqualByComparingTo("1200");
            assertThat(m.mismatch().valueHighUsd()).isEqualByComparingTo("1000");
        });
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

    @Test
    void aDealWithoutScheduleIsPlacedByItsBuyersReportedDeliveriesAndForecastsUpToItsValue() {
        // D8: 1,200 of soybeans, no schedule. The buyer reported 300 delivered by the end of 2025-Q3 and 600 by the end of 2025-Q4,
        // and forecast 1,200 of HS 1201 for 2026. Statistics run through November 2025.
        var soybeans = deal(8).boughtBy(500).of("soybeans", "1201").worth(1200).build();
        // D9: the same buyer's other soybean deal, also without a schedule: the forecast already placed D8, so not D9 as well.
        var more = deal(9).boughtBy(500).of("soybeans, other", "120190").worth(400).build();
        // D10 has a schedule (1,200 over 2026): its buyer's report is not read.
        var scheduled = deal(10).of("cotton", "5201").worth(1200).delivering("2026", 1200L).build();
        List<Projection.Delivered> delivered = List.of(
                new Projection.Delivered(8, Period.parse("2025-Q3"), new BigDecimal("300"), LocalDate.of(2025, 10, 5)),
                new Projection.Delivered(8, Period.parse("2025-Q4"), new BigDecimal("600"), LocalDate.of(2026, 1, 10)),
                new Projection.Delivered(10, Period.parse("2026-Q1"), new BigDecimal("5000"), LocalDate.of(2026, 1, 10)));
        List<Projection.Forecast> forecasts = List.of(new Projection.Forecast(500, "1201", 2026, new BigDecimal("1200"), LocalDate.of(2026, 1, 12)));

        Projection p = Projection.project(VN, US, StatisticsSide.PARTNER_EXPORTS, List.of(soybeans, more, scheduled), delivered, forecasts,
                YearMonth.of(2025, 11), 2024, new BigDecimal("1000"), false);

        // D8 delivered 300 in 2025-Q3 (100 a month, July to September: all in the statistics already) and 600 - 300 = 300 in
        // 2025-Q4 (100 a month): October and November are in the statistics, December's 100 is projected.
        // What is left of the deal: 1,200 - 600 = 600. The 2026 forecast, 1,200 / 12 = 100 a month from January (after the
        // last reported period, 2025-Q4), uses it up by June: 6 x 100 = 600 in 2026, nothing from July.
        // D10's schedule: 1,200 / 12 = 100 a month over 2026 = 1,200.
        // 2025: 100. 2026: 600 + 1,200 = 1,800. In all 1,900.
        assertThat(p.years()).extracting(Projection.Year::year).containsExactly(2025, 2026);
        assertThat(p.years().get(0).expectedUsd()).isEqualByComparingTo("100");
        assertThat(p.years().get(1).expectedUsd()).isEqualByComparingTo("1800");
        assertThat(p.expectedUsd()).isEqualByComparingTo("1900");
        // Quarters: 2025-Q4 100 (December); 2026-Q1 300 (D8) + 300 (D10) = 600; 2026-Q2 the same, 600; Q3 and Q4 D10's 300 each.
        assertThat(p.quarters()).extracting(q -> q.quarter().toString(), q -> q.expectedUsd().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2025-Q4", 100), org.assertj.core.groups.Tuple.tuple("2026-Q1", 600),
                        org.assertj.core.groups.Tuple.tuple("2026-Q2", 600), org.assertj.core.groups.Tuple.tuple("2026-Q3", 300),
                        org.assertj.core.groups.Tuple.tuple("2026-Q4", 300));
        // D8 is said to be placed by the buyer's report, dated by the latest report read (the forecast of 12 January 2026):
        // 100 + 600 = 700 after the statistics.
        assertThat(p.fromReports()).extracting(Projection.FromReport::dealId, Projection.FromReport::reportedOn, r -> r.placedUsd().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(8L, LocalDate.of(2026, 1, 12), 700));
        assertThat(p.notProjected()).extracting(Projection.NotProjected::dealId, Projection.NotProjected::why)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(9L, Projection.Unplaced.NO_SCHEDULE));
        // By product: 1201 has D8's 100 in 2025 and 600 in 2026; 5201 D10's 1,200.
        assertThat(p.products()).extracting(Projection.Product::hsCode, Projection.Product::year, x -> x.expectedUsd().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1201", 2025, 100), org.assertj.core.groups.Tuple.tuple("1201", 2026, 600),
                        org.assertj.core.groups.Tuple.tuple("5201", 2026, 1200));
    }

    @Test
    void aLowerTotalToDateCorrectsTheOneBeforeItAndTakesNothingBack() {
        // Reported 500 by 2026-Q1, then 400 by 2026-Q2 (a correction); statistics through December 2025, no forecast, value 1,000.
        var deal = deal(11).of("cotton", "5201").worth(1000).build();
        List<Projection.Delivered> delivered = List.of(
                new Projection.Delivered(11, Period.parse("2026-Q1"), new BigDecimal("500"), LocalDate.of(2026, 4, 2)),
                new Projection.Delivered(11, Period.parse("2026-Q2"), new BigDecimal("400"), LocalDate.of(2026, 7, 3)));

        Projection p = Projection.project(VN, US, StatisticsSide.PARTNER_EXPORTS, List.of(deal), delivered, List.of(), YearMonth.of(2025, 12),
                2024, null, false);

        // 2026-Q1: 500 - 0 = 500; 2026-Q2: 400 - 500 is below nothing, so 0. In all 500, all of it in 2026.
        assertThat(p.expectedUsd()).isEqualByComparingTo("500");
        assertThat(p.quarters()).extracting(q -> q.quarter().toString(), q -> q.expectedUsd().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-Q1", 500));
        assertThat(p.fromReports()).extracting(Projection.FromReport::reportedOn).containsExactly(LocalDate.of(2026, 7, 3));
    }
}
