package org.bilateral.commitments.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bilateral.commitments.targets.PurchaseTarget.Basis;
import org.bilateral.commitments.targets.PurchaseTarget.Counts;
import org.bilateral.commitments.targets.PurchaseTarget.CoveredProduct;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsLevel;
import org.bilateral.tradestats.ProductFlows;
import org.junit.jupiter.api.Test;

/** Attainment against figures counted by hand. */
class AttainmentTest {

    static final CountryCode VN = CountryCode.of("VN");
    static final CountryCode US = CountryCode.of("US");
    static final ProductFlows.Product SOYBEANS = new ProductFlows.Product(HsLevel.HEADING, "1201");
    static final ProductFlows.Product AIRCRAFT = new ProductFlows.Product(HsLevel.HEADING, "8802");

    /**
     * Baseline 2024, soybeans only: January 300, February 100, March to December 50 each = 900. In 2025 so far:
     * January 450, February 250, March 100 = 800 (statistics through March).
     */
    static List<ProductFlows.Value> seasonalSoybeans() {
        Flows f = new Flows();
        f.month(SOYBEANS, 2024, 1, 300).month(SOYBEANS, 2024, 2, 100);
        for (int m = 3; m <= 12; m++) {
            f.month(SOYBEANS, 2024, m, 50);
        }
        f.year(SOYBEANS, 2024, 900, 12);
        f.month(SOYBEANS, 2025, 1, 450).month(SOYBEANS, 2025, 2, 250).month(SOYBEANS, 2025, 3, 100).year(SOYBEANS, 2025, 800, 3);
        return f.values;
    }

    static PurchaseTarget target(Basis basis, Map<Integer, BigDecimal> amounts, CoveredProduct... products) {
        return new PurchaseTarget("farm", "Farm goods", VN, US, 2024, basis, Counts.PARTNER_EXPORTS, List.of(products), new java.util.TreeMap<>(amounts), null);
    }

    @Test
    void monthlyTargetsFollowTheBaselineYearsPatternAndOnlyTheYearToDateIsCompared() {
        PurchaseTarget t = target(Basis.ABSOLUTE, Map.of(2025, new BigDecimal("1800")), new CoveredProduct("soybeans", HsLevel.HEADING, "1201"));

        Attainment.Side side = Attainment.measure(t, StatisticsSide.PARTNER_EXPORTS, seasonalSoybeans(), YearMonth.of(2025, 3));

        assertThat(side.seasonality()).isEqualTo("baseline");
        assertThat(side.baselineUsd()).isEqualByComparingTo("900");
        // 1,800 × 300/900 = 600 in January, × 100/900 = 200 in February, × 50/900 = 100 in March.
        assertThat(side.months()).extracting(Attainment.Month::illustrativeTargetUsd).extracting(BigDecimal::intValue).containsExactly(600, 200, 100);
        assertThat(side.months()).extracting(Attainment.Month::actualUsd).extracting(BigDecimal::intValue).containsExactly(450, 250, 100);
        // Year to date: 800 against 900 = 88.89 %; the binding annual target: 800 of 1,800 so far = 44.44 %.
        assertThat(side.yearToDate().targetUsd()).isEqualByComparingTo("900");
        assertThat(side.yearToDate().actualUsd()).isEqualByComparingTo("800");
        assertThat(side.yearToDate().attainment()).isEqualByComparingTo("0.8889");
        assertThat(side.years()).singleElement().satisfies(y -> {
            assertThat(y.targetUsd()).isEqualByComparingTo("1800");
            assertThat(y.actualUsd()).isEqualByComparingTo("800");
            assertThat(y.months()).isEqualTo(3);
            assertThat(y.attainment()).isEqualByComparingTo("0.4444");
        });
    }

    @Test
    void aTargetAboveTheBaselineAddsTheBaselineYearsPurchases() {
        PurchaseTarget t = target(Basis.ABOVE_BASELINE, Map.of(2025, new BigDecimal("900")), new CoveredProduct("soybeans", HsLevel.HEADING, "1201"));

        Attainment.Side side = Attainment.measure(t, StatisticsSide.PARTNER_EXPORTS, seasonalSoybeans(), YearMonth.of(2025, 3));

        // 900 bought in the baseline year + 900 more = 1,800: the same goal as the absolute target above.
        assertThat(side.years().get(0).targetUsd()).isEqualByComparingTo("1800");
        assertThat(side.yearToDate().targetUsd()).isEqualByComparingTo("900");
    }

