package org.bilateral.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The change signals at the 2018 event (before: 2017; after: 2019 and 2020), where flows are missing or zero. */
class ChangeSignalsTest {

    private static final Signals.Context EVENT_2018 = SignalsTest.CONTEXT;

    private static Map<Integer, BigDecimal> years(long... values) {
        Map<Integer, BigDecimal> m = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(2017 + i, BigDecimal.valueOf(values[i]));
        }
        return m;
    }

    @Test
    void theMarketIsMeasuredFromTheWorldWhereTheStatisticsHoldIt() {
        // 1,000 a year before, (2,000 + 4,000) / 2 = 3,000 after: ln 3 = 1.0986
        ProductSeries p = new ProductSeries("847130", years(1, 1, 1, 1), years(1, 1, 1, 1), null, null, null, null,
                years(1000, 1500, 2000, 4000), Map.of(), Map.of());
        ChangeSignals.Market m = ChangeSignals.market(p, EVENT_2018);
        assertThat(m).isNotNull();
        assertThat(m.from()).isEqualTo("the world");
        assertThat(m.growth()).isCloseTo(Math.log(3), within(1e-9));
    }

    @Test
    void withoutTheWorldTheMarketIsTheOriginAndTheHubTogether() {
        // before 1,000 + 100 = 1,100; after (400 + 300 + 700 + 800) / 2 = 1,100: no growth
        ChangeSignals.Market m = ChangeSignals.market(SignalsTest.REROUTED, EVENT_2018);
        assertThat(m).isNotNull();
        assertThat(m.from()).isEqualTo("origin and hub");
        assertThat(m.growth()).isCloseTo(0, within(1e-12));
    }

    @Test
    void withNeitherThereIsNoMarketToCompare() {
        ProductSeries p = new ProductSeries("847130", null, years(1, 1, 1, 1), null, null);
        assertThat(ChangeSignals.market(p, EVENT_2018)).isNull();
    }

    @Test
    void noTradeFromOriginOrHubAfterTheEventShowsNoDiversion() {
        ProductSeries p = new ProductSeries("847130", years(100, 100, 0, 0), years(50, 50, 0, 0), null, null);
        Signal s = ChangeSignals.diversion(p, EVENT_2018);
        assertThat(s.value()).isZero();
        assertThat(s.arithmetic()).isEqualTo("no trade from the origin or the hub before or after 2018");
    }

    @Test
    void neitherChangeSignalIsComputedWithoutAnEvent() {
        Signals.Context noEvent = new Signals.Context(2017, 2020, null, EVENT_2018.hubTotalToDestination(), 0.06);
        assertThat(ChangeSignals.diversion(SignalsTest.REROUTED, noEvent).computed()).isFalse();
        assertThat(ChangeSignals.surge(SignalsTest.REROUTED, noEvent).arithmetic())
                .isEqualTo("not computed: no tariff event between 2017 and 2020");
    }

    @Test
    void aProductNewToTheHubAfterTheEventGrowsByTheNewTradeMeasure() {
        // the hub's exports of it: none before, 300 a year after: growth 3 (new trade)
        // the hub's exports of all: 500 before, (1,300 + 1,600) / 2 = 1,450 after: ln 2.9 = 1.0647
        // the market from origin and hub: 1,000 before, (700 + 300 + 300 + 300) / 2 = 800 after: ln 0.8 < 0
        // excess 3 − max(1.0647, −0.2231) = 1.9353
        ProductSeries p = new ProductSeries("847130", years(1000, 1000, 700, 300), years(0, 0, 300, 300), null, null);
        assertThat(ChangeSignals.surge(p, EVENT_2018).value()).isCloseTo(3 - Math.log(2.9), within(1e-9));
    }
}
