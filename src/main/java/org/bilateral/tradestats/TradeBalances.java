package org.bilateral.tradestats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bilateral.tradestats.importing.TotalsState;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Granularity;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases: the bilateral balance, the mirror comparison, top products and movers, published figures. */
@Service
@Transactional(readOnly = true)
public class TradeBalances {

    private final JdbcClient jdbc;
    private final ProductLabels labels;
    private final TradeStatisticsProperties properties;
    private final TotalsState totals;

    TradeBalances(JdbcClient jdbc, ProductLabels labels, TradeStatisticsProperties properties, TotalsState totals) {
        this.totals = totals;
        this.jdbc = jdbc;
        this.labels = labels;
        this.properties = properties;
    }

    private record Key(String period, String code) {
    }

    private record Cell(BigDecimal exports, BigDecimal imports, int months) {
    }

    public Balance balance(BalanceRequest request) {
        totals.requireWhole();
        String reporter = request.reporter().value();
        String partner = request.partner().value();
        String level = request.level().label();
        LocalDate from = request.fromYear() == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(request.fromYear() - 1, 1, 1);
        LocalDate to = request.toYear() == null ? LocalDate.of(2999, 12, 31) : LocalDate.of(request.toYear(), 12, 31);
        List<String> codes = chosenCodes(request, level, from, to);

        String bucket;
        String freq;
        String monthFilter = "";
        int ytdMonth = 12;
        switch (request.by()) {
            case MONTH -> { bucket = "period"; freq = "M"; }
            case QUARTER -> { bucket = "date_trunc('quarter', period)::date"; freq = "M"; }
            case YTD -> {
                bucket = "date_trunc('year', period)::date";
                freq = "M";
                ytdMonth = latestMonth(reporter, partner).map(YearMonth::getMonthValue).orElse(12);
                monthFilter = " and extract(month from period) <= " + ytdMonth;
            }
            default -> { bucket = "period"; freq = "Y"; }
        }
        String sql = """
                select %s as bucket, code,
                       sum(value_usd) filter (where flow = 'X') as exports,
                       sum(value_usd) filter (where flow = 'M') as imports,
                       %s as months
                from trade_total
                where reporter = :reporter and partner = :partner and level = :level and freq = :freq
                  and period between :from and :to %s %s
                group by 1, 2
                """.formatted(bucket, freq.equals("Y") ? "min(months)" : "count(distinct period)",
                monthFilter, codes == null ? "" : "and code in (select unnest(cast(:codes as text[])))");
        var spec = jdbc.sql(sql).param("reporter", reporter).param("partner", partner).param("level", level)
                .param("freq", freq).param("from", from).param("to", to);
        if (codes != null) {
            spec = spec.param("codes", codes.toArray(String[]::new));
        }
        Map<Key, Cell> cells = new HashMap<>();
        final int ytd = ytdMonth;
        spec.query(rs -> {
            LocalDate bucketStart = rs.getObject(1, LocalDate.class);
            String period = periodLabel(request.by(), bucketStart, ytd);
            cells.put(new Key(period, rs.getString(2)), new Cell(rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getInt(5)));
        });

        List<Source> sources = sources(request.reporter(), request.partner());
        Map<Integer, YearProvenance> provenance = provenanceByYear(request.reporter(), request.partner());
        int firstYear = request.fromYear() == null ? Integer.MIN_VALUE : request.fromYear();
        List<Balance.Row> rows = new ArrayList<>();
        cells.forEach((key, cell) -> {
            int year = Integer.parseInt(key.period().substring(0, 4));
            if (year < firstYear) {
                return; // fetched only as the year-earlier comparison of the first year shown
            }
            Cell earlier = cells.get(new Key(yearEarlier(key.period()), key.code()));
            BigDecimal exports = zero(cell.exports());
            BigDecimal imports = zero(cell.imports());
            rows.add(new Balance.Row(key.period(), key.code(), labels.label(request.level(), key.code()), exports, imports,
                    exports.subtract(imports),
                    earlier == null ? null : zero(earlier.exports()), earlier == null ? null : zero(earlier.imports()),
                    earlier == null ? null : zero(earlier.exports()).subtract(zero(earlier.imports())),
                    earlier == null ? null : change(exports, zero(earlier.exports())),
                    earlier == null ? null : change(imports, zero(earlier.imports())),
                    cell.months(), provenance.getOrDefault(year, YearProvenance.NONE).datasets(),
                    provenance.getOrDefault(year, YearProvenance.NONE).synthetic()));
        });
        rows.sort(Comparator.comparing(Balance.Row::period)
                .thenComparing(r -> r.exports().add(r.imports()), Comparator.reverseOrder())
                .thenComparing(Balance.Row::code));
        boolean synthetic = rows.stream().anyMatch(Balance.Row::synthetic);
        return new Balance(request.reporter(), request.partner(), request.by(), request.level(), rows, sources, synthetic,
                published(request.reporter(), request.partner()));
    }

