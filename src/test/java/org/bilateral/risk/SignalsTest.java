package org.bilateral.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Each signal's arithmetic on figures counted by hand: a product rerouted after a 2018 event (the origin's sales to the
 * destination fall from 1,000 to 400 and 300 while the hub's rise from 100 to 700 and 800, the hub buying 650 and 750 of
 * it from the origin, and recording only 300 and 350 of exports), against a product that merely grows.
 */
class SignalsTest {

    private static Map<Integer, BigDecimal> years(long... values) {
        Map<Integer, BigDecimal> m = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(2017 + i, BigDecimal.valueOf(values[i]));
        }
        return m;
    }

    static final ProductSeries REROUTED = new ProductSeries("847130", years(1000, 1000, 400, 300), years(100, 100, 700, 800),
            years(50, 60, 650, 750), years(100, 100, 300, 350));
    static final ProductSeries GROWING = new ProductSeries("940360", years(200, 200, 200, 200), years(100, 120, 300, 500),
            years(10, 10, 10, 10), years(100, 120, 290, 480));
    static final ProductSeries STEADY = new ProductSeries("851713", years(500, 500, 500, 500), years(300, 300, 300, 300),
            years(200, 200, 200, 200), years(290, 290, 290, 290));

    /** The hub's exports of all three to the destination: 500 in 2017, 1,300 in 2019, 1,600 in 2020. */
    static final Signals.Context CONTEXT = new Signals.Context(2017, 2020, 2018, years(500, 520, 1300, 1600), 0.06);

    @Test
    void diversionIsTheFallInTheOriginsShareWhenItsSalesFallAsTheHubsRise() {
        // before: 1,000 / (1,000 + 100); after: 700 / (700 + 1,500)
        assertThat(Signals.diversion(REROUTED, CONTEXT).value()).isCloseTo(1000.0 / 1100 - 700.0 / 2200, within(1e-9));
        assertThat(Signals.diversion(REROUTED, CONTEXT).arithmetic()).contains("90.9% before 2018, 31.8% after");
        assertThat(Signals.diversion(GROWING, CONTEXT).value()).as("the origin's share fell, its sales did not").isZero();
        assertThat(Signals.diversion(STEADY, CONTEXT).value()).isZero();
    }

    @Test
    void passThroughIsTheShareOfTheHubsRiseThatItsImportsFromTheOriginCover() {
        // the hub's exports rose from 100 to 750 a year, its imports from the origin from 50 to 700: all of the rise
        assertThat(Signals.passThrough(REROUTED, CONTEXT).value()).isEqualTo(1.0);
        // the grower's exports rose 300 a year, its imports from the origin not at all
        assertThat(Signals.passThrough(GROWING, CONTEXT).value()).isZero();
        assertThat(Signals.passThrough(STEADY, CONTEXT).arithmetic()).contains("did not rise");
        // without an event, the bound in levels: min(O→H, H→D) over H→D, 2017–2020
        Signals.Context noEvent = new Signals.Context(2017, 2020, null, CONTEXT.hubTotalToDestination(), 0.06);
        assertThat(Signals.passThrough(REROUTED, noEvent).value()).isCloseTo((50 + 60 + 650 + 750) / 1700.0, within(1e-9));
    }

    @Test
    void theMirrorGapCountsOnlyWhatExceedsTheCifFobMargin() {
        // 1,700 recorded arriving against 850 recorded leaving: 100% more, 94% beyond the 6% margin
        assertThat(Signals.mirrorGap(REROUTED, CONTEXT).value()).isCloseTo(1.0 - 0.06, within(1e-9));
        // 1,020 against 990: 3%, within the margin
        assertThat(Signals.mirrorGap(GROWING, CONTEXT).value()).isZero();
    }

    @Test
    void aSurgeIsGrowthBeyondTheHubsExportsOfEverythingAndTheProductsImportsFromBoth() {
        double hubGrowth = Math.log((1300 + 1600) / 2.0 / 500);
        assertThat(Signals.surge(REROUTED, CONTEXT).value()).isCloseTo(Math.log(750.0 / 100) - hubGrowth, within(1e-9));
        // the grower's imports from origin and hub doubled (300 to 600 a year): its excess is over the hub's 1.06
        assertThat(Signals.surge(GROWING, CONTEXT).value()).isCloseTo(Math.log(400.0 / 100) - hubGrowth, within(1e-9));
        assertThat(Signals.surge(STEADY, CONTEXT).value()).isZero();
    }

    @Test
    void signalsAreRankedAmongTheProductsAndAProductScoresOnlyWithBothARouteAndAChange() {
        List<List<Signal>> ranked = Signals.ranked(List.of(Signals.of(REROUTED, CONTEXT), Signals.of(GROWING, CONTEXT),
                Signals.of(STEADY, CONTEXT)));
        assertThat(Signals.score(ranked.get(0))).isEqualTo(1.0);
        assertThat(ranked.get(1).get(3).rank()).as("the grower's surge, half as strong").isEqualTo(0.5);
        assertThat(Signals.score(ranked.get(1))).as("a change without a route").isZero();
        assertThat(Signals.score(ranked.get(2))).isZero();
    }

    @Test
    void aSignalWhoseFlowIsMissingIsNotComputedAndSaysWhy() {
        ProductSeries noHubRecord = new ProductSeries("847130", REROUTED.originToDestination(), REROUTED.hubToDestination(), null, null);
        Signal mirror = Signals.mirrorGap(noHubRecord, CONTEXT);
        assertThat(mirror.computed()).isFalse();
        assertThat(mirror.arithmetic()).startsWith("not computed: needs").contains("hub's own record");
        assertThat(Signals.diversion(REROUTED, new Signals.Context(2017, 2020, null, Map.of(), 0.06)).arithmetic())
                .contains("no tariff event");
        List<Signal> partial = Signals.ranked(List.of(Signals.of(noHubRecord, CONTEXT))).get(0);
        assertThat(Signals.score(partial)).as("the mean of the signals computed only").isEqualTo(1.0);
    }
}
