package org.bilateral.tradestats.importing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Set;
import java.util.TreeMap;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import javax.sql.DataSource;
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

    private final QuantityStore quantities;
    private final TotalsStore totals;

    StatisticsStore(JdbcClient jdbc, JdbcTemplate template, DataSource dataSource, QuantityStore quantities,
                    TotalsStore totals) {
        this.totals = totals;
        this.quantities = quantities;
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
                values ('', :format, :fileName, :sha256, :actor, 0, 0, 0, false, '') returning id""")
                .param("format", format).param("fileName", fileName).param("sha256", sha256).param("actor", actor)
                .query(Long.class).single();
    }

    void completeImport(long id, String dataset, long figures, long replaced, int skipped, boolean synthetic, String summary) {
        jdbc.sql("""
                update trade_import set dataset = :dataset, figure_count = :figures, replaced_count = :replaced,
                       skipped_count = :skipped, synthetic = :synthetic, summary = :summary where id = :id""")
                .param("dataset", dataset).param("figures", figures).param("replaced", replaced).param("skipped", skipped)
                .param("synthetic", synthetic).param("summary", summary).param("id", id).update();
    }

    FigureCopy openCopy(long importId, ReadContext context) throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        return new FigureCopy(connection, importId, context);
    }

    /** A lock held until the transaction ends, on what the key names. */
    void lock(String key) {
        UpkeepStore.lock(jdbc, key);
    }

    /**
     * Makes the new import the holder of its slices: figures an earlier import had for them move to
     * trade_figure_replaced, then the totals of every year touched are rebuilt, from the sums the import gathered
     * where it holds the slice. Returns how many moved.
     */
    long replaceSlices(long importId, Collection<Slice> slices, ToIntFunction<Slice> revisionOf, long figures,
                       FigureSums sums, boolean quantitiesImported) {
        long started = System.currentTimeMillis();
        // Imports of overlapping slices are serialised, one lock per reporter × partner × flow taken in a fixed order:
        // the later sees the earlier's committed figures and replaces them, as if they had run one after the other.
        for (String key : slices.stream().map(s -> "slices " + s.reporter() + " " + s.partner() + " " + s.flow().code())
                .collect(Collectors.toCollection(java.util.TreeSet::new))) {
            lock(key);
        }
        long moved = moveReplaced(importId, slices);
        // The slices in the order sliceColumns listed them, for the edition each was reported in.
        List<Slice> listed = List.copyOf(slices);
        template.update("""
                insert into trade_slice (reporter, partner, flow, freq, period, hs_level, hs_revision, import_id)
                select n.*, ? from unnest(?::char(2)[], ?::char(2)[], ?::varchar(2)[], ?::char(1)[], ?::date[], ?::smallint[],
                                          ?::smallint[])
                     n(reporter, partner, flow, freq, period, hs_level, hs_revision)
                on conflict (reporter, partner, flow, freq, period, hs_level)
                do update set import_id = excluded.import_id, hs_revision = excluded.hs_revision""",
                StoreSql.concat(new Object[] {importId}, StoreSql.concat(sliceColumns(listed),
                        StoreSql.arrayOf(listed.stream().map(revisionOf::applyAsInt).toList()))));
        long analyzeStarted = System.currentTimeMillis();
        // The new figures' pages enter the index of figures by import now rather than at the next vacuum: until then every
        // look-up by import would read them as well. (The index by slice is summarised by autovacuum: see V20.) Both this and the statistics below lock the table against another
        // import's doing the same until the transaction ends; imports of disjoint slices overlap in everything else.
        template.query("select brin_summarize_new_values('trade_figure_import')", rs -> { });
        refreshStatisticsIfGrown("trade_figure", figures, "import_id", "slice_key");
        long refreshStarted = System.currentTimeMillis();
        Set<YearOfFlow> years = slices.stream().map(YearOfFlow::of).collect(Collectors.toCollection(LinkedHashSet::new));
        totals.refreshTotals(years, importId, sums);
        long quantitiesStarted = System.currentTimeMillis();
        quantities.refresh(years, quantitiesImported);
        log.debug("import {}: slices replaced in {} ms, table statistics in {} ms, totals rebuilt in {} ms, quantities in {} ms",
                importId, analyzeStarted - started, refreshStarted - analyzeStarted, quantitiesStarted - refreshStarted,
                System.currentTimeMillis() - quantitiesStarted);
        return moved;
    }

    /**
     * Moves the figures other imports hold for these slices to trade_figure_replaced; returns how many moved. The slices'
     * present holders are found through trade_slice's key, and their figures read one import at a time through the index
     * of figures by import.
     */
    private long moveReplaced(long importId, Collection<Slice> slices) {
        String[] columns = sliceColumns(slices);
        // The slices' present holders, found through trade_slice's key; their figures move to trade_figure_replaced,
        // read one import at a time through the index of figures by import.
        Map<Long, List<Long>> heldBefore = new TreeMap<>();
        template.query("""
                select s.import_id, figure_slice_key(s.reporter, s.partner, s.flow, s.freq, s.period, s.hs_level)
                from unnest(?::char(2)[], ?::char(2)[], ?::varchar(2)[], ?::char(1)[], ?::date[], ?::smallint[])
                     n(reporter, partner, flow, freq, period, hs_level)
                join trade_slice s on s.reporter = n.reporter and s.partner = n.partner and s.flow = n.flow
                 and s.freq = n.freq and s.period = n.period and s.hs_level = n.hs_level
                where s.import_id <> ?""", rs -> {
            heldBefore.computeIfAbsent(rs.getLong(1), i -> new ArrayList<>()).add(rs.getLong(2));
        }, StoreSql.concat(columns, importId));
        long moved = 0;
        for (Map.Entry<Long, List<Long>> holder : heldBefore.entrySet()) {
            moved += jdbc.sql("""
                    with moved as (
                        delete from trade_figure where import_id = :holder and slice_key = any(:keys::bigint[]) returning *)
                    insert into trade_figure_replaced (import_id, slice_key, hs_code, value_usd, alt_value_usd, valuation,
                           quantity, quantity_unit, net_kg, source_line, reported_hs_code, replaced_by, replaced_at)
                    select m.import_id, m.slice_key, m.hs_code, m.value_usd, m.alt_value_usd, m.valuation, m.quantity,
                           m.quantity_unit, m.net_kg, m.source_line, m.reported_hs_code, :importId, now()
                    from moved m""")
                    .param("holder", holder.getKey()).param("keys", StoreSql.arrayOf(holder.getValue()))
                    .param("importId", importId).update();
        }
        return moved;
    }

    /**
     * PostgreSQL plans from table statistics that autovacuum refreshes only now and then; after a large
     * import they would still describe the table before it, and the rebuild would scan where it should seek.
     * Refreshed when an import at least doubles the table: plans go wrong on statistics a whole order of magnitude
     * off, not 10 % off, and each refresh of a large table costs about a tenth of a second. Only the columns the
     * queries select by, where given: the figures' other columns cost the sampling several times as much and steer nothing.
     */
    private void refreshStatisticsIfGrown(String table, long added, String... columns) {
        UpkeepStore.refreshStatisticsIfGrown(jdbc, template, table, added, columns);
    }

    /** Notes the older subheadings an import carried to another HS 2022 number or kept as split (see V36). */
    void recordCarried(long importId, Collection<RevisionCarrier.Noted> noted) {
        template.batchUpdate("""
                insert into trade_revision_code (import_id, reporter, partner, year, hs_revision, reported_code, hs2022_code)
                values (?, ?, ?, ?, ?, ?, ?)""", noted.stream().map(n -> new Object[] {importId, n.reporter().value(),
                n.partner().value(), n.year(), n.revision(), n.reportedCode(), n.hs2022Code()}).toList());
    }


    /**
     * The slices as six arrays in the text form PostgreSQL reads ("{US,US}"), one per column of trade_slice's key, for
     * unnest(): one statement for any number of slices. Their elements are country codes, flow codes, A or M, dates and
     * numbers, which need no quoting.
     */
    private static String[] sliceColumns(Collection<Slice> slices) {
        return new String[] {StoreSql.arrayOf(slices.stream().map(s -> s.reporter().value()).toList()),
            StoreSql.arrayOf(slices.stream().map(s -> s.partner().value()).toList()),
            StoreSql.arrayOf(slices.stream().map(s -> s.flow().code()).toList()),
            StoreSql.arrayOf(slices.stream().map(s -> s.annual() ? "A" : "M").toList()),
            StoreSql.arrayOf(slices.stream().map(s -> s.period().atDay(1)).toList()),
            StoreSql.arrayOf(slices.stream().map(Slice::hsLevel).toList())};
    }


    /** Stores published figures; a figure for the same period, sides and statistics replaces the earlier one. */
    long storePublished(long importId, List<PublishedFigure> figures) {
        long replaced = 0;
        for (PublishedFigure p : figures) {
            replaced += jdbc.sql("""
                    with moved as (
                        delete from published_figure where reporter = :reporter and partner = :partner and flow = :flow
                           and first_month = :firstMonth and last_month = :lastMonth and statistics_of = :statisticsOf returning *)
                    insert into published_figure_replaced select m.*, :importId, now() from moved m""")
                    .param("reporter", p.reporter().value()).param("partner", p.partner().value()).param("flow", p.flow().code())
                    .param("firstMonth", p.period().first().atDay(1)).param("lastMonth", p.period().last().atDay(1))
                    .param("statisticsOf", p.statisticsOf()).param("importId", importId).update();
            jdbc.sql("""
                    insert into published_figure (import_id, reporter, partner, flow, first_month, last_month, value_usd,
                                                  statistics_of, source_url, note, source_line)
                    values (:importId, :reporter, :partner, :flow, :firstMonth, :lastMonth, cast(:valueUsd as numeric),
                            :statisticsOf, :sourceUrl, :note, :sourceLine)""")
                    .param("importId", importId).param("reporter", p.reporter().value()).param("partner", p.partner().value())
                    .param("flow", p.flow().code()).param("firstMonth", p.period().first().atDay(1))
                    .param("lastMonth", p.period().last().atDay(1)).param("valueUsd", p.valueUsd())
                    .param("statisticsOf", p.statisticsOf()).param("sourceUrl", p.sourceUrl(), java.sql.Types.VARCHAR)
                    .param("note", p.note(), java.sql.Types.VARCHAR).param("sourceLine", p.sourceLine())
                    .update();
        }
        return replaced;
    }
}
