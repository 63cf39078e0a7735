package org.bilateral.tradestats.importing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind an import. Every method runs inside the caller's transaction, so an import that
 * fails part-way leaves no trace.
 */
@Repository
public class StatisticsStore {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StatisticsStore.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final DataSource dataSource;

    StatisticsStore(JdbcClient jdbc, JdbcTemplate template, DataSource dataSource) {
        this.jdbc = jdbc;
        this.template = template;
        this.dataSource = dataSource;
    }

    /** An import already on record. */
    public record PriorImport(long id, String fileName, Instant importedAt, String importedBy) {
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

    /**
     * Makes the new import the holder of its slices: figures an earlier import had for them move to
     * trade_figure_replaced, then the totals of every year touched are rebuilt. Returns how many moved.
     */
    long replaceSlices(long importId, Collection<Slice> slices) {
        template.execute("""
                create temp table new_slice (reporter char(2), partner char(2), flow varchar(2), freq char(1),
                                             period date, hs_level smallint) on commit drop""");
        List<Object[]> rows = new ArrayList<>(slices.size());
        for (Slice s : slices) {
            rows.add(new Object[] {s.reporter().value(), s.partner().value(), s.flow().code(), s.annual() ? "A" : "M",
                    java.sql.Date.valueOf(s.period().atDay(1)), s.hsLevel()});
        }
        template.batchUpdate("insert into new_slice values (?, ?, ?, ?, ?, ?)", rows);
        long moved = jdbc.sql("""
                with moved as (
                    delete from trade_figure f using new_slice s
                    where f.reporter = s.reporter and f.partner = s.partner and f.flow = s.flow and f.period = s.period
                      and f.freq = s.freq and f.hs_level = s.hs_level and f.import_id <> ?
                    returning f.*)
                insert into trade_figure_replaced select m.*, ?, now() from moved m""")
                .params(importId, importId).update();
        jdbc.sql("""
                insert into trade_slice (reporter, partner, flow, freq, period, hs_level, import_id)
                select reporter, partner, flow, freq, period, hs_level, ? from new_slice
                on conflict (reporter, partner, flow, freq, period, hs_level) do update set import_id = excluded.import_id""")
                .param(importId).update();
        template.execute("drop table new_slice");
        long refreshStarted = System.currentTimeMillis();
        refreshTotals(slices.stream().map(YearOfFlow::of).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
        log.debug("import {}: totals rebuilt in {} ms", importId, System.currentTimeMillis() - refreshStarted);
        return moved;
    }

    /** After a crash has emptied the unlogged totals, rebuilds them from the figures; true if it had to. */
    public boolean rebuildTotalsIfLost() {
        boolean lost = jdbc.sql("select not exists (select 1 from trade_total) and exists (select 1 from trade_slice)")
                .query(Boolean.class).single();
        if (lost) {
            refreshTotals(jdbc.sql("""
                    select distinct reporter, partner, flow, extract(year from period)::int from trade_slice""")
                    .query((rs, n) -> new YearOfFlow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                    .list());
        }
        return lost;
    }

    /** One reporter's statistics of one flow with one partner in one year: the unit totals are rebuilt in. */
    record YearOfFlow(String reporter, String partner, String flow, int year) {

        static YearOfFlow of(Slice s) {
            return new YearOfFlow(s.reporter().value(), s.partner().value(), s.flow().code(), s.period().getYear());
        }
    }

    /**
     * Rebuilds trade_total for each year of flow. Statements run once per year of flow with its values
     * as parameters, so PostgreSQL plans each on the indexes for exactly that range.
     */
    void refreshTotals(Collection<YearOfFlow> years) {
        template.execute("set local work_mem = '128MB'");
        for (YearOfFlow y : years) {
            Object[] key = {y.reporter(), y.partner(), y.flow(), java.time.LocalDate.of(y.year(), 1, 1),
                    java.time.LocalDate.of(y.year() + 1, 1, 1)};
            template.update("""
                    delete from trade_total where reporter = ? and partner = ? and flow = ? and period >= ? and period < ?""",
                    key);
            // Each product level is summed from the coarsest level the statistics have at or below it:
            // a chapter total from HS2 lines where the file has them (complete), else from HS4, HS6, HS10.
            template.update("""
                    insert into trade_total (reporter, partner, flow, freq, period, level, code, value_usd, months)
                    select f.reporter, f.partner, f.flow, f.freq, f.period, l.level, left(f.hs_code, l.digits),
                           sum(f.value_usd), case when f.freq = 'A' then 12 else 1 end
                    from (select s.freq, s.period, t.level, t.digits, min(s.hs_level) as src
                          from trade_slice s
                          cross join (values ('total', 0), ('chapter', 2), ('heading', 4), ('subheading', 6)) t(level, digits)
                          where s.reporter = ? and s.partner = ? and s.flow = ? and s.period >= ? and s.period < ?
                            and s.hs_level >= t.digits
                          group by 1, 2, 3, 4) l
                    join trade_figure f on f.reporter = ? and f.partner = ? and f.flow = ?
                     and f.period = l.period and f.freq = l.freq and f.hs_level = l.src
                    group by f.reporter, f.partner, f.flow, f.freq, f.period, l.level, left(f.hs_code, l.digits)""",
                    key[0], key[1], key[2], key[3], key[4], key[0], key[1], key[2]);
            template.update("""
                    insert into trade_total (reporter, partner, flow, freq, period, level, code, value_usd, months)
                    select t.reporter, t.partner, t.flow, t.freq, t.period, 'section', coalesce(h.section, '-'),
                           sum(t.value_usd), max(t.months)
                    from trade_total t
                    left join hs_code h on h.code = t.code
                    where t.reporter = ? and t.partner = ? and t.flow = ? and t.period >= ? and t.period < ?
                      and t.level = 'chapter'
                    group by t.reporter, t.partner, t.flow, t.freq, t.period, coalesce(h.section, '-')""", key);
            // Sectors are cut from the most detailed level present, where the HS-to-sector map is sharpest.
            template.update("""
                    insert into trade_total (reporter, partner, flow, freq, period, level, code, value_usd, months)
                    select t.reporter, t.partner, t.flow, t.freq, t.period, 'sector', coalesce(hs.sector_id, 'other'),
                           sum(t.value_usd), max(t.months)
                    from trade_total t
                    join (select s.freq, s.period,
                                 case when max(s.hs_level) >= 6 then 'subheading'
                                      when max(s.hs_level) >= 4 then 'heading' else 'chapter' end as level
                          from trade_slice s
                          where s.reporter = ? and s.partner = ? and s.flow = ? and s.period >= ? and s.period < ?
                            and s.hs_level >= 2
                          group by 1, 2) finest on finest.freq = t.freq and finest.period = t.period and finest.level = t.level
                    left join hs_sector hs on hs.code = t.code
                    where t.reporter = ? and t.partner = ? and t.flow = ? and t.period >= ? and t.period < ?
                    group by t.reporter, t.partner, t.flow, t.freq, t.period, coalesce(hs.sector_id, 'other')""",
                    key[0], key[1], key[2], key[3], key[4], key[0], key[1], key[2], key[3], key[4]);
            // A year is the sum of its months where monthly statistics exist, else the figure reported for the year.
            int months = jdbc.sql("""
                    select count(distinct period) from trade_slice
                    where reporter = ? and partner = ? and flow = ? and freq = 'M' and period >= ? and period < ?""")
                    .params(key).query(Integer.class).single();
            template.update("""
                    insert into trade_total (reporter, partner, flow, freq, period, level, code, value_usd, months)
                    select reporter, partner, flow, 'Y', ?, level, code, sum(value_usd), ?
                    from trade_total
                    where reporter = ? and partner = ? and flow = ? and period >= ? and period < ?
                      and freq = (case when ? > 0 then 'M' else 'A' end)
                    group by reporter, partner, flow, level, code""",
                    key[3], months > 0 ? months : 12, key[0], key[1], key[2], key[3], key[4], months);
        }
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
