package org.bilateral.tradestats.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind an import. Every method runs inside the caller's transaction, so an import that
 * fails part-way leaves no trace.
 */
@Repository
class StatisticsStore {

    private static final Logger log = LoggerFactory.getLogger(StatisticsStore.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final DataSource dataSource;

    StatisticsStore(JdbcClient jdbc, JdbcTemplate template, DataSource dataSource) {
        this.jdbc = jdbc;
        this.template = template;
        this.dataSource = dataSource;
    }

    /** An import already on record. */
    record PriorImport(long id, String fileName, Instant importedAt, String importedBy) {
    }

    Optional<PriorImport> findBySha(String sha256) {
        return jdbc.sql("select id, file_name, imported_at, imported_by from trade_import where sha256 = ?")
                .param(sha256)
                .query((rs, n) -> new PriorImport(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4)))
                .optional();
    }

    long createImport(String format, String fileName, String sha256, String actor) {
        return jdbc.sql("""
                insert into trade_import (dataset, format, file_name, sha256, imported_by, figure_count,
                                          replaced_count, skipped_count, synthetic, summary)
                values ('', ?, ?, ?, ?, 0, 0, 0, false, '') returning id""")
                .params(format, fileName, sha256, actor).query(Long.class).single();
    }

    void completeImport(long id, String dataset, long figures, long replaced, int skipped, boolean synthetic, String summary) {
        jdbc.sql("""
                update trade_import set dataset = ?, figure_count = ?, replaced_count = ?, skipped_count = ?,
                       synthetic = ?, summary = ? where id = ?""")
                .params(dataset, figures, replaced, skipped, synthetic, summary, id).update();
    }

