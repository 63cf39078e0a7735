package org.bilateral.tradestats;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.bilateral.shared.CountryCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of {@link StatisticsChanges}: the months imports brought after a moment, and the all-products totals of months. */
@Repository
class StatisticsChangesStore {

    /**
     * A month of one flow that imports made after the moment hold now: the latest such import's time, the datasets they
     * came from, whether any is demonstration data, and whether it replaced figures held before (a revision).
     */
    record Arrival(CountryCode reporter, CountryCode partner, String flow, YearMonth month, Instant at, String datasets,
                   boolean synthetic, boolean revised) {
    }

    /** A month's all-products total of one flow. */
    record MonthTotal(String flow, YearMonth month, BigDecimal valueUsd) {
    }

    private final JdbcClient jdbc;

    StatisticsChangesStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The months of exports and imports between the two countries, either way round, held by imports made after
     * {@code since}. A slice counts as revised when the import holding it moved figures of that slice aside
     * (trade_figure_replaced, replaced_by): an earlier import held it.
     */
    List<Arrival> arrivals(Instant since, CountryCode a, CountryCode b) {
        return jdbc.sql("""
                        with recent as (select id, dataset, imported_at, synthetic from trade_import where imported_at > :since),
                             revised as (select distinct replaced_by, slice_key from trade_figure_replaced
                                         where replaced_by in (select id from recent))
                        select s.reporter, s.partner, s.flow, s.period, max(i.imported_at),
                               string_agg(distinct i.dataset, ', ' order by i.dataset), bool_or(i.synthetic),
                               bool_or(r.replaced_by is not null)
                        from trade_slice s join recent i on i.id = s.import_id
                        left join revised r on r.replaced_by = s.import_id
                             and r.slice_key = figure_slice_key(s.reporter, s.partner, s.flow, s.freq, s.period, s.hs_level)
                        where s.freq = 'M' and s.flow in ('X', 'M')
                          and ((s.reporter = :a and s.partner = :b) or (s.reporter = :b and s.partner = :a))
                        group by s.reporter, s.partner, s.flow, s.period
                        order by s.reporter, s.partner, s.period, s.flow""")
                .param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC)).param("a", a.value()).param("b", b.value())
                .query((rs, n) -> new Arrival(CountryCode.of(rs.getString(1)), CountryCode.of(rs.getString(2)), rs.getString(3),
                        YearMonth.from(rs.getObject(4, LocalDate.class)), rs.getObject(5, OffsetDateTime.class).toInstant(),
                        rs.getString(6), rs.getBoolean(7), rs.getBoolean(8)))
                .list();
    }

    /** The all-products totals of exports and imports the reporter holds for these months. */
    List<MonthTotal> totals(CountryCode reporter, CountryCode partner, Collection<YearMonth> months) {
        return jdbc.sql("""
                        select flow, period, sum(value_usd) from trade_total
                        where reporter = :r and partner = :p and level = 'total' and freq = 'M' and flow in ('X', 'M')
                          and period = any(cast(:months as date[]))
                        group by flow, period""")
                .param("r", reporter.value()).param("p", partner.value())
                .param("months", months.stream().map(m -> m.atDay(1).toString()).toArray(String[]::new))
                .query((rs, n) -> new MonthTotal(rs.getString(1), YearMonth.from(rs.getObject(2, LocalDate.class)), rs.getBigDecimal(3)))
                .list();
    }
}