    /** The largest products over the range, as many as the request lists; null means every code. */
    private List<String> chosenCodes(BalanceRequest request, String level, LocalDate from, LocalDate to) {
        if (request.productLimit().isEmpty()) {
            return null;
        }
        return jdbc.sql("""
                select code from trade_total
                where reporter = ? and partner = ? and level = ? and freq = 'Y' and period between ? and ?
                group by code order by sum(value_usd) desc, code limit ?""")
                .params(request.reporter().value(), request.partner().value(), level, from, to, request.productLimit().getAsInt())
                .query(String.class).list();
    }

    private Optional<YearMonth> latestMonth(String reporter, String partner) {
        LocalDate latest = jdbc.sql("""
                select max(period) from trade_total where reporter = ? and partner = ? and level = 'total' and freq = 'M'""")
                .params(reporter, partner).query(LocalDate.class).optional().orElse(null);
        return Optional.ofNullable(latest).map(YearMonth::from);
    }

    private static String periodLabel(Granularity by, LocalDate start, int ytdMonth) {
        YearMonth month = YearMonth.from(start);
        return switch (by) {
            case MONTH -> month.toString();
            case QUARTER -> Period.quarter(month.getYear(), (month.getMonthValue() + 2) / 3).toString();
            case YTD -> ytdMonth == 12 ? Integer.toString(month.getYear())
                    : new Period(YearMonth.of(month.getYear(), 1), YearMonth.of(month.getYear(), ytdMonth)).toString();
            case YEAR -> Integer.toString(month.getYear());
        };
    }

    private static String yearEarlier(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        String earlier = Integer.toString(year - 1);
        String rest = period.substring(4);
        return rest.contains("/") ? earlier + rest.replace("/" + year, "/" + earlier) : earlier + rest;
    }

