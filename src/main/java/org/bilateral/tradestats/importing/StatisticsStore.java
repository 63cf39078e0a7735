package org.bilateral.tradestats.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.bilateral.reference.HsSection;
import org.bilateral.reference.Nomenclature;
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
    private final Nomenclature nomenclature;

    private final QuantityTotals quantities;

    StatisticsStore(JdbcClient jdbc, JdbcTemplate template, DataSource dataSource, Nomenclature nomenclature,
                    QuantityTotals quantities) {
        this.nomenclature = nomenclature;
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
    long replaceSlices(long importId, Collection<Slice> slices, ToIntFunction<Slice> revisionOf, long figures,
                       FigureSums sums, boolean quantitiesImported) {
        long started = System.currentTimeMillis();
        // Imports of overlapping slices are serialised, one lock per reporter × partner × flow taken in a fixed order:
        // the later sees the earlier's committed figures and replaces them, as if they had run one after the other.
        for (String key : slices.stream().map(s -> "slices " + s.reporter() + " " + s.partner() + " " + s.flow().code())
                .collect(Collectors.toCollection(java.util.TreeSet::new))) {
            lock(key);
        }
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
        }, concat(columns, importId));
        long moved = 0;
        for (Map.Entry<Long, List<Long>> holder : heldBefore.entrySet()) {
            moved += jdbc.sql("""
                    with moved as (
                        delete from trade_figure where import_id = ? and slice_key = any(?::bigint[]) returning *)
                    insert into trade_figure_replaced (import_id, slice_key, hs_code, value_usd, alt_value_usd, valuation,
                           quantity, quantity_unit, net_kg, source_line, reported_hs_code, replaced_by, replaced_at)
                    select m.import_id, m.slice_key, m.hs_code, m.value_usd, m.alt_value_usd, m.valuation, m.quantity,
                           m.quantity_unit, m.net_kg, m.source_line, m.reported_hs_code, ?, now()
                    from moved m""")
                    .params(holder.getKey(), arrayOf(holder.getValue()), importId).update();
        }
        // The slices in the order sliceColumns listed them, for the edition each was reported in.
        List<Slice> listed = List.copyOf(slices);
        template.update("""
                insert into trade_slice (reporter, partner, flow, freq, period, hs_level, hs_revision, import_id)
                select n.*, ? from unnest(?::char(2)[], ?::char(2)[], ?::varchar(2)[], ?::char(1)[], ?::date[], ?::smallint[],
                                          ?::smallint[])
                     n(reporter, partner, flow, freq, period, hs_level, hs_revision)
                on conflict (reporter, partner, flow, freq, period, hs_level)
                do update set import_id = excluded.import_id, hs_revision = excluded.hs_revision""",
                concat(new Object[] {importId}, concat(sliceColumns(listed),
                        arrayOf(listed.stream().map(revisionOf::applyAsInt).toList()))));
        long analyzeStarted = System.currentTimeMillis();
        // The new figures' pages enter the index of figures by import now rather than at the next vacuum: until then every
        // look-up by import would read them as well. (The index by slice is summarised by autovacuum: see V20.) Both this and the statistics below lock the table against another
        // import's doing the same until the transaction ends; imports of disjoint slices overlap in everything else.
        template.query("select brin_summarize_new_values('trade_figure_import')", rs -> { });
        refreshStatisticsIfGrown("trade_figure", figures, "import_id", "slice_key");
        long refreshStarted = System.currentTimeMillis();
        Set<YearOfFlow> years = slices.stream().map(YearOfFlow::of).collect(Collectors.toCollection(LinkedHashSet::new));
        refreshTotals(years, importId, sums);
        long quantitiesStarted = System.currentTimeMillis();
        quantities.refresh(years, quantitiesImported);
        log.debug("import {}: slices replaced in {} ms, table statistics in {} ms, totals rebuilt in {} ms, quantities in {} ms",
                importId, analyzeStarted - started, refreshStarted - analyzeStarted, quantitiesStarted - refreshStarted,
                System.currentTimeMillis() - quantitiesStarted);
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
        double rows = jdbc.sql("select reltuples from pg_class where oid = ?::regclass").param(table)
                .query(Double.class).single();
        if (rows < 0 || added > rows) {
            template.execute("analyze " + table + (columns.length == 0 ? "" : " (" + String.join(", ", columns) + ")"));
        }
    }

    /** Notes the older subheadings an import carried to another HS 2022 number or kept as split (see V36). */
    void recordCarried(long importId, Collection<RevisionCarrier.Noted> noted) {
        template.batchUpdate("""
                insert into trade_revision_code (import_id, reporter, partner, year, hs_revision, reported_code, hs2022_code)
                values (?, ?, ?, ?, ?, ?, ?)""", noted.stream().map(n -> new Object[] {importId, n.reporter().value(),
                n.partner().value(), n.year(), n.revision(), n.reportedCode(), n.hs2022Code()}).toList());
    }

    /** Whether a crash has emptied the unlogged totals while figures remain. */
    boolean totalsLost() {
        return jdbc.sql("select not exists (select 1 from trade_total_list) and exists (select 1 from trade_slice)")
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
    }

    /** A slice of one year of flow as trade_slice holds it: its month or year, HS level and the import holding it. */
    private record HeldSlice(boolean annual, LocalDate period, int hsLevel, long importId) {
    }

    /**
     * Rebuilds the totals of each year of flow. Each product level of a period is summed from one slice, the coarsest
     * the statistics have at or below it (a chapter total from HS2 lines where a file has them, complete, else from HS4,
     * HS6, HS10): where that slice is the import's own, its sums come from what was gathered while the file was read;
     * where another import holds it, from that import's figures, read once for all its slices through the index by import.
     * Everything else (sections, sectors, the year) follows in {@link YearTotals}, and the lists are written with one
     * binary COPY.
     */
    void refreshTotals(Collection<YearOfFlow> years, long importId, FigureSums sums) {
        long own = sums.complete() ? importId : 0;
        BinaryCopy lists = new BinaryCopy();
        long written = 0;
        List<YearOfFlow> all = List.copyOf(years);
        // In batches, so that a rebuild of everything reads each import's figures about once, with a bounded part of the
        // sums in memory.
        for (int from = 0; from < all.size(); from += YEARS_A_BATCH) {
            List<YearOfFlow> batch = all.subList(from, Math.min(all.size(), from + YEARS_A_BATCH));
            Map<YearOfFlow, List<YearTotals.Reported>> reported = new LinkedHashMap<>();
            Map<Long, Map<Long, List<Map<String, BigDecimal>>>> fromFigures = new TreeMap<>();
            heldSlices(batch).forEach((y, periods) -> reported.put(y,
                    periods.stream().map(held -> reported(y, held, own, sums, fromFigures)).toList()));
            fromFigures.forEach(this::sumFromFigures);
            template.update("""
                    delete from trade_total_list t
                    using unnest(?::char(2)[], ?::char(2)[], ?::varchar(2)[], ?::int[]) y(reporter, partner, flow, year)
                    where t.reporter = y.reporter and t.partner = y.partner and t.flow = y.flow
                      and t.period >= make_date(y.year, 1, 1) and t.period < make_date(y.year + 1, 1, 1)""",
                    (Object[]) yearColumns(batch));
            for (Map.Entry<YearOfFlow, List<YearTotals.Reported>> e : reported.entrySet()) {
                YearOfFlow y = e.getKey();
                for (YearTotals.Group g : YearTotals.derive(e.getValue(), this::sectionOfChapter,
                        code -> nomenclature.wholeSectorOf(code).orElse(null))) {
                    appendList(lists, y, g);
                    written++;
                }
                if (lists.size() >= TOTALS_FLUSH_AT) {
                    copyTotals(lists);
                    lists = new BinaryCopy();
                }
            }
        }
        if (lists.rows() > 0) {
            copyTotals(lists);
        }
        refreshStatisticsIfGrown("trade_total_list", written);
    }

    private static final int YEARS_A_BATCH = 64;

    /**
     * The slices of each year of flow, by period: the year reported whole first, then each month; in the order of the
     * years given, each present (a year of flow always has slices: it is named by an import's slices or read from them).
     */
    private Map<YearOfFlow, Collection<List<HeldSlice>>> heldSlices(List<YearOfFlow> years) {
        Map<YearOfFlow, Map<String, List<HeldSlice>>> byPeriod = new LinkedHashMap<>();
        for (YearOfFlow y : years) {
            byPeriod.put(y, new TreeMap<>());
        }
        template.query("""
                select s.reporter, s.partner, s.flow, y.year, s.freq, s.period, s.hs_level, s.import_id
                from unnest(?::char(2)[], ?::char(2)[], ?::varchar(2)[], ?::int[]) y(reporter, partner, flow, year)
                join trade_slice s on s.reporter = y.reporter and s.partner = y.partner and s.flow = y.flow
                 and s.period >= make_date(y.year, 1, 1) and s.period < make_date(y.year + 1, 1, 1)""", rs -> {
            YearOfFlow y = new YearOfFlow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4));
            HeldSlice s = new HeldSlice(rs.getString(5).equals("A"), rs.getObject(6, LocalDate.class), rs.getInt(7),
                    rs.getLong(8));
            // "A" sorts before "M": the year reported whole comes first.
            byPeriod.get(y).computeIfAbsent(rs.getString(5) + s.period(), p -> new ArrayList<>()).add(s);
        }, (Object[]) yearColumns(years));
        Map<YearOfFlow, Collection<List<HeldSlice>>> held = new LinkedHashMap<>();
        byPeriod.forEach((y, periods) -> held.put(y, periods.values()));
        return held;
    }

    /** Years of flow as four arrays (reporter, partner, flow, year) for unnest(). */
    private static String[] yearColumns(List<YearOfFlow> years) {
        return new String[] {arrayOf(years.stream().map(YearOfFlow::reporter).toList()),
            arrayOf(years.stream().map(YearOfFlow::partner).toList()), arrayOf(years.stream().map(YearOfFlow::flow).toList()),
            arrayOf(years.stream().map(YearOfFlow::year).toList())};
    }

    private static final int TOTALS_FLUSH_AT = 8 << 20;

    /**
     * One period's sums by level: the import's own gathered sums where it holds the slice a level is summed from, else
     * an empty map noted in fromFigures under the holding import and the slice's key, to be filled from the figures.
     */
    private static YearTotals.Reported reported(YearOfFlow y, List<HeldSlice> held, long own, FigureSums sums,
                                                Map<Long, Map<Long, List<Map<String, BigDecimal>>>> fromFigures) {
        HeldSlice any = held.get(0);
        List<Map<String, BigDecimal>> byLevel = new ArrayList<>();
        int finest = -1;
        for (HeldSlice s : held) {
            finest = Math.max(finest, s.hsLevel());
        }
        for (int i = 0; i < FigureSums.LEVELS.length; i++) {
            int digits = FigureSums.DIGITS[i];
            HeldSlice source = held.stream().filter(s -> s.hsLevel() >= digits)
                    .min(Comparator.comparingInt(HeldSlice::hsLevel)).orElse(null);
            if (source == null) {
                byLevel.add(Map.of());
                continue;
            }
            Slice slice = new Slice(CountryCode.of(y.reporter()), CountryCode.of(y.partner()), Flow.ofCode(y.flow()),
                    source.annual(), YearMonth.from(source.period()), source.hsLevel());
            if (source.importId() == own) {
                int level = i;
                byLevel.add(sums.of(slice, level).orElseThrow(
                        () -> new IllegalStateException("the import's own slice " + slice + " has no sums")));
            } else {
                Map<String, BigDecimal> filled = new HashMap<>();
                byLevel.add(filled);
                List<Map<String, BigDecimal>> levels = fromFigures.computeIfAbsent(source.importId(), holder -> new LinkedHashMap<>())
                        .computeIfAbsent(slice.key(),
                        k -> new ArrayList<>(Collections.nCopies(FigureSums.LEVELS.length, null)));
                levels.set(i, filled);
            }
        }
        return new YearTotals.Reported(any.annual(), any.period(), byLevel, finest);
    }

    /**
     * Fills the maps noted by slice key and level with the sums of that slice's figures, by the level's code prefix: one
     * statement for the slices one import holds, which reads that import's figures once.
     */
    private void sumFromFigures(long importId, Map<Long, List<Map<String, BigDecimal>>> wanted) {
        List<Long> keys = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        List<Integer> digits = new ArrayList<>();
        wanted.forEach((key, maps) -> {
            for (int i = 0; i < maps.size(); i++) {
                if (maps.get(i) != null) {
                    keys.add(key);
                    levels.add(i);
                    digits.add(FigureSums.DIGITS[i]);
                }
            }
        });
        // Tens of thousands of figures grouped into thousands of sums: hashing them is about a third cheaper than the sorts
        // on text keys the planner picks by default (measured on a year of HS10 lines for ten partners).
        template.execute("set local work_mem = '128MB'");
        template.execute("set local enable_sort = off");
        template.query("""
                select l.slice_key, l.level, left(f.hs_code, l.digits), sum(f.value_usd)
                from trade_figure f
                join unnest(?::bigint[], ?::int[], ?::int[]) l(slice_key, level, digits) on l.slice_key = f.slice_key
                where f.import_id = ?
                group by l.slice_key, l.level, left(f.hs_code, l.digits)""", rs -> {
            wanted.get(rs.getLong(1)).get(rs.getInt(2)).put(rs.getString(3), rs.getBigDecimal(4));
        }, arrayOf(keys), arrayOf(levels), arrayOf(digits), importId);
        template.execute("set local enable_sort to default");
        template.execute("set local work_mem to default");
    }

    private String sectionOfChapter(String chapter) {
        return nomenclature.sectionOfChapter(chapter).map(HsSection::numeral).orElse(YearTotals.NO_SECTION);
    }

    /** One list of totals as a row of binary COPY for trade_total_list. */
    private static void appendList(BinaryCopy b, YearOfFlow y, YearTotals.Group g) {
        b.row(9);
        b.text(y.reporter());
        b.text(y.partner());
        b.text(y.flow());
        b.text(String.valueOf(g.freq()));
        b.date(g.period());
        b.text(g.level());
        b.smallint(g.months());
        String[] codes = g.codes();
        List<BigDecimal> values = new ArrayList<>(codes.length);
        for (String code : codes) {
            values.add(g.values().get(code));
        }
        b.textArray(Arrays.asList(codes));
        b.numericArray(values);
    }

    private void copyTotals(BinaryCopy lists) {
        lists.end();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy trade_total_list (reporter, partner, flow, freq, period, level, months, codes, values_usd)
                    from stdin with (format binary)""", new ByteArrayInputStream(lists.take()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not write the totals: " + e.getMessage(), e);
        }
    }

    private static Object[] concat(Object[] first, Object... rest) {
        Object[] all = Arrays.copyOf(first, first.length + rest.length, Object[].class);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }

    /**
     * The slices as six arrays in the text form PostgreSQL reads ("{US,US}"), one per column of trade_slice's key, for
     * unnest(): one statement for any number of slices. Their elements are country codes, flow codes, A or M, dates and
     * numbers, which need no quoting.
     */
    private static String[] sliceColumns(Collection<Slice> slices) {
        List<List<Object>> columns = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>());
        for (Slice s : slices) {
            columns.get(0).add(s.reporter().value());
            columns.get(1).add(s.partner().value());
            columns.get(2).add(s.flow().code());
            columns.get(3).add(s.annual() ? "A" : "M");
            columns.get(4).add(s.period().atDay(1));
            columns.get(5).add(s.hsLevel());
        }
        return columns.stream().map(StatisticsStore::arrayOf).toArray(String[]::new);
    }

    /** Values that need no quoting (codes, dates, numbers) as an SQL array literal. */
    static String arrayOf(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
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