    FigureCopy openCopy(long importId, ReadContext context) throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        return new FigureCopy(connection, importId, context);
    }

    /** A lock held until the transaction ends, on what the key names. */
    void lock(String key) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))::text").param(key).query(String.class).single();
    }

    /**
     * Makes the new import the holder of its slices: figures an earlier import had for them move to
     * trade_figure_replaced, then the totals of every year touched are rebuilt, from the sums the import gathered
     * where it holds the slice. Returns how many moved.
     */
    long replaceSlices(long importId, Collection<Slice> slices, long figures, FigureSums sums) {
        long started = System.currentTimeMillis();
        // Imports of overlapping slices are serialised, one lock per reporter × partner × flow taken in a fixed order:
        // the later sees the earlier's committed figures and replaces them, as if they had run one after the other.
        for (String key : slices.stream().map(s -> "slices " + s.reporter() + " " + s.partner() + " " + s.flow().code())
                .collect(Collectors.toCollection(java.util.TreeSet::new))) {
            lock(key);
        }
        template.execute("""
                create temp table new_slice (reporter char(2), partner char(2), flow varchar(2), freq char(1),
                                             period date, hs_level smallint) on commit drop""");
        List<Object[]> rows = new ArrayList<>(slices.size());
        for (Slice s : slices) {
            rows.add(new Object[] {s.reporter().value(), s.partner().value(), s.flow().code(), s.annual() ? "A" : "M",
                    s.period().atDay(1), s.hsLevel()});
        }
        template.batchUpdate("insert into new_slice values (?, ?, ?, ?, ?, ?)", rows);
        template.execute("analyze new_slice"); // so the delete below seeks the few slices instead of scanning
        long moved = jdbc.sql("""
                with moved as (
                    delete from trade_figure f using new_slice s
                    where f.slice_key = figure_slice_key(s.reporter, s.partner, s.flow, s.freq, s.period, s.hs_level)
                      and f.import_id <> ?
                    returning f.*)
                insert into trade_figure_replaced (import_id, reporter, partner, flow, freq, period, hs_level, hs_code,
                       value_usd, alt_value_usd, valuation, quantity, quantity_unit, net_kg, source_line, slice_key,
                       replaced_by, replaced_at)
                select m.import_id, m.reporter, m.partner, m.flow, m.freq, m.period, m.hs_level, m.hs_code, m.value_usd,
                       m.alt_value_usd, m.valuation, m.quantity, m.quantity_unit, m.net_kg, m.source_line, m.slice_key, ?, now()
                from moved m""")
                .params(importId, importId).update();
        jdbc.sql("""
                insert into trade_slice (reporter, partner, flow, freq, period, hs_level, import_id)
                select reporter, partner, flow, freq, period, hs_level, ? from new_slice
                on conflict (reporter, partner, flow, freq, period, hs_level) do update set import_id = excluded.import_id""")
                .param(importId).update();
        template.execute("drop table new_slice");
        long analyzeStarted = System.currentTimeMillis();
        refreshStatisticsIfGrown("trade_figure", figures);
        long refreshStarted = System.currentTimeMillis();
        refreshTotals(slices.stream().map(YearOfFlow::of).collect(Collectors.toCollection(LinkedHashSet::new)), importId, sums);
        log.debug("import {}: slices replaced in {} ms, table statistics in {} ms, totals rebuilt in {} ms", importId,
                analyzeStarted - started, refreshStarted - analyzeStarted, System.currentTimeMillis() - refreshStarted);
        return moved;
    }

    /**
     * PostgreSQL plans from table statistics that autovacuum refreshes only now and then; after a large
     * import they would still describe the table before it, and the rebuild would scan where it should seek.
     * Refreshed when an import at least doubles the table: plans go wrong on statistics a whole order of magnitude
     * off, not 10 % off, and each refresh of a large table costs about a tenth of a second.
     */
    private void refreshStatisticsIfGrown(String table, long added) {
        double rows = jdbc.sql("select reltuples from pg_class where oid = ?::regclass").param(table)
                .query(Double.class).single();
        if (rows < 0 || added > rows) {
            template.execute("analyze " + table);
        }
    }

    /** Whether a crash has emptied the unlogged totals while figures remain. */
    boolean totalsLost() {
        return jdbc.sql("select not exists (select 1 from trade_total) and exists (select 1 from trade_slice)")
                .query(Boolean.class).single();
    }

    /**
     * After a crash has emptied the unlogged totals, rebuilds them from the figures; true if it had to. Two processes
     * that find them lost at once (a command started beside the server) rebuild them once: the second waits on the lock
     * and then finds them whole.
     */
    boolean rebuildTotalsIfLost() {
        lock("totals rebuild");
        boolean lost = totalsLost();
        if (lost) {
            refreshTotals(jdbc.sql("""
                    select distinct reporter, partner, flow, extract(year from period)::int from trade_slice""")
                    .query((rs, n) -> new YearOfFlow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                    .list(), 0, FigureSums.none());
        }
        return lost;
    }

    /** One reporter's statistics of one flow with one partner in one year: the unit totals are rebuilt in. */
    record YearOfFlow(String reporter, String partner, String flow, int year) {

        static YearOfFlow of(Slice s) {
            return new YearOfFlow(s.reporter().value(), s.partner().value(), s.flow().code(), s.period().getYear());
        }

        LocalDate start() {
            return LocalDate.of(year, 1, 1);
        }

        LocalDate end() {
            return LocalDate.of(year + 1, 1, 1);
        }
    }

    /**
     * Rebuilds trade_total for each year of flow. The new sums are gathered in a temporary table first and only then
     * swapped in, so the rebuild never reads back the large totals table. Each product level of a period is summed
     * from one slice, the coarsest the statistics have at or below it (a chapter total from HS2 lines where a file has
     * them, complete, else from HS4, HS6, HS10): where that slice is the import's own, its sums come from what was
     * gathered while the file was read; where it is another import's, from its figures, through their index.
     */
    /**
     * The slice each level of each period of one year of flow is summed from (the coarsest at or below the level), and
     * the import that holds it. Parameters: reporter, partner, flow, first day, day after, then reporter, partner, flow.
     */
    private static final String SUMMED_FROM = """
            select l.freq, l.period, l.level, l.digits, l.src, h.import_id
            from (select s.freq, s.period, t.level, t.digits, min(s.hs_level) as src
                  from trade_slice s
                  cross join (values %s) t(level, digits)
                  where s.reporter = ? and s.partner = ? and s.flow = ? and s.period >= ? and s.period < ?
                    and s.hs_level >= t.digits
                  group by 1, 2, 3, 4) l
            join trade_slice h on h.reporter = ? and h.partner = ? and h.flow = ? and h.freq = l.freq
             and h.period = l.period and h.hs_level = l.src""".formatted(FigureSums.levelsAsValues());

    /** One level of one period of a year of flow, the HS level of the slice it is summed from, and who holds that slice. */
    private record SummedFrom(String freq, LocalDate period, String level, int src, long importId) {

        /** The import's own sums for this level and period, as lines of COPY text for fresh_total. */
        void appendGathered(YearOfFlow y, FigureSums sums, StringBuilder lines) {
            int index = FigureSums.level(level);
            Slice slice = new Slice(CountryCode.of(y.reporter()), CountryCode.of(y.partner()), Flow.ofCode(y.flow()),
                    freq.equals("A"), YearMonth.from(period), src);
            Map<String, BigDecimal> byCode = sums.of(slice, index)
                    .orElseThrow(() -> new IllegalStateException("the import's own slice " + slice + " has no sums"));
            byCode.forEach((code, sum) -> lines.append(y.reporter()).append('\t').append(y.partner()).append('\t')
                    .append(y.flow()).append('\t').append(freq).append('\t').append(period).append('\t').append(level)
                    .append('\t').append(code).append('\t').append(sum.toPlainString()).append('\t')
                    .append(freq.equals("A") ? 12 : 1).append('\n'));
        }
    }

    void refreshTotals(Collection<YearOfFlow> years, long importId, FigureSums sums) {
        template.execute("set local work_mem = '128MB'");
        // The driver prepares statements it runs often; a generic plan ignores the one year it is asked for.
        template.execute("set local plan_cache_mode = force_custom_plan");
        // The sums group tens of thousands of rows into thousands: hashing them is about a third cheaper than the
        // sorts on text keys the planner picks by default, and a hash join to the sector map cheaper than a look-up
        // per row. Measured on a year of HS10 lines for ten partners; reset before the totals are written back.
        template.execute("set local enable_sort = off");
        template.execute("set local enable_incremental_sort = off");
        template.execute("create temp table fresh_total (like trade_total) on commit drop");
        long own = sums.complete() ? importId : 0;
        StringBuilder gathered = new StringBuilder();
        for (YearOfFlow y : years) {
            Object[] where = {y.reporter(), y.partner(), y.flow(), y.start(), y.end(), y.reporter(), y.partner(), y.flow()};
            boolean othersHold = true;
            if (own != 0) {
                // The import's own slices are summed already; the figures are read only for slices other imports hold.
                othersHold = false;
                for (SummedFrom source : template.query(SUMMED_FROM, (rs, n) -> new SummedFrom(rs.getString(1),
                        rs.getObject(2, LocalDate.class), rs.getString(3), rs.getInt(5), rs.getLong(6)), where)) {
                    if (source.importId() == own) {
                        source.appendGathered(y, sums, gathered);
                    } else {
                        othersHold = true;
                    }
                }
            }
            if (othersHold) {
                template.update("""
                        insert into fresh_total (reporter, partner, flow, freq, period, level, code, value_usd, months)
                        select ?, ?, ?, l.freq, l.period, l.level, left(f.hs_code, l.digits),
                               sum(f.value_usd), case when l.freq = 'A' then 12 else 1 end
                        from (%s) l
                        -- lateral: one index look-up per slice, never a scan of the partner's other years
                        cross join lateral (select hs_code, value_usd from trade_figure
                                            where slice_key = figure_slice_key(?, ?, ?, l.freq, l.period, l.src::smallint)) f
                        where l.import_id <> ?
                        group by l.freq, l.period, l.level, left(f.hs_code, l.digits)""".formatted(SUMMED_FROM),
                        concat(new Object[] {y.reporter(), y.partner(), y.flow()}, where,
                                new Object[] {y.reporter(), y.partner(), y.flow(), own}));
            }
        }
        if (!gathered.isEmpty()) {
            copyIntoFreshTotals(gathered);
        }
        template.execute("analyze fresh_total");
        template.execute("set local enable_nestloop = off");
        template.update("""
                insert into fresh_total (reporter, partner, flow, freq, period, level, code, value_usd, months)
                select t.reporter, t.partner, t.flow, t.freq, t.period, 'section', coalesce(h.section, '-'),
                       sum(t.value_usd), max(t.months)
                from fresh_total t
                left join hs_code h on h.code = t.code
                where t.level = 'chapter'
                group by t.reporter, t.partner, t.flow, t.freq, t.period, coalesce(h.section, '-')""");
        // Sectors are cut from the most detailed level present, where the HS-to-sector map is sharpest.
        template.update("""
                insert into fresh_total (reporter, partner, flow, freq, period, level, code, value_usd, months)
                select t.reporter, t.partner, t.flow, t.freq, t.period, 'sector', coalesce(hs.sector_id, 'other'),
                       sum(t.value_usd), max(t.months)
                from fresh_total t
                join (select s.reporter, s.partner, s.flow, s.freq, s.period,
                             case when max(s.hs_level) >= 6 then 'subheading'
                                  when max(s.hs_level) >= 4 then 'heading' else 'chapter' end as level
                      from trade_slice s
                      join (select distinct reporter, partner, flow, freq, period from fresh_total) k
                        on k.reporter = s.reporter and k.partner = s.partner and k.flow = s.flow
                       and k.freq = s.freq and k.period = s.period
                      where s.hs_level >= 2
                      group by 1, 2, 3, 4, 5) finest
                  on finest.reporter = t.reporter and finest.partner = t.partner and finest.flow = t.flow
                 and finest.freq = t.freq and finest.period = t.period and finest.level = t.level
                left join hs_sector hs on hs.code = t.code
                group by t.reporter, t.partner, t.flow, t.freq, t.period, coalesce(hs.sector_id, 'other')""");
        // A year is the sum of its months where monthly statistics exist, else the figure reported for the year.
        template.update("""
                insert into fresh_total (reporter, partner, flow, freq, period, level, code, value_usd, months)
                select t.reporter, t.partner, t.flow, 'Y', date_trunc('year', t.period::timestamp)::date, t.level, t.code,
                       sum(t.value_usd), max(coalesce(c.months, 12))
                from fresh_total t
                left join (select s.reporter, s.partner, s.flow, date_trunc('year', s.period::timestamp)::date as year,
                                  count(distinct s.period)::smallint as months
                           from trade_slice s
                           join (select distinct reporter, partner, flow, period from fresh_total where freq = 'M') k
                             on k.reporter = s.reporter and k.partner = s.partner and k.flow = s.flow and k.period = s.period
                           where s.freq = 'M'
                           group by 1, 2, 3, 4) c
                  on c.reporter = t.reporter and c.partner = t.partner and c.flow = t.flow
                 and c.year = date_trunc('year', t.period::timestamp)::date
                where t.freq = case when c.months is null then 'A' else 'M' end
                group by t.reporter, t.partner, t.flow, date_trunc('year', t.period::timestamp)::date, t.level, t.code""");
        template.execute("set local enable_sort = on");
        template.execute("set local enable_incremental_sort = on");
        template.execute("set local enable_nestloop = on");
        for (YearOfFlow y : years) {
            template.update("""
                    delete from trade_total where reporter = ? and partner = ? and flow = ? and period >= ? and period < ?""",
                    y.reporter(), y.partner(), y.flow(), y.start(), y.end());
        }
        refreshStatisticsIfGrown("trade_total", template.update("insert into trade_total select * from fresh_total"));
        template.execute("drop table fresh_total");
    }

    private void copyIntoFreshTotals(StringBuilder rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy fresh_total (reporter, partner, flow, freq, period, level, code, value_usd, months) from stdin",
                    new ByteArrayInputStream(bytes));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not write the gathered totals: " + e.getMessage(), e);
        }
    }

    private static Object[] concat(Object[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray();
    }

    /** Stores published figures; a figure for the same period, sides and statistics replaces the earlier one. */
    long storePublished(long importId, List<PublishedFigure> figures) {
        long replaced = 0;
        for (PublishedFigure p : figures) {
            replaced += jdbc.sql("""
                    with moved as (
                        delete from published_figure where reporter = ? and partner = ? and flow = ?
                           and first_month = ? and last_month = ? and statistics_of = ? returning *)
                    insert into published_figure_replaced select m.*, ?, now() from moved m""")
                    .params(p.reporter().value(), p.partner().value(), p.flow().code(),
                            p.period().first().atDay(1), p.period().last().atDay(1), p.statisticsOf(), importId)
                    .update();
            jdbc.sql("""
                    insert into published_figure (import_id, reporter, partner, flow, first_month, last_month, value_usd,
                                                  statistics_of, source_url, note, source_line)
                    values (?, ?, ?, ?, ?, ?, ?::numeric, ?, ?, ?, ?)""")
                    .params(importId, p.reporter().value(), p.partner().value(), p.flow().code(),
                            p.period().first().atDay(1), p.period().last().atDay(1), p.valueUsd(), p.statisticsOf(),
                            p.sourceUrl(), p.note(), p.sourceLine())
                    .update();
        }
        return replaced;
    }
}
