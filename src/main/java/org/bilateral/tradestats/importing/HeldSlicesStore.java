package org.bilateral.tradestats.importing;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind which slices each year's figures are read from ({@link HeldSlices}). */
@Repository
class HeldSlicesStore {

    private final JdbcClient jdbc;

    HeldSlicesStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each period's most detailed slices, monthly and annual alike: the caller keeps the frequency each year is read in. */
    List<HeldSlices.Slice> mostDetailedSlices(String reporter, String partner, String flow, int fromYear, int toYear) {
        return jdbc.sql("""
                        select import_id, figure_slice_key(reporter, partner, flow, freq, period, hs_level),
                               extract(year from period)::int, freq, hs_level
                        from (select t.*, max(hs_level) over (partition by freq, period) as top from trade_slice t
                              where reporter = :r and partner = :p and flow = :f and period >= :from and period < :to) x
                        where hs_level = top""")
                .param("r", reporter).param("p", partner).param("f", flow)
                .param("from", LocalDate.of(fromYear, 1, 1)).param("to", LocalDate.of(toYear + 1, 1, 1))
                .query((rs, n) -> new HeldSlices.Slice(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4).charAt(0),
                        rs.getInt(5)))
                .list();
    }

    /** Each year's detail in each frequency it is held in (a year may have both months and an annual figure). */
    List<HeldSlices.Detail> details(String reporter, String partner, String flow, int fromYear, int toYear) {
        return jdbc.sql("""
                        select year, freq, min(top), count(*) from (
                            select extract(year from period)::int as year, freq, period, max(hs_level) as top from trade_slice
                            where reporter = :r and partner = :p and flow = :f and period >= :from and period < :to
                            group by 1, 2, 3) s
                        group by 1, 2""")
                .param("r", reporter).param("p", partner).param("f", flow)
                .param("from", LocalDate.of(fromYear, 1, 1)).param("to", LocalDate.of(toYear + 1, 1, 1))
                .query((rs, n) -> new HeldSlices.Detail(rs.getInt(1), rs.getString(2).charAt(0), rs.getInt(3), rs.getInt(4)))
                .list();
    }
}
