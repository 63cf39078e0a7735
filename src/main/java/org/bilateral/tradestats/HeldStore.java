package org.bilateral.tradestats;

import org.bilateral.shared.CountryCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind how much the statistics hold, and the upkeep a benchmark does between its runs. */
@Repository
class HeldStore {

    private final JdbcClient jdbc;

    HeldStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long figures() {
        return jdbc.sql("select count(*) from trade_figure").query(Long.class).single();
    }

    long totals() {
        return jdbc.sql("select count(*) from trade_total").query(Long.class).single();
    }

    boolean holds(CountryCode reporter, CountryCode partner) {
        return jdbc.sql("select exists (select 1 from trade_slice where reporter = :r and partner = :p)")
                .param("r", reporter.value()).param("p", partner.value()).query(Boolean.class).single();
    }

    void summariseIndex() {
        jdbc.sql("select brin_summarize_new_values('trade_figure_slice')").query(Integer.class).single();
    }

    void analyze() {
        jdbc.sql("analyze").update();
    }

    void clear() {
        jdbc.sql("truncate trade_import, trade_figure, trade_figure_replaced, trade_slice, trade_total_list, trade_quantity, published_figure, "
                + "published_figure_replaced cascade").update();
    }
}
