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
        template.execute("""
                create temp table affected on commit drop as
                select distinct reporter, partner, flow, extract(year from period)::int as yr from new_slice""");
        refreshTotals();
        template.execute("drop table new_slice");
        template.execute("drop table affected");
        return moved;
    }

    private static final String IN_AFFECTED_YEARS = """
            join affected a on a.reporter = %1$s.reporter and a.partner = %1$s.partner and a.flow = %1$s.flow
             and %1$s.period >= make_date(a.yr, 1, 1) and %1$s.period < make_date(a.yr + 1, 1, 1)""";

    private static String inAffectedYears(String alias) {
        return IN_AFFECTED_YEARS.formatted(alias);
    }

    /** Rebuilds trade_total for the years in the temp table "affected". */
    private void refreshTotals() {
        template.execute("delete from trade_total t using affected a where a.reporter = t.reporter "
                + "and a.partner = t.partner and a.flow = t.flow and t.period >= make_date(a.yr, 1, 1) "
                + "and t.period < make_date(a.yr + 1, 1, 1)");
        // Each product level is summed from the coarsest level the statistics have at or below it:
        // a chapter total from HS2 lines where the file has them (complete), else from HS4, HS6, HS10.
        template.execute("""
                insert into trade_total (reporter, partner, flow, freq, period, level, code, value_usd, months)
                select f.reporter, f.partner, f.flow, f.freq, f.period, l.level, left(f.hs_code, l.digits),
                       sum(f.value_usd), case when f.freq = 'A' then 12 else 1 end
                from (select s.reporter, s.partner, s.flow, s.freq, s.period, t.level, t.digits, min(s.hs_level) as src
                      from trade_slice s
                      %s
                      cross join (values ('total', 0), ('chapter', 2), ('heading', 4), ('subheading', 6)) t(level, digits)
                      where s.hs_level >= t.digits
                      group by 1, 2, 3, 4, 5, 6, 7) l
                join trade_figure f on f.reporter = l.reporter and f.partner = l.partner and f.flow = l.flow
                 and f.period = l.period and f.freq = l.freq and f.hs_level = l.src
                group by f.reporter, f.partner, f.flow, f.freq, f.period, l.level, left(f.hs_code, l.digits)
                """.formatted(inAffectedYears("s")));
        template.execute("""
                insert into trade_total (reporter, partner, flow, freq, period, level, code, value_usd, months)
                select t.reporter, t.partner, t.flow, t.freq, t.period, 'section', coalesce(h.section, '-'),
                       sum(t.value_usd), max(t.months)
                from trade_total t
                %s
                left join hs_code h on h.code = t.code
                where t.level = 'chapter'
                group by t.reporter, t.partner, t.flow, t.freq, t.period, coalesce(h.section, '-')
                """.formatted(inAffectedYears("t")));
        // Sectors are cut from the most detailed level present, where the HS-to-sector map is sharpest.
        template.execute("""
                insert into trade_total (reporter, partner, flow, freq, period, level, code, value_usd, months)
                select t.reporter, t.partner, t.flow, t.freq, t.period, 'sector', coalesce(hs.sector_id, 'other'),
                       sum(t.value_usd), max(t.months)
                from trade_total t
                join (select s.reporter, s.partner, s.flow, s.freq, s.period,
                             case when max(s.hs_level) >= 6 then 'subheading'
                                  when max(s.hs_level) >= 4 then 'heading' else 'chapter' end as level
                      from trade_slice s
                      %s
                      where s.hs_level >= 2
                      group by 1, 2, 3, 4, 5) finest
                  on finest.reporter = t.reporter and finest.partner = t.partner and finest.flow = t.flow
                 and finest.freq = t.freq and finest.period = t.period and finest.level = t.level
                left join hs_sector hs on hs.code = t.code
                group by t.reporter, t.partner, t.flow, t.freq, t.period, coalesce(hs.sector_id, 'other')
                """.formatted(inAffectedYears("s")));
        // A year is the sum of its months where monthly statistics exist, else the figure reported for the year.
        template.execute("""
                insert into trade_total (reporter, partner, flow, freq, period, level, code, value_usd, months)
                select t.reporter, t.partner, t.flow, 'Y', make_date(extract(year from t.period)::int, 1, 1),
                       t.level, t.code, sum(t.value_usd), max(c.months)
                from trade_total t
                %s
                join (select s.reporter, s.partner, s.flow, extract(year from s.period)::int as yr,
                             count(distinct s.period) as months
                      from trade_slice s where s.freq = 'M' group by 1, 2, 3, 4) c
                  on c.reporter = t.reporter and c.partner = t.partner and c.flow = t.flow
                 and c.yr = extract(year from t.period)::int
                where t.freq = 'M'
                group by t.reporter, t.partner, t.flow, extract(year from t.period)::int, t.level, t.code
                """.formatted(inAffectedYears("t")));
        template.execute("""
                insert into trade_total (reporter, partner, flow, freq, period, level, code, value_usd, months)
                select t.reporter, t.partner, t.flow, 'Y', t.period, t.level, t.code, t.value_usd, 12
                from trade_total t
                %s
                where t.freq = 'A'
                  and not exists (select 1 from trade_slice s where s.freq = 'M' and s.reporter = t.reporter
                                  and s.partner = t.partner and s.flow = t.flow
                                  and s.period >= t.period and s.period < (t.period + interval '1 year'))
                """.formatted(inAffectedYears("t")));
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