    @Test
    void withoutTwelveBaselineMonthsEachMonthIsATwelfth() {
        Flows f = new Flows();
        f.year(SOYBEANS, 2024, 900, 12).month(SOYBEANS, 2025, 1, 100).month(SOYBEANS, 2025, 2, 100).year(SOYBEANS, 2025, 200, 2);
        PurchaseTarget t = target(Basis.ABSOLUTE, Map.of(2025, new BigDecimal("1200")), new CoveredProduct("soybeans", HsLevel.HEADING, "1201"));

        Attainment.Side side = Attainment.measure(t, StatisticsSide.PARTNER_EXPORTS, f.values, YearMonth.of(2025, 2));

        assertThat(side.seasonality()).isEqualTo("even");
        assertThat(side.yearToDate().targetUsd()).isEqualByComparingTo("200");
        assertThat(side.yearToDate().attainment()).isEqualByComparingTo("1");
    }

    @Test
    void productGroupsAreMeasuredApartAndYearsWithoutStatisticsStayEmpty() {
        Flows f = new Flows();
        f.year(SOYBEANS, 2024, 900, 12).year(AIRCRAFT, 2024, 5000, 12).year(SOYBEANS, 2025, 1000, 12).year(AIRCRAFT, 2025, 7000, 12);
        PurchaseTarget t = target(Basis.ABSOLUTE, Map.of(2025, new BigDecimal("10000"), 2026, new BigDecimal("12000")),
                new CoveredProduct("farm goods", HsLevel.HEADING, "1201"), new CoveredProduct("aircraft", HsLevel.HEADING, "8802"));

        Attainment.Side side = Attainment.measure(t, StatisticsSide.PARTNER_EXPORTS, f.values, YearMonth.of(2025, 12));

        assertThat(side.baselineUsd()).isEqualByComparingTo("5900");
        assertThat(side.years()).extracting(Attainment.Year::year).containsExactly(2025, 2026);
        assertThat(side.years().get(0).actualUsd()).isEqualByComparingTo("8000");
        assertThat(side.years().get(0).attainment()).isEqualByComparingTo("0.8");
        assertThat(side.years().get(1).actualUsd()).isNull();
        assertThat(side.years().get(1).attainment()).isNull();
        // A whole year published without months still gives the year to date.
        assertThat(side.yearToDate().actualUsd()).isEqualByComparingTo("8000");
        assertThat(side.groups()).filteredOn(g -> g.year() == 2025)
                .extracting(Attainment.Group::group, g -> g.actualUsd().intValue())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("farm goods", 1000), org.assertj.core.groups.Tuple.tuple("aircraft", 7000));
    }

    @Test
    void aTargetSaysWhatItCoversGroupByGroup() {
        PurchaseTarget t = target(Basis.ABSOLUTE, Map.of(2025, BigDecimal.TEN), new CoveredProduct("Grains", HsLevel.HEADING, "1005"),
                new CoveredProduct("Grains", HsLevel.HEADING, "1001"), new CoveredProduct("Aircraft", HsLevel.SECTOR, "aircraft"));

        assertThat(t.coverage()).isEqualTo("Aircraft: sector aircraft; Grains: 1001, 1005");
    }

    /** Product values as ProductFlows returns them: months, and years with the months they hold. */
    static final class Flows {
        final List<ProductFlows.Value> values = new ArrayList<>();

        Flows month(ProductFlows.Product p, int year, int month, long usd) {
            values.add(new ProductFlows.Value(p, true, YearMonth.of(year, month), BigDecimal.valueOf(usd), 1));
            return this;
        }

        Flows year(ProductFlows.Product p, int year, long usd, int months) {
            values.add(new ProductFlows.Value(p, false, YearMonth.of(year, 1), BigDecimal.valueOf(usd), months));
            return this;
        }
    }
}
