package org.bilateral.tradestats.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilateral.WorkbenchTest;
import org.bilateral.tradestats.TradeBalances;
import org.bilateral.workbench.DemoRequested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

@WorkbenchTest
class DemoLoaderTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired TradeBalances balances;
    @Autowired JdbcClient jdbc;

    @Test
    void serveDemoLoadsTheDemonstrationDataOnAnEmptyDatabaseOnly() {
        jdbc.sql("truncate trade_import, trade_figure, trade_figure_replaced, trade_slice, trade_total, published_figure, "
                + "published_figure_replaced cascade").update();

        events.publishEvent(new DemoRequested());

        assertThat(balances.hasStatistics()).isTrue();
        assertThat(balances.imports()).hasSize(4).allSatisfy(s -> assertThat(s.synthetic()).isTrue());
        events.publishEvent(new DemoRequested());
        assertThat(balances.imports()).as("a database with statistics is left alone").hasSize(4);
    }
}
