package org.bilateral.tradestats.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.bilateral.WorkbenchTest;
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

    @Test
    void serveDemoLoadsTheDemonstrationDataOnAnEmptyDatabaseOnly() {
        TradeStatisticsFixture.clear(jdbc);

        events.publishEvent(new DemoRequested(YearMonth.of(2026, 11)));

        assertThat(statisticsSources.hasStatistics()).isTrue();
        assertThat(flows.latestMonth(CountryCode.of("US"), CountryCode.of("VN"), Flow.IMPORT)).as("the month the request names")
                .contains(YearMonth.of(2026, 11));
        // Vietnam–US from both sides, and the US's and Vietnam's imports from China and the three countries' world totals,
        // which the transshipment screen reads
        assertThat(statisticsSources.imports()).hasSize(7).allSatisfy(s -> assertThat(s.synthetic()).isTrue());
        events.publishEvent(new DemoRequested(YearMonth.of(2026, 11)));
        assertThat(statisticsSources.imports()).as("a database with statistics is left alone").hasSize(7);
    }
}
