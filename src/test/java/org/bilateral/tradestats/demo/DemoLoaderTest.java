package org.bilateral.tradestats.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.math.BigDecimal;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.Period;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.tradestats.ProductFlows;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.bilateral.tradestats.StatisticsSources;
import org.bilateral.workbench.DemoRequested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

@WorkbenchTest
class DemoLoaderTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired StatisticsSources statisticsSources;
    @Autowired JdbcClient jdbc;
    @Autowired ProductFlows flows;
    @Autowired org.bilateral.tradestats.StateTrade stateTrade;

    @Test
    void serveDemoLoadsTheDemonstrationDataOnAnEmptyDatabaseOnly() {
        TradeStatisticsFixture.clear(jdbc);

        events.publishEvent(new DemoRequested(YearMonth.of(2026, 11)));

        assertThat(statisticsSources.hasStatistics()).isTrue();
        assertThat(flows.latestMonth(CountryCode.of("US"), CountryCode.of("VN"), Flow.IMPORT)).as("the month the request names")
                .contains(YearMonth.of(2026, 11));
        // Vietnam–US from both sides, and the US's and Vietnam's imports from China and the three countries' world totals,
        // which the transshipment screen reads, and Vietnam's imports from the US's competitors
        assertThat(statisticsSources.imports()).hasSize(8).allSatisfy(s -> assertThat(s.synthetic()).isTrue());
        // and Vietnam's imports of the US's products from its other suppliers and the world: China's excavators, added to
        // China's file (the test's country list knows only US, VN, CN and MX: Brazil's or Korea's rows are skipped as
        // unknown partners here, and stored with the shared reference data's countries)
        CountryCode vn = CountryCode.of("VN");
        assertThat(flows.suppliers(vn, Flow.IMPORT, org.bilateral.shared.HsLevel.SUBHEADING, List.of("842952"), 2025))
                .extracting(ProductFlows.Supply::partner).contains(CountryCode.of("US"), CountryCode.of("CN"));
        assertThat(flows.years(vn, CountryCode.WORLD, Flow.IMPORT, List.of(HsCode.of("120190")), 2025, 2025))
                .singleElement().satisfies(y -> assertThat(y.valueUsd()).isPositive());
        events.publishEvent(new DemoRequested(YearMonth.of(2026, 11)));
        assertThat(statisticsSources.imports()).as("a database with statistics is left alone").hasSize(8);
    }

    @Test
    void serveDemoGivesSyntheticStateFiguresForEveryMonthThatAddUpToTheNationalOnes() {
        TradeStatisticsFixture.clear(jdbc);
        CountryCode vn = CountryCode.of("VN");
        assertThat(stateTrade.synthetic(vn)).isFalse();

        events.publishEvent(new DemoRequested(YearMonth.of(2026, 11)));

        assertThat(stateTrade.synthetic(vn)).isTrue();
        for (Flow flow : List.of(Flow.EXPORT, Flow.IMPORT)) {
            assertThat(stateTrade.held(vn, flow)).contains(new Period(YearMonth.of(2017, 1), YearMonth.of(2026, 11)));
            assertThat(stateTrade.latestYear(vn, flow)).contains(new org.bilateral.tradestats.StateTrade.HeldYear(2026, 11));
            // 2025: all states' sum = the national series' sum over the twelve months of every code (the split is exact)
            DemoData demo = new DemoData(DemoLoader.SEED, YearMonth.of(2026, 11));
            long national = demo.usSeries(flow == Flow.IMPORT).values().stream()
                    .mapToLong(series -> java.util.stream.IntStream.range(DemoData.index(YearMonth.of(2025, 1)), DemoData.index(YearMonth.of(2025, 12)) + 1)
                            .mapToLong(m -> Math.max(series[m], 0)).sum())
                    .sum();
            BigDecimal states = stateTrade.yearOnYear(vn, flow, 2025, List.of()).stream()
                    .map(org.bilateral.tradestats.StateTrade.StateChange::valueUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(states).isEqualByComparingTo(BigDecimal.valueOf(national));
        }
        // aircraft leave mostly from Washington: the first state for 8802 in 2025
        assertThat(stateTrade.yearOnYear(vn, Flow.EXPORT, 2025, List.of(HsCode.of("8802")))).first()
                .satisfies(c -> assertThat(c.state()).isEqualTo("WA"));
    }
}
