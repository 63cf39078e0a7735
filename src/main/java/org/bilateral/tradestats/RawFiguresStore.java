package org.bilateral.tradestats;

import java.time.LocalDate;
import java.util.List;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind {@link RawFigures}: the figures of the slices held, found by their import and packed slice key. */
@Repository
class RawFiguresStore {

    private final JdbcClient jdbc;

    RawFiguresStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RawFigures.Figure> ofYear(CountryCode reporter, CountryCode partner, Flow flow, int year) {
        return jdbc.sql("""
                        select s.freq, extract(month from s.period)::int, s.hs_level, f.hs_code, f.value_usd
                        from trade_slice s
                        join trade_figure f on f.import_id = s.import_id
                             and f.slice_key = figure_slice_key(s.reporter, s.partner, s.flow, s.freq, s.period, s.hs_level)
                        where s.reporter = :r and s.partner = :p and s.flow = :f and s.period >= :from and s.period < :to""")
                .param("r", reporter.value()).param("p", partner.value()).param("f", flow.code())
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> new RawFigures.Figure(rs.getString(1).charAt(0), year, rs.getInt(2), rs.getInt(3), rs.getString(4),
                        rs.getBigDecimal(5)))
                .list();
    }
}
