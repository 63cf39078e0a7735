package org.bilateral.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The route signals where years are missing, flows are zero or absent: the usual case in real data. */
class RouteSignalsTest {

    private static final Signals.Context EVENT_2018 = SignalsTest.CONTEXT;
    private static final Signals.Context NO_EVENT = new Signals.Context(2017, 2020, null, EVENT_2018.hubTotalToDestination(), 0.06);

    /** Values by year from 2017; a year given as −1 the series does not hold. */
    private static Map<Integer, BigDecimal> years(long... values) {
        Map<Integer, BigDecimal> m = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] >= 0) {
                m.put(2017 + i, BigDecimal.valueOf(values[i]));
            }
        }
        return m;
    }

    @Test
    void passThroughComparesOnlyTheYearsBothFlowsHold() {
        // origin → hub holds 2017 and 2019 only: before 2017, after 2019
        // the hub's exports rose 600 − 200 = 400, its imports 250 − 100 = 150: 150 / 400 = 0.375 covered
        ProductSeries p = new ProductSeries("030462", years(0, 0, 0, 0), years(200, 300, 600, 900), years(100, -1, 250, -1), null);
        Signal s = RouteSignals.passThrough(p, EVENT_2018);
        assertThat(s.value()).isEqualTo(0.375);
        assertThat(s.arithmetic()).isEqualTo("after 2018 the hub's exports to the destination rose $400 a year, "
                + "its imports from the origin $150: 37.5% of the rise covered");
    }

    @Test
    void passThroughInLevelsIsZeroWhereTheHubExportsNothing() {
        ProductSeries p = new ProductSeries("030462", null, years(0, 0, -1, -1), years(100, 100, 100, 100), null);
        Signal s = RouteSignals.passThrough(p, NO_EVENT);
        assertThat(s.value()).isZero();
        assertThat(s.arithmetic()).isEqualTo("no exports from the hub to the destination in 2017–2018");
    }

    @Test
    void passThroughIsNotComputedWithoutTheHubsImportsFromTheOrigin() {
        ProductSeries p = new ProductSeries("030462", null, years(1, 1, 1, 1), null, null);
        assertThat(RouteSignals.passThrough(p, EVENT_2018).computed()).isFalse();
    }

    @Test
    void aHubRecordingNoExportsAtAllMakesTheWholeRecordAGap() {
        // gap counted as 1 (all of it), less the 6% margin: 0.94
        ProductSeries p = new ProductSeries("030462", null, years(500, 500, -1, -1), null, years(0, 0, 0, 0));
        Signal s = RouteSignals.mirrorGap(p, EVENT_2018);
        assertThat(s.value()).isCloseTo(0.94, within(1e-9));
        assertThat(s.arithmetic()).contains("records $1,000 of imports from the hub in 2017–2018, the hub $0 of exports: all more, "
                + "94.0% beyond a CIF/FOB margin of 6.0%");
    }

    @Test
    void aDestinationRecordingNothingShowsNoGap() {
        ProductSeries p = new ProductSeries("030462", null, years(0, 0, 0, 0), null, years(10, 10, 10, 10));
        Signal s = RouteSignals.mirrorGap(p, EVENT_2018);
        assertThat(s.value()).isZero();
        assertThat(s.arithmetic()).isEqualTo("the destination records no imports of it from the hub in 2017–2020");
    }

    @Test
    void aGapWithinTheMarginCountsForNothingAndOneBeyondItOnlyForTheExcess() {
        // 1,100 recorded against 1,000 reported: 10% more, 4% beyond the 6% margin
        ProductSeries p = new ProductSeries("030462", null, years(550, 550, -1, -1), null, years(500, 500, -1, -1));
        assertThat(RouteSignals.mirrorGap(p, EVENT_2018).value()).isCloseTo(0.04, within(1e-9));
        // 1,050 against 1,000: 5%, within the margin
        ProductSeries within = new ProductSeries("030462", null, years(525, 525, -1, -1), null, years(500, 500, -1, -1));
        assertThat(RouteSignals.mirrorGap(within, EVENT_2018).value()).isZero();
    }
}
