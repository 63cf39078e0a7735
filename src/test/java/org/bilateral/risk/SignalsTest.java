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
        assertThat(ChangeSignals.diversion(REROUTED, CONTEXT).value()).isCloseTo(1000.0 / 1100 - 700.0 / 2200, within(1e-9));
        assertThat(ChangeSignals.diversion(REROUTED, CONTEXT).arithmetic()).contains("90.9% before 2018, 31.8% after");
        assertThat(ChangeSignals.diversion(GROWING, CONTEXT).value()).as("the origin's share fell, its sales did not").isZero();
        assertThat(ChangeSignals.diversion(STEADY, CONTEXT).value()).isZero();
    }

    @Test
    void passThroughIsTheShareOfTheHubsRiseThatItsImportsFromTheOriginCover() {
        // the hub's exports rose from 100 to 750 a year, its imports from the origin from 50 to 700: all of the rise
        assertThat(RouteSignals.passThrough(REROUTED, CONTEXT).value()).isEqualTo(1.0);
        // the grower's exports rose 300 a year, its imports from the origin not at all
        assertThat(RouteSignals.passThrough(GROWING, CONTEXT).value()).isZero();
        assertThat(RouteSignals.passThrough(STEADY, CONTEXT).arithmetic()).contains("did not rise");
        // without an event, the bound in levels: min(O→H, H→D) over H→D, 2017–2020
        Signals.Context noEvent = new Signals.Context(2017, 2020, null, CONTEXT.hubTotalToDestination(), 0.06);
        assertThat(RouteSignals.passThrough(REROUTED, noEvent).value()).isCloseTo((50 + 60 + 650 + 750) / 1700.0, within(1e-9));
    }

    @Test
    void theMirrorGapCountsOnlyWhatExceedsTheCifFobMargin() {
        // 1,700 recorded arriving against 850 recorded leaving: 100% more, 94% beyond the 6% margin
        assertThat(RouteSignals.mirrorGap(REROUTED, CONTEXT).value()).isCloseTo(1.0 - 0.06, within(1e-9));
        // 1,020 against 990: 3%, within the margin
        assertThat(RouteSignals.mirrorGap(GROWING, CONTEXT).value()).isZero();
    }

    @Test
    void aSurgeIsGrowthBeyondTheHubsExportsOfEverythingAndTheProductsImportsFromBoth() {
        double hubGrowth = Math.log((1300 + 1600) / 2.0 / 500);
        assertThat(ChangeSignals.surge(REROUTED, CONTEXT).value()).isCloseTo(Math.log(750.0 / 100) - hubGrowth, within(1e-9));
        // the grower's imports from origin and hub doubled (300 to 600 a year): its excess is over the hub's 1.06
        assertThat(ChangeSignals.surge(GROWING, CONTEXT).value()).isCloseTo(Math.log(400.0 / 100) - hubGrowth, within(1e-9));
        assertThat(ChangeSignals.surge(STEADY, CONTEXT).value()).isZero();
    }

    /** Quantities by year in one unit: value and quantity given in pairs. */
    private static Map<Integer, ProductSeries.UnitValue> units(String unit, long... valueAndQuantity) {
        Map<Integer, ProductSeries.UnitValue> m = new TreeMap<>();
        for (int i = 0; i < valueAndQuantity.length; i += 2) {
            m.put(2017 + i / 2, new ProductSeries.UnitValue(unit, BigDecimal.valueOf(valueAndQuantity[i + 1]),
                    BigDecimal.valueOf(valueAndQuantity[i])));
        }
        return m;
    }

    private static ProductSeries withUnits(ProductSeries p, Map<Integer, ProductSeries.UnitValue> originToHub,
                                           Map<Integer, ProductSeries.UnitValue> hubToDestination) {
        return new ProductSeries(p.code(), p.originToDestination(), p.hubToDestination(), p.originToHub(), p.hubReportsExports(),
                p.originToWorld(), p.hubToWorld(), p.destinationFromWorld(), originToHub, hubToDestination);
    }

    @Test
    void unitValuesCompareWhatTheHubPaidTheOriginWithWhatTheDestinationPaidTheHubAfterTheEvent() {
        // in 2017 the hub paid $5/kg and sold at $10/kg (ratio 0.5); after 2018 it bought 650 + 750 for 100 + 120 kg
        // ($6.36/kg) and sold 700 + 800 for 105 + 125 kg ($6.52/kg): the ratio rose to 0.98
        ProductSeries passedOn = withUnits(REROUTED, units("kg", 50, 10, 60, 12, 650, 100, 750, 120),
                units("kg", 100, 10, 100, 10, 700, 105, 800, 125));
        Signal s = RouteSignals.unitValues(passedOn, CONTEXT);
        double after = (1400.0 / 220) / (1500.0 / 230);
        assertThat(s.value()).as("the rise beyond the 6% margin").isCloseTo(after / 0.5 - 1 - 0.06, within(1e-9));
        assertThat(s.arithmetic()).contains("ratio 0.50 in 2017, 0.98 after: up 95.2%, 89.2% beyond a margin of 6.0%", "2019–2020", "$6.36 per kg", "$6.52",
                "no more than the CIF/FOB margin added");
        Signals.Context noEvent = new Signals.Context(2017, 2020, null, CONTEXT.hubTotalToDestination(), 0.06);
        assertThat(RouteSignals.unitValues(passedOn, noEvent).value()).as("the ratio over all years")
                .isCloseTo((1510.0 / 242) / (1700.0 / 250), within(1e-9));
        // a grower sells at four times what it pays: value added in the hub
        ProductSeries worked = withUnits(GROWING, units("items", 10, 10, 10, 10, 10, 10, 10, 10),
                units("items", 100, 25, 120, 30, 300, 75, 500, 125));
        assertThat(RouteSignals.unitValues(worked, CONTEXT).value()).as("ratio 0.25 before and after").isZero();
        assertThat(RouteSignals.unitValues(worked, CONTEXT).arithmetic()).contains("no rise", "dearer by 300.0%");
        // units that differ are not compared
        ProductSeries unlike = withUnits(REROUTED, units("kg", 650, 100, 750, 120, 650, 100, 750, 120),
                units("items", 700, 7, 800, 8, 700, 7, 800, 8));
        assertThat(RouteSignals.unitValues(unlike, CONTEXT).computed()).isFalse();
        assertThat(RouteSignals.unitValues(REROUTED, CONTEXT).arithmetic()).startsWith("not computed: needs quantities");
    }

    @Test
    void theFreundTestNeedsAllFourConditionsAndValuesTheHubsExcessGrowth() {
        // world totals: the origin's exports 11,000 a year before (10,000 elsewhere), 12,350 after (12,000 elsewhere); the
        // hub's 1,100 before (1,000 elsewhere, less its own record of exports to the destination) and 1,425 after (1,100 elsewhere)
        ProductSeries p = new ProductSeries("847130", REROUTED.originToDestination(), REROUTED.hubToDestination(), REROUTED.originToHub(),
                REROUTED.hubReportsExports(), years(11000, 11000, 12400, 12300), years(1100, 1100, 1400, 1450), null, Map.of(), Map.of());
        Signal s = FreundCriteria.freund(p, CONTEXT);
        // the hub's 100 a year would have grown as its exports elsewhere (1,000 to 1,100): 110; it sold 750, 640 more
        assertThat(s.value()).isCloseTo(640.0 / 750, within(1e-9));
        assertThat(s.arithmetic()).contains("✓ origin → destination $1,000 a year before 2018, $350 after", "93.3% of its exports",
                "excess growth $640 a year").doesNotContain("✗");
        // the hub's exports elsewhere outgrow the origin's: a general gain of the hub's, not rerouting
        ProductSeries hubGains = new ProductSeries("847130", REROUTED.originToDestination(), REROUTED.hubToDestination(),
                REROUTED.originToHub(), REROUTED.hubReportsExports(), years(11000, 11000, 11350, 11300), years(1100, 1100, 3400, 3450),
                null, Map.of(), Map.of());
        assertThat(FreundCriteria.freund(hubGains, CONTEXT).value()).isZero();
        assertThat(FreundCriteria.freund(hubGains, CONTEXT).arithmetic()).contains("✗ rest of the world", "not all four hold");
        // the grower buys little from the origin: 10 of 400 a year
        assertThat(FreundCriteria.freund(GROWING, CONTEXT).arithmetic()).startsWith("not computed").contains("World");
    }

    @Test
    void signalsAreRankedAmongTheProductsAndAProductScoresOnlyWithBothARouteAndAChange() {
        List<List<Signal>> ranked = SignalRanks.ranked(List.of(Signals.of(REROUTED, CONTEXT), Signals.of(GROWING, CONTEXT),
                Signals.of(STEADY, CONTEXT)));
        assertThat(SignalRanks.score(ranked.get(0))).isEqualTo(1.0);
        assertThat(ranked.get(1).get(SignalKind.SURGE.ordinal()).rank()).as("the grower's surge, half as strong").isEqualTo(0.5);
        assertThat(SignalRanks.score(ranked.get(1))).as("a change without a route").isZero();
        assertThat(SignalRanks.score(ranked.get(2))).isZero();
    }

    @Test
    void aSignalWhoseFlowIsMissingIsNotComputedAndSaysWhy() {
        ProductSeries noHubRecord = new ProductSeries("847130", REROUTED.originToDestination(), REROUTED.hubToDestination(), null, null);
        Signal mirror = RouteSignals.mirrorGap(noHubRecord, CONTEXT);
        assertThat(mirror.computed()).isFalse();
        assertThat(mirror.arithmetic()).startsWith("not computed: needs").contains("hub's own record");
        assertThat(ChangeSignals.diversion(REROUTED, new Signals.Context(2017, 2020, null, Map.of(), 0.06)).arithmetic())
                .contains("no tariff event");
        List<Signal> partial = SignalRanks.ranked(List.of(Signals.of(noHubRecord, CONTEXT))).get(0);
        assertThat(SignalRanks.score(partial)).as("the mean of the signals computed only").isEqualTo(1.0);
    }
}
