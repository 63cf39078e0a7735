package org.bilateral.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The Freund test's four conditions and its value, on means a year worked out by hand: the origin's sales to the
 * destination fall from 1,000 to 400, its sales to the hub rise from 100 to 600 and the hub's to the destination from
 * 200 to 800, the origin's exports elsewhere grow from 10,000 to 12,000 and the hub's from 1,000 to 1,100.
 */
class FreundCriteriaTest {

    private static FreundCriteria.Means means(double ohA, double hubRestB) {
        return new FreundCriteria.Means(1000, 400, 100, ohA, 200, 800, 10_000, 12_000, hubRestB, 1100);
    }

    @Test
    void allFourHoldWhenTheHubsImportsFromTheOriginCoverThreeQuartersOfItsExports() {
        FreundCriteria.Means m = means(600, 1000);
        assertThat(m.originFalls()).as("400 < 1,000").isTrue();
        assertThat(m.bothRise()).as("100 → 600 and 200 → 800").isTrue();
        // ln(12,000 / 10,000) = ln 1.2 = 0.1823 against ln(1,100 / 1,000) = ln 1.1 = 0.0953
        assertThat(m.originRestGrowth()).isCloseTo(0.18232, within(1e-5));
        assertThat(m.hubRestGrowth()).isCloseTo(0.09531, within(1e-5));
        assertThat(m.originGainsMore()).isTrue();
        // 600 / 800 = 0.75, just enough
        assertThat(m.cover()).isEqualTo(0.75);
        assertThat(m.covered()).isTrue();
        // had the hub's exports to the destination grown as elsewhere: 200 × 1,100 / 1,000 = 220; 800 − 220 = 580
        assertThat(m.excess()).isCloseTo(580, within(1e-9));
        // 580 / 800 = 0.725
        assertThat(m.value()).isCloseTo(0.725, within(1e-9));
    }

    @Test
    void belowThreeQuartersCoverTheExcessStaysButTheValueIsZero() {
        FreundCriteria.Means m = means(599, 1000);
        // 599 / 800 = 0.74875 < 0.75
        assertThat(m.cover()).isCloseTo(0.74875, within(1e-9));
        assertThat(m.covered()).isFalse();
        assertThat(m.excess()).isCloseTo(580, within(1e-9));
        assertThat(m.value()).isZero();
    }

    @Test
    void withoutExportsElsewhereBeforeTheExcessIsTheWholeRise() {
        // expected stays at 200 a year: 800 − 200 = 600
        assertThat(means(600, 0).excess()).isCloseTo(600, within(1e-9));
    }

    @Test
    void theTestIsNotComputedWithoutAnEventOrWithoutTheWorldTotals() {
        Signals.Context noEvent = new Signals.Context(2017, 2020, null, SignalsTest.CONTEXT.hubTotalToDestination(), 0.06);
        assertThat(FreundCriteria.freund(SignalsTest.REROUTED, noEvent).arithmetic())
                .isEqualTo("not computed: no tariff event between 2017 and 2020");
        Signal withoutWorld = FreundCriteria.freund(SignalsTest.REROUTED, SignalsTest.CONTEXT);
        assertThat(withoutWorld.computed()).isFalse();
        assertThat(withoutWorld.arithmetic()).contains("exports to the world");
    }

    private static Map<Integer, BigDecimal> years(long... values) {
        Map<Integer, BigDecimal> m = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(2017 + i, BigDecimal.valueOf(values[i]));
        }
        return m;
    }

    @Test
    void theHubsExportsElsewhereAreItsWorldTotalLessItsOwnRecordOfExportsToTheDestination() {
        // event 2018: before 2017, after 2019–2020 (means of two years)
        // origin → destination 1,000 → (400 + 400) / 2 = 400; origin → hub 100 → 600; hub → destination 200 → 800
        // origin's world 11,000 → 12,400: elsewhere 10,000 → 12,000
        // hub's world 1,300 → 1,600 less its record 300 → 500: elsewhere 1,000 → 1,100; so as above, 580 / 800 = 0.725
        ProductSeries p = new ProductSeries("847130", years(1000, 1000, 400, 400), years(200, 200, 800, 800),
                years(100, 100, 600, 600), years(300, 300, 500, 500), years(11_000, 11_000, 12_400, 12_400),
                years(1300, 1300, 1600, 1600), null, Map.of(), Map.of());
        Signal s = FreundCriteria.freund(p, SignalsTest.CONTEXT);
        assertThat(s.value()).isCloseTo(0.725, within(1e-9));
        assertThat(s.arithmetic()).contains("excess growth $580 a year (72.5% of the hub's exports to the destination)")
                .doesNotContain("not all four hold");
    }
}
