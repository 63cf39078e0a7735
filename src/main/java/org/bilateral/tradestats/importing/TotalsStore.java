package org.bilateral.tradestats.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.bilateral.reference.HsSection;
import org.bilateral.reference.Nomenclature;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind the product totals every import rebuilds for the years it touches (and a crash recovery rebuilds for
 * all): the lists of trade_total_list, summed from the import's gathered sums or from the figures another import holds.
 * Runs inside the caller's transaction.
 */
@Repository
class TotalsStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final DataSource dataSource;
    private final Nomenclature nomenclature;

    TotalsStore(JdbcClient jdbc, JdbcTemplate template, DataSource dataSource, Nomenclature nomenclature) {
        this.jdbc = jdbc;
        this.template = template;
        this.dataSource = dataSource;
        this.nomenclature = nomenclature;
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
        UpkeepStore.lock(jdbc, "totals rebuild");
        boolean lost = totalsLost();
        if (lost) {
            refreshTotals(jdbc.sql("""
                    select distinct reporter, partner, flow, extract(year from period)::int from trade_slice""")
                    .query((rs, n) -> new YearOfFlow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                    .list(), 0, FigureSums.none());
        }
        return lost;
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
        UpkeepStore.refreshStatisticsIfGrown(jdbc, template, "trade_total_list", written);
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
            Objects.requireNonNull(byPeriod.get(y)).computeIfAbsent(rs.getString(5) + s.period(), p -> new ArrayList<>()).add(s);
        }, (Object[]) yearColumns(years));
        Map<YearOfFlow, Collection<List<HeldSlice>>> held = new LinkedHashMap<>();
        byPeriod.forEach((y, periods) -> held.put(y, periods.values()));
        return held;
    }

    /** Years of flow as four arrays (reporter, partner, flow, year) for unnest(). */
    private static String[] yearColumns(List<YearOfFlow> years) {
        return new String[] {StoreSql.arrayOf(years.stream().map(YearOfFlow::reporter).toList()),
            StoreSql.arrayOf(years.stream().map(YearOfFlow::partner).toList()), StoreSql.arrayOf(years.stream().map(YearOfFlow::flow).toList()),
            StoreSql.arrayOf(years.stream().map(YearOfFlow::year).toList())};
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
            Objects.requireNonNull(Objects.requireNonNull(wanted.get(rs.getLong(1))).get(rs.getInt(2))).put(rs.getString(3), rs.getBigDecimal(4));
        }, StoreSql.arrayOf(keys), StoreSql.arrayOf(levels), StoreSql.arrayOf(digits), importId);
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

}
