package org.bilateral.tradestats.pulling;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.TreeSet;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind which periods of a reporter's statistics are held, so that a pull asks for the others. */
@Repository
class ComtradeHeldStore {

    private final JdbcClient jdbc;

    ComtradeHeldStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The months (or, annual, the Januaries of the years) some import holds of a reporter's flow with a partner, from
     * the slices: a period any import brought in (a downloaded file as much as a pull) counts as held.
     */
    Set<YearMonth> held(CountryCode reporter, CountryCode partner, Flow flow, boolean annual) {
        Set<YearMonth> held = new TreeSet<>();
        jdbc.sql("""
                select distinct period from trade_slice
                where reporter = :reporter and partner = :partner and flow = :flow and freq = :freq""")
                .param("reporter", reporter.value()).param("partner", partner.value()).param("flow", flow.code())
                .param("freq", annual ? "A" : "M")
                .query(LocalDate.class).list().forEach(d -> held.add(YearMonth.from(d)));
        return held;
    }
}