    static BigDecimal change(BigDecimal now, BigDecimal before) {
        if (before.signum() == 0) {
            return null;
        }
        return now.subtract(before).divide(before, 4, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    public Mirror mirror(MirrorRequest request) {
        totals.requireWhole();
        String level = request.level().label();
        LocalDate year = LocalDate.of(request.year(), 1, 1);
        BigDecimal factor = properties.cifFobFactor();
        int lag = properties.shippingLagMonths();
        Mirror.Direction aToB = direction(request.a(), request.b(), year, request.level(), level, factor, lag, request.top());
        Mirror.Direction bToA = direction(request.b(), request.a(), year, request.level(), level, factor, lag, request.top());
        List<Source> sources = new ArrayList<>(sources(request.a(), request.b()));
        sources.addAll(sources(request.b(), request.a()));
        boolean synthetic = isSynthetic(request.a(), request.b(), request.year())
                || isSynthetic(request.b(), request.a(), request.year());
        return new Mirror(request.a(), request.b(), request.year(), request.level(), factor, lag, aToB, bToA, sources,
                synthetic);
    }

    private Mirror.Direction direction(CountryCode exporter, CountryCode importer, LocalDate year, HsLevel hsLevel,
                                       String level, BigDecimal factor, int lag, int top) {
        Map<String, BigDecimal[]> byCode = new LinkedHashMap<>();
        int[] months = new int[2];
        jdbc.sql("""
                select code, reporter = :exporter as exporter_side, value_usd, months from trade_total
                where freq = 'Y' and period = :year and level = :level
                  and ((reporter = :exporter and partner = :importer and flow = 'X')
                    or (reporter = :importer and partner = :exporter and flow = 'M'))""")
                .param("exporter", exporter.value()).param("importer", importer.value()).param("year", year)
                .param("level", level)
                .query(rs -> {
                    int side = rs.getBoolean(2) ? 0 : 1;
                    byCode.computeIfAbsent(rs.getString(1), c -> new BigDecimal[2])[side] = rs.getBigDecimal(3);
                    months[side] = Math.max(months[side], rs.getInt(4));
                });
        Map<String, BigDecimal> timing = timing(exporter, importer, year, level, lag);
        String valuation = jdbc.sql("""
                select f.valuation
                from (select import_id, figure_slice_key(reporter, partner, flow, freq, period, hs_level) as slice_key
                      from trade_slice
                      where reporter = ? and partner = ? and flow = 'M' and period >= ? and period < ?
                      limit 1) s
                -- one figure of one slice, found among its import's figures (trade_figure is indexed by import)
                cross join lateral (select valuation from trade_figure
                                    where import_id = s.import_id and slice_key = s.slice_key limit 1) f""")
                .params(importer.value(), exporter.value(), year, year.plusYears(1)).query(String.class).optional()
                .orElse("");
        boolean cif = valuation.equals("CIF");
        List<Mirror.Line> lines = new ArrayList<>();
        BigDecimal totalExporter = BigDecimal.ZERO;
        BigDecimal totalImporter = BigDecimal.ZERO;
        BigDecimal totalTiming = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal[]> e : byCode.entrySet()) {
            BigDecimal x = zero(e.getValue()[0]);
            BigDecimal m = zero(e.getValue()[1]);
            BigDecimal t = timing == null ? BigDecimal.ZERO : timing.getOrDefault(e.getKey(), BigDecimal.ZERO);
            totalExporter = totalExporter.add(x);
            totalImporter = totalImporter.add(m);
            totalTiming = totalTiming.add(t);
            lines.add(line(e.getKey(), labels.label(hsLevel, e.getKey()), x, m, t, cif, factor));
        }
        lines.sort(Comparator.comparing((Mirror.Line l) -> l.gap().abs(), Comparator.reverseOrder()).thenComparing(Mirror.Line::code));
        if (lines.size() > top) {
            lines = new ArrayList<>(lines.subList(0, top));
        }
        Mirror.Line total = line("", "All products", totalExporter, totalImporter, totalTiming, cif, factor);
        if (hsLevel == HsLevel.TOTAL) {
            lines = List.of();
        }
        return new Mirror.Direction(exporter, importer, valuation, months[0], months[1], timing != null, total, lines);
    }

    /**
     * What the shipping lag moves across the year boundary, by product: the exporter's last {@code lag}
     * months of the year before arrive in this year, this year's last months arrive in the next.
     * Null when the exporter's monthly statistics do not cover those months.
     */
    private Map<String, BigDecimal> timing(CountryCode exporter, CountryCode importer, LocalDate year, String level, int lag) {
        if (lag == 0) {
            return null;
        }
        LocalDate lastBefore = year.minusMonths(lag);
        LocalDate lastThis = year.plusYears(1).minusMonths(lag);
        int covered = jdbc.sql("""
                select count(distinct period) from trade_total
                where reporter = ? and partner = ? and flow = 'X' and level = 'total' and freq = 'M'
                  and ((period >= ? and period < ?) or (period >= ? and period < ?))""")
                .params(exporter.value(), importer.value(), lastBefore, year, lastThis, year.plusYears(1))
                .query(Integer.class).single();
        if (covered < 2 * lag) {
            return null;
        }
        Map<String, BigDecimal> shift = new HashMap<>();
        jdbc.sql("""
                select code, sum(case when period < :year then value_usd else -value_usd end) from trade_total
                where reporter = :exporter and partner = :importer and flow = 'X' and level = :level and freq = 'M'
                  and ((period >= :lastBefore and period < :year) or (period >= :lastThis and period < :next))
                group by code""")
                .param("year", year).param("exporter", exporter.value()).param("importer", importer.value())
                .param("level", level).param("lastBefore", lastBefore).param("lastThis", lastThis)
                .param("next", year.plusYears(1))
                .query(rs -> {
                    shift.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return shift;
    }

    /**
     * Splits one product's gap. The importer is expected to record what the exporter shipped in the
     * shifted window (its year's figure plus timing), raised by the CIF/FOB factor when it values CIF.
     */
    static Mirror.Line line(String code, String label, BigDecimal exporterReports, BigDecimal importerReports,
                            BigDecimal timing, boolean importerValuesCif, BigDecimal factor) {
        BigDecimal gap = importerReports.subtract(exporterReports);
        BigDecimal shipped = exporterReports.add(timing);
        BigDecimal cifFob = importerValuesCif
                ? shipped.multiply(factor.subtract(BigDecimal.ONE)).setScale(2, RoundingMode.HALF_EVEN)
                : BigDecimal.ZERO.setScale(2);
        return new Mirror.Line(code, label, exporterReports, importerReports, gap, timing, cifFob,
                gap.subtract(timing).subtract(cifFob));
    }

    public Products products(ProductsRequest request) {
        totals.requireWhole();
        String reporter = request.reporter().value();
        String partner = request.partner().value();
        Integer year = request.year();
        if (year == null) {
            year = jdbc.sql("select max(extract(year from period))::int from trade_total where reporter = ? and partner = ? and freq = 'Y'")
                    .params(reporter, partner).query(Integer.class).optional().orElse(null);
            if (year == null) {
                return new Products(request.reporter(), request.partner(), request.level(), 0, 0, List.of(), List.of(), false);
            }
        }
        int months = jdbc.sql("""
                select coalesce(max(extract(month from period))::int, 12) from trade_total
                where reporter = ? and partner = ? and freq = 'M' and level = 'total' and period >= ? and period < ?""")
                .params(reporter, partner, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).query(Integer.class).single();
        // A partial year is compared with the same months a year earlier, read month by month; a whole year
        // reads the year totals, a twelfth of the rows.
        boolean monthly = months < 12 && jdbc.sql("""
                select exists (select 1 from trade_total where reporter = ? and partner = ? and freq = 'M' and level = 'total'
                                 and period >= ? and period < ?)""")
                .params(reporter, partner, LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 1, 1, 1)).query(Boolean.class).single();
        Map<String, BigDecimal[]> byCode = new TreeMap<>();
        int thisYear = year;
        jdbc.sql("""
                select code, extract(year from period)::int = :year as current, flow, sum(value_usd) from trade_total
                where reporter = :reporter and partner = :partner and level = :level and freq = :freq
                  and period >= :from and period < :to and flow in ('X', 'M') %s
                group by 1, 2, 3""".formatted(monthly ? "and extract(month from period) <= :months" : ""))
                .param("year", year).param("reporter", reporter).param("partner", partner)
                .param("level", request.level().label()).param("freq", monthly ? "M" : "Y")
                .param("from", LocalDate.of(year - 1, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
                .param("months", months)
                .query(rs -> {
                    BigDecimal[] v = byCode.computeIfAbsent(rs.getString(1), c -> new BigDecimal[4]);
                    int index = (rs.getBoolean(2) ? 0 : 2) + (rs.getString(3).equals("X") ? 0 : 1);
                    v[index] = rs.getBigDecimal(4);
                });
        List<Products.Product> all = new ArrayList<>();
        byCode.forEach((code, v) -> {
            BigDecimal trade = zero(v[0]).add(zero(v[1]));
            BigDecimal before = zero(v[2]).add(zero(v[3]));
            all.add(new Products.Product(code, labels.label(request.level(), code), zero(v[0]), zero(v[1]),
                    zero(v[2]), zero(v[3]), trade.subtract(before)));
        });
        List<Products.Product> top = all.stream()
                .sorted(Comparator.comparing((Products.Product p) -> p.exports().add(p.imports()), Comparator.reverseOrder()))
                .limit(request.top()).toList();
        List<Products.Product> movers = all.stream()
                .sorted(Comparator.comparing((Products.Product p) -> p.tradeChange().abs(), Comparator.reverseOrder()))
                .limit(request.top()).toList();
        return new Products(request.reporter(), request.partner(), request.level(), thisYear, monthly ? months : 12, top, movers,
                isSynthetic(request.reporter(), request.partner(), thisYear));
    }

    /** Published headline figures for the pair, in both directions, beside the imported statistics. */
    public List<PublishedComparison> published(CountryCode a, CountryCode b) {
        totals.requireWhole();
        BigDecimal tolerance = properties.publishedTolerance();
        return jdbc.sql("""
                select p.reporter, p.partner, p.flow, p.first_month, p.last_month, p.value_usd, p.statistics_of,
                       p.source_url, p.note,
                       (select sum(t.value_usd) from trade_total t where t.reporter = p.reporter and t.partner = p.partner
                          and t.flow = p.flow and t.level = 'total' and t.freq = 'M'
                          and t.period between p.first_month and p.last_month) as monthly,
                       (select count(*) from trade_total t where t.reporter = p.reporter and t.partner = p.partner
                          and t.flow = p.flow and t.level = 'total' and t.freq = 'M'
                          and t.period between p.first_month and p.last_month) as months,
                       (select t.value_usd from trade_total t where t.reporter = p.reporter and t.partner = p.partner
                          and t.flow = p.flow and t.level = 'total' and t.freq = 'Y' and t.months = 12
                          and t.period = p.first_month and extract(month from p.first_month) = 1
                          and p.last_month = (p.first_month + interval '11 months')::date) as annual
                from published_figure p
                where (p.reporter = ? and p.partner = ?) or (p.reporter = ? and p.partner = ?)
                order by p.first_month, p.last_month, p.reporter, p.flow""")
                .params(a.value(), b.value(), b.value(), a.value())
                .query((rs, n) -> {
                    Period period = new Period(YearMonth.from(rs.getObject(4, LocalDate.class)),
                            YearMonth.from(rs.getObject(5, LocalDate.class)));
                    BigDecimal published = rs.getBigDecimal(6);
                    BigDecimal imported = rs.getInt(11) == period.months() ? rs.getBigDecimal(10) : rs.getBigDecimal(12);
                    BigDecimal difference = imported == null ? null : imported.subtract(published);
                    BigDecimal relative = difference == null || published.signum() == 0 ? null
                            : difference.divide(published, 4, RoundingMode.HALF_EVEN);
                    return new PublishedComparison(period.toString(), CountryCode.of(rs.getString(1)),
                            CountryCode.of(rs.getString(2)), rs.getString(3).equals("X") ? "export" : "import", published,
                            imported, difference, relative, relative != null && relative.abs().compareTo(tolerance) > 0,
                            rs.getString(7), rs.getString(8), rs.getString(9));
                })
                .list();
    }

    /** Every import that holds statistics of this reporter about this partner. */
    public List<Source> sources(CountryCode reporter, CountryCode partner) {
        return jdbc.sql("""
                select i.id, i.dataset, i.file_name, i.sha256, i.imported_at, i.imported_by, i.figure_count, i.synthetic
                from trade_import i
                where i.id in (select distinct import_id from trade_slice where reporter = ? and partner = ?)
                order by i.id""")
                .params(reporter.value(), partner.value())
                .query((rs, n) -> new Source(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6), rs.getLong(7), rs.getBoolean(8)))
                .list();
    }

    /**
     * Where a reporter's statistics on a partner come from, a line per import as answers name their sources, and whether
     * the statistics of any of the years an answer reads are demonstration data.
     */
    public record Sourced(List<String> lines, boolean synthetic) {
    }

    public Sourced sourced(CountryCode reporter, CountryCode partner, java.util.Collection<Integer> years) {
        List<String> lines = sources(reporter, partner).stream().map(s -> reporter.value() + " statistics on " + partner.value() + ": "
                + s.dataset() + " #" + s.importId() + " (" + s.fileName() + ")" + (s.synthetic() ? ", synthetic" : "")).toList();
        Map<Integer, YearProvenance> byYear = provenanceByYear(reporter, partner);
        return new Sourced(lines, years.stream().anyMatch(y -> byYear.getOrDefault(y, YearProvenance.NONE).synthetic()));
    }

    /** Which imports hold a year of one reporter's statistics about a partner, and whether any is synthetic. */
    private record YearProvenance(String datasets, boolean synthetic) {

        static final YearProvenance NONE = new YearProvenance("", false);
    }

    private Map<Integer, YearProvenance> provenanceByYear(CountryCode reporter, CountryCode partner) {
        Map<Integer, Set<String>> names = new TreeMap<>();
        Set<Integer> synthetic = new TreeSet<>();
        jdbc.sql("""
                select distinct extract(year from s.period)::int, i.dataset, i.id, i.synthetic from trade_slice s
                join trade_import i on i.id = s.import_id where s.reporter = ? and s.partner = ?""")
                .params(reporter.value(), partner.value())
                .query(rs -> {
                    names.computeIfAbsent(rs.getInt(1), y -> new TreeSet<>()).add(rs.getString(2) + " #" + rs.getLong(3));
                    if (rs.getBoolean(4)) {
                        synthetic.add(rs.getInt(1));
                    }
                });
        Map<Integer, YearProvenance> result = new HashMap<>();
        names.forEach((year, set) -> result.put(year, new YearProvenance(
                reporter + " statistics: " + String.join(", ", set), synthetic.contains(year))));
        return result;
    }

    private boolean isSynthetic(CountryCode reporter, CountryCode partner, int year) {
        return provenanceByYear(reporter, partner).getOrDefault(year, YearProvenance.NONE).synthetic();
    }

    /**
     * The latest year the reporter's statistics on the partner cover in full (twelve months of both flows
     * that have any), else the latest year they cover at all; empty without statistics.
     */
    /**
     * The HS editions of the reporter's statistics with the partner in the years (null for no bound), as the slices held
     * record them, and the subheadings of older editions their imports carried or found split (V36).
     */
    public HsEditions editions(CountryCode reporter, CountryCode partner, Integer fromYear, Integer toYear) {
        LocalDate from = LocalDate.of(fromYear == null ? 1900 : fromYear, 1, 1);
        LocalDate to = LocalDate.of(toYear == null ? 2999 : toYear, 12, 31);
        Map<Integer, int[]> years = new TreeMap<>();
        jdbc.sql("""
                select hs_revision, min(extract(year from period))::int, max(extract(year from period))::int from trade_slice
                where reporter = ? and partner = ? and period between ? and ? and hs_revision < ? group by 1""")
                .params(reporter.value(), partner.value(), from, to, org.bilateral.reference.HsRevisions.CURRENT)
                .query(rs -> { years.put(rs.getInt(1), new int[] {rs.getInt(2), rs.getInt(3)}); });
        Map<Integer, Map<String, String>> renumbered = new HashMap<>();
        Map<Integer, Set<String>> split = new HashMap<>();
        if (!years.isEmpty()) {
            // Only what imports still holding a slice of the year noted: a revised file's notes replace the old file's.
            jdbc.sql("""
                    select distinct c.hs_revision, c.reported_code, c.hs2022_code from trade_revision_code c
                    where c.reporter = ? and c.partner = ? and c.year between ? and ?
                      and exists (select 1 from trade_slice s where s.import_id = c.import_id and s.reporter = c.reporter
                                    and s.partner = c.partner and s.hs_revision = c.hs_revision
                                    and s.period >= make_date(c.year, 1, 1) and s.period < make_date(c.year + 1, 1, 1))""")
                    .params(reporter.value(), partner.value(), from.getYear(), to.getYear())
                    .query(rs -> {
                        if (rs.getString(3) == null) {
                            split.computeIfAbsent(rs.getInt(1), r -> new TreeSet<>()).add(rs.getString(2));
                        } else {
                            renumbered.computeIfAbsent(rs.getInt(1), r -> new TreeMap<>()).put(rs.getString(2), rs.getString(3));
                        }
                    });
        }
        List<HsEditions.Older> older = new ArrayList<>();
        years.forEach((revision, span) -> older.add(new HsEditions.Older(revision, span[0], span[1],
                java.util.Collections.unmodifiableMap(new TreeMap<>(renumbered.getOrDefault(revision, Map.of()))), List.copyOf(split.getOrDefault(revision, Set.of())))));
        return new HsEditions(org.bilateral.reference.HsRevisions.CURRENT, older);
    }

    public Optional<Integer> latestFullYear(CountryCode reporter, CountryCode partner) {
        return jdbc.sql("""
                select coalesce(max(year) filter (where whole), max(year)) from (
                    select extract(year from period)::int as year, min(months) = 12 as whole from trade_total
                    where reporter = ? and partner = ? and level = 'total' and freq = 'Y' group by period) y""")
                .params(reporter.value(), partner.value()).query(Integer.class).optional();
    }

    /** All imports, newest first, for the imports page and the CLI. */
    public List<Source> imports() {
        return jdbc.sql("""
                select id, dataset, file_name, sha256, imported_at, imported_by, figure_count, synthetic
                from trade_import order by id desc""")
                .query((rs, n) -> new Source(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6), rs.getLong(7), rs.getBoolean(8)))
                .list();
    }

    public boolean hasStatistics() {
        return jdbc.sql("select exists (select 1 from trade_slice)").query(Boolean.class).single();
    }
}
