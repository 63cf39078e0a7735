package org.bilateral.tradestats;

import org.bilateral.shared.CountryCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How much the statistics hold, for the benchmarks that must know before they measure: the one door other modules
 * use instead of counting the figure tables themselves.
 */
@Service
public class StatisticsHeld {

    private final JdbcClient jdbc;

    StatisticsHeld(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long figures() {
        return jdbc.sql("select count(*) from trade_figure").query(Long.class).single();
    }

    public long totals() {
        return jdbc.sql("select count(*) from trade_total").query(Long.class).single();
    }

    /** Whether any import holds this reporter's trade with this partner. */
    public boolean holds(CountryCode reporter, CountryCode partner) {
        return jdbc.sql("select exists (select 1 from trade_slice where reporter = :r and partner = :p)")
                .param("r", reporter.value()).param("p", partner.value()).query(Boolean.class).single();
    }

    /**
     * Summarises the figures' index by slice, as a running workbench's autovacuum does soon after an import (V20): a
     * benchmark's process may not have lived that long.
     */
    public void summariseIndex() {
        jdbc.sql("select brin_summarize_new_values('trade_figure_slice')").query(Integer.class).single();
    }
}
