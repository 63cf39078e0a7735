package org.bilateral.tradestats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bilateral.reference.HsRevisions;
import org.bilateral.reference.Sector;
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

    public Balance balance(BalanceRequest request) {
        totals.requireWhole();
        String reporter = request.reporter().value();
        String partner = request.partner().value();
        String level = request.level().label();
        LocalDate from = request.fromYear() == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(request.fromYear() - 1, 1, 1);
        LocalDate to = request.toYear() == null ? LocalDate.of(2999, 12, 31) : LocalDate.of(request.toYear(), 12, 31);
        List<String> codes = chosenCodes(request, level, from, to);

        Held held = held(reporter, partner);
        Granularity by = request.by();
        // Year to date runs to the latest month both flows hold: exports to June beside imports to August is January–June.
        int ytdMonth = by == Granularity.YTD ? held.latestCommon().map(YearMonth::getMonthValue).orElse(12) : 12;
        int firstYear = request.fromYear() == null ? Integer.MIN_VALUE : request.fromYear();
        List<Bucket> buckets = buckets(held, by, ytdMonth, from, to);
        // A whole year is read from the year's totals, a twelfth of the rows; a partial one, and the same months a year
        // earlier, month by month.
        Set<Integer> monthlyYears = new TreeSet<>();
        for (Bucket b : buckets) {
            if (by != Granularity.YEAR || !b.cover().readYear()) {
                monthlyYears.add(b.span().first().getYear());
                monthlyYears.add(b.span().first().getYear() - 1);
            }
        }
        Amounts figures = new Amounts();
        if (by == Granularity.YEAR) {
            read(figures, "Y", reporter, partner, level, from, to, null, codes);
        }
        if (!monthlyYears.isEmpty()) {
            read(figures, "M", reporter, partner, level, from, to, monthlyYears, codes);
        }

        List<Source> sources = sources(request.reporter(), request.partner());
        Map<Integer, YearProvenance> provenance = provenanceByYear(request.reporter(), request.partner());
        List<Balance.Row> rows = new ArrayList<>();
        Set<String> codesRead = figures.codes();
        for (Bucket b : buckets) {
            int year = b.span().first().getYear();
            if (year < firstYear) {
                continue; // fetched only as the year-earlier comparison of the first year shown
            }
            Earlier earlier = earlier(held, by, b);
            for (String code : codesRead) {
                BigDecimal[] now = figures.sum(code, b.cover(), b.span());
                if (now == null) {
                    continue;
                }
                BigDecimal[] before = earlier.cover() == null ? null
                        : figures.sum(code, earlier.cover(), b.span().yearEarlier());
                BigDecimal exports = zero(now[0]);
                BigDecimal imports = zero(now[1]);
                rows.add(new Balance.Row(b.period(), code, labels.label(request.level(), code), exports, imports,
                        exports.subtract(imports),
                        before == null ? null : zero(before[0]), before == null ? null : zero(before[1]),
                        before == null ? null : zero(before[0]).subtract(zero(before[1])),
                        before == null ? null : change(exports, zero(before[0])),
                        before == null ? null : change(imports, zero(before[1])),
                        b.cover().months().size(), provenance.getOrDefault(year, YearProvenance.NONE).datasets(),
                        provenance.getOrDefault(year, YearProvenance.NONE).synthetic(), b.cover().held(), b.partial(),
                        b.shown(), earlier.blank()));
            }
        }
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

    /**
     * The months each flow's statistics hold, read from the all-products totals: month by month, or, for a year
     * reported only as a whole, the year. Census publishes exports and imports on different days and Vietnam's customs
     * on others, so two flows ending in different months is the usual case.
     */
    private record Held(Map<String, Set<YearMonth>> months, Map<String, Set<Integer>> wholeYears) {

        Set<String> flows() {
            Set<String> flows = new TreeSet<>(months.keySet());
            flows.addAll(wholeYears.keySet());
            return flows;
        }

        /** The latest month every flow holds, where year to date ends. */
        Optional<YearMonth> latestCommon() {
            YearMonth latest = null;
            for (String flow : flows()) {
                Set<YearMonth> held = months.getOrDefault(flow, Set.of());
                if (held.isEmpty()) {
                    return Optional.empty();
                }
                YearMonth last = Collections.max(held);
                latest = latest == null || last.isBefore(latest) ? last : latest;
            }
            return Optional.ofNullable(latest);
        }

        /**
         * How the flows hold a span: the months of it every flow holds, or, for a year ({@code years}), the year whole
         * when each flow holds all twelve months or the year reported whole. Null when they hold no month of it in common.
         */
        Cover cover(Period span, boolean years) {
            int year = span.first().getYear();
            List<YearMonth> common = null;
            boolean whole = false;
            for (String flow : flows()) {
                if (years && wholeYears.getOrDefault(flow, Set.of()).contains(year)) {
                    whole = true;
                    continue;
                }
                List<YearMonth> in = months.getOrDefault(flow, Set.of()).stream().filter(span::contains).sorted().toList();
                if (common == null) {
                    common = new ArrayList<>(in);
                } else {
                    common.retainAll(in);
                }
            }
            List<YearMonth> all = new ArrayList<>();
            for (YearMonth m = span.first(); !m.isAfter(span.last()); m = m.plusMonths(1)) {
                all.add(m);
            }
            if (common == null) {
                return whole ? new Cover(all, true, false) : null;
            }
            if (common.isEmpty()) {
                return null;
            }
            boolean full = common.size() == all.size();
            // A flow reported only for the whole year cannot be cut to the months the other holds: not like for like.
            return new Cover(List.copyOf(common), whole || (years && full), whole && !full);
        }

        /** Whether every flow holds each of these months month by month. */
        boolean holdsEach(List<YearMonth> wanted) {
            return flows().stream().allMatch(f -> months.getOrDefault(f, Set.of()).containsAll(wanted));
        }

        boolean wholeOnly(int year) {
            return wholeYears.values().stream().anyMatch(y -> y.contains(year));
        }
    }

    /**
     * @param months   the months of the span every flow holds (for a mixed year, those the monthly flows hold)
     * @param readYear whether the figures are the year's totals rather than sums of months
     * @param mixed    a flow holds the year only whole and another only some months: the two cannot be set side by side
     */
    private record Cover(List<YearMonth> months, boolean readYear, boolean mixed) {

        Period held() {
            return new Period(months.get(0), months.get(months.size() - 1));
        }
    }

    /** One period shown: the months it spans and how the flows hold them. */
    private record Bucket(Granularity by, Period span, Cover cover) {

        String period() {
            return span.toString();
        }

        boolean partial() {
            return cover.mixed() || cover.months().size() < span.months();
        }

        /** The period as downloads, the command line and JSON say it: the months after it when not all of it is held. */
        String shown() {
            boolean sayMonths = partial() || (by == Granularity.YTD && !span.isCalendarYear());
            if (!sayMonths) {
                return period();
            }
            String base = by == Granularity.YTD || by == Granularity.YEAR ? Integer.toString(span.first().getYear()) : period();
            return base + " (" + Balance.monthsSaid(cover.months(), m -> m.getDisplayName(TextStyle.SHORT,
                    Locale.ENGLISH)) + ")";
        }
    }

    /** What a period is compared with a year earlier: those months (or that whole year), or why nothing. */
    private record Earlier(Cover cover, Balance.ChangeBlank blank) {
    }

    private Held held(String reporter, String partner) {
        Map<String, Set<YearMonth>> months = new HashMap<>();
        Map<String, Set<Integer>> years = new HashMap<>();
        jdbc.sql("""
                select flow, freq, period from trade_total_list
                where reporter = ? and partner = ? and level = 'total' and freq in ('M', 'Y') and flow in ('X', 'M')""")
                .params(reporter, partner)
                .query(rs -> {
                    YearMonth period = YearMonth.from(rs.getObject(3, LocalDate.class));
                    if (rs.getString(2).equals("M")) {
                        months.computeIfAbsent(rs.getString(1), f -> new TreeSet<>()).add(period);
                    } else {
                        years.computeIfAbsent(rs.getString(1), f -> new TreeSet<>()).add(period.getYear());
                    }
                });
        // A year row with no month of its flow is a year reported whole.
        years.forEach((flow, set) -> set.removeIf(y -> months.getOrDefault(flow, Set.of()).stream().anyMatch(m -> m.getYear() == y)));
        years.values().removeIf(Set::isEmpty);
        return new Held(months, years);
    }

    private static List<Bucket> buckets(Held held, Granularity by, int ytdMonth, LocalDate from, LocalDate to) {
        Set<Period> spans = new TreeSet<>();
        for (Set<YearMonth> months : held.months().values()) {
            for (YearMonth m : months) {
                if (by == Granularity.YTD) {
                    spans.add(new Period(YearMonth.of(m.getYear(), 1), YearMonth.of(m.getYear(), ytdMonth)));
                } else {
                    spans.add(by.periodOf(m));
                }
            }
        }
        if (by == Granularity.YEAR) {
            held.wholeYears().values().forEach(years -> years.forEach(y -> spans.add(Period.year(y))));
        }
        List<Bucket> buckets = new ArrayList<>();
        for (Period span : spans) {
            if (span.first().isBefore(YearMonth.from(from)) || span.last().isAfter(YearMonth.from(to))) {
                continue;
            }
            Cover cover = held.cover(span, by == Granularity.YEAR);
            if (cover != null) {
                buckets.add(new Bucket(by, span, cover));
            }
        }
        return buckets;
    }

    /**
     * The same months a year earlier, held by every flow; a whole year against a whole year. Otherwise the change is left
     * blank with the reason: a partial year set against a whole one is a fall that never happened.
     */
    private static Earlier earlier(Held held, Granularity by, Bucket b) {
        if (b.cover().mixed()) {
            return new Earlier(null, Balance.ChangeBlank.FLOWS_NOT_LIKE_FOR_LIKE);
        }
        Period span = b.span().yearEarlier();
        Cover before = held.cover(span, by == Granularity.YEAR);
        if (before == null) {
            return new Earlier(null, Balance.ChangeBlank.NO_EARLIER_STATISTICS);
        }
        if (b.cover().readYear()) {
            return before.readYear() && !before.mixed() ? new Earlier(before, null)
                    : new Earlier(null, Balance.ChangeBlank.EARLIER_MONTHS_MISSING);
        }
        List<YearMonth> wanted = b.cover().months().stream().map(m -> m.minusYears(1)).toList();
        if (held.holdsEach(wanted)) {
            return new Earlier(new Cover(wanted, false, false), null);
        }
        return new Earlier(null, held.wholeOnly(span.first().getYear()) ? Balance.ChangeBlank.EARLIER_WHOLE_YEAR_ONLY
                : Balance.ChangeBlank.EARLIER_MONTHS_MISSING);
    }

    /** Exports and imports by product, month by month and year by year, as read for one balance. */
    private static final class Amounts {

        private final Map<String, Map<YearMonth, BigDecimal[]>> monthly = new HashMap<>();
        private final Map<String, Map<Integer, BigDecimal[]>> yearly = new HashMap<>();

        void add(String freq, String code, YearMonth period, String flow, BigDecimal value) {
            BigDecimal[] pair = freq.equals("Y")
                    ? yearly.computeIfAbsent(code, c -> new HashMap<>()).computeIfAbsent(period.getYear(), y -> new BigDecimal[2])
                    : monthly.computeIfAbsent(code, c -> new HashMap<>()).computeIfAbsent(period, y -> new BigDecimal[2]);
            pair[flow.equals("X") ? 0 : 1] = value;
        }

        Set<String> codes() {
            Set<String> codes = new TreeSet<>(monthly.keySet());
            codes.addAll(yearly.keySet());
            return codes;
        }

        /** Exports and imports of a product over what a cover holds of a span; null where the statistics hold nothing of it. */
        BigDecimal[] sum(String code, Cover cover, Period span) {
            if (cover.readYear()) {
                BigDecimal[] year = yearly.getOrDefault(code, Map.of()).get(span.first().getYear());
                return year == null ? null : year.clone();
            }
            Map<YearMonth, BigDecimal[]> byMonth = monthly.getOrDefault(code, Map.of());
            BigDecimal[] sum = null;
            for (YearMonth m : cover.months()) {
                BigDecimal[] v = byMonth.get(m);
                if (v == null) {
                    continue;
                }
                sum = sum == null ? new BigDecimal[2] : sum;
                for (int i = 0; i < 2; i++) {
                    sum[i] = v[i] == null ? sum[i] : zero(sum[i]).add(v[i]);
                }
            }
            return sum;
        }
    }

    private void read(Amounts amounts, String freq, String reporter, String partner, String level, LocalDate from,
                      LocalDate to, Set<Integer> years, List<String> codes) {
        String sql = """
                select period, code, flow, value_usd from trade_total
                where reporter = :reporter and partner = :partner and level = :level and freq = :freq and flow in ('X', 'M')
                  and period between :from and :to %s %s""".formatted(
                years == null ? "" : "and extract(year from period)::int = any(cast(:years as int[]))",
                codes == null ? "" : "and code in (select unnest(cast(:codes as text[])))");
        var spec = jdbc.sql(sql).param("reporter", reporter).param("partner", partner).param("level", level)
                .param("freq", freq).param("from", from).param("to", to);
        if (years != null) {
            spec = spec.param("years", years.toArray(Integer[]::new));
        }
        if (codes != null) {
            spec = spec.param("codes", codes.toArray(String[]::new));
        }
        spec.query(rs -> {
            amounts.add(freq, rs.getString(2), YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getString(3),
                    rs.getBigDecimal(4));
        });
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
        List<Mirror.NotComparable> apart = hsLevel == HsLevel.HEADING || hsLevel == HsLevel.SUBHEADING
                ? notComparable(exporter, importer, year, hsLevel, byCode)
                : hsLevel == HsLevel.SECTOR ? notComparableSectors(exporter, importer, year, byCode) : List.of();
        Map<String, BigDecimal> timing = timing(exporter, importer, year, level, lag);
        String valuation = valuation(importer, exporter, "M", year);
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
        Mirror.Line total = line("", apart.isEmpty() ? "All products" : "All comparable products", totalExporter, totalImporter,
                totalTiming, cif, factor);
        if (hsLevel == HsLevel.TOTAL) {
            lines = List.of();
        }
        return new Mirror.Direction(exporter, importer, valuation, months[0], months[1], timing != null, total, lines,
                valuation(exporter, importer, "X", year), apart);
    }

    /**
     * How the reporter values the flow in the year: CIF or FOB for imports; FOB in most export statistics, FAS (free
     * alongside ship, before loading) in the US Census Bureau's; empty without statistics. The margin a CIF import record
     * shows over the exporter's valuation is named after both.
     */
    private String valuation(CountryCode reporter, CountryCode partner, String flow, LocalDate year) {
        return jdbc.sql("""
                select f.valuation
                from (select import_id, figure_slice_key(reporter, partner, flow, freq, period, hs_level) as slice_key
                      from trade_slice
                      where reporter = ? and partner = ? and flow = ? and period >= ? and period < ?
                      limit 1) s
                -- one figure of one slice, found among its import's figures (trade_figure is indexed by import)
                cross join lateral (select valuation from trade_figure
                                    where import_id = s.import_id and slice_key = s.slice_key limit 1) f""")
                .params(reporter.value(), partner.value(), flow, year, year.plusYears(1)).query(String.class).optional()
                .orElse("");
    }

    /**
     * The chapters whose products at the level asked are not comparable, because a side's detail under them does not add up
     * to its own figure for the chapter (chapter 94 held only at HS2, or at HS2 beside a few HS10 lines): their products are
     * taken out of byCode, so that missing detail is never counted as a discrepancy.
     */
    private List<Mirror.NotComparable> notComparable(CountryCode exporter, CountryCode importer, LocalDate year, HsLevel hsLevel,
                                                     Map<String, BigDecimal[]> byCode) {
        List<Map<String, BigDecimal>> chapters = List.of(new TreeMap<>(), new TreeMap<>());
        List<Map<String, BigDecimal>> headings = List.of(new TreeMap<>(), new TreeMap<>());
        chaptersAndHeadings(exporter, importer, year, chapters, headings);
        TreeSet<String> all = new TreeSet<>(chapters.get(0).keySet());
        all.addAll(chapters.get(1).keySet());
        List<Mirror.NotComparable> apart = new ArrayList<>();
        for (String chapter : all) {
            List<Mirror.Coarse> coarse = new ArrayList<>();
            for (int side = 0; side < 2; side++) {
                BigDecimal whole = chapters.get(side).get(chapter);
                if (whole == null) {
                    continue;
                }
                BigDecimal detailed = BigDecimal.ZERO;
                for (Map.Entry<String, BigDecimal[]> e : byCode.entrySet()) {
                    if (e.getKey().startsWith(chapter) && e.getValue()[side] != null) {
                        detailed = detailed.add(e.getValue()[side]);
                    }
                }
                if (detailed.compareTo(whole) != 0) {
                    BigDecimal inHeadings = headings.get(side).entrySet().stream().filter(h -> h.getKey().startsWith(chapter))
                            .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
                    String heldAt = hsLevel == HsLevel.SUBHEADING && inHeadings.compareTo(whole) == 0 ? "HS4" : "HS2";
                    coarse.add(new Mirror.Coarse(side == 0 ? exporter : importer, chapter, heldAt, detailed, whole));
                }
            }
            if (!coarse.isEmpty()) {
                apart.add(new Mirror.NotComparable(chapter, labels.label(HsLevel.CHAPTER, chapter), chapters.get(0).get(chapter),
                        chapters.get(1).get(chapter), coarse));
                byCode.keySet().removeIf(code -> code.startsWith(chapter));
            }
        }
        return apart;
    }

    /** Each side's chapter and heading figures of the year (index 0 the exporter's, 1 the importer's). */
    private void chaptersAndHeadings(CountryCode exporter, CountryCode importer, LocalDate year,
                                     List<Map<String, BigDecimal>> chapters, List<Map<String, BigDecimal>> headings) {
        jdbc.sql("""
                select reporter = :exporter as exporter_side, level, code, value_usd from trade_total
                where freq = 'Y' and period = :year and level in ('chapter', 'heading')
                  and ((reporter = :exporter and partner = :importer and flow = 'X')
                    or (reporter = :importer and partner = :exporter and flow = 'M'))""")
                .param("exporter", exporter.value()).param("importer", importer.value()).param("year", year)
                .query(rs -> {
                    int side = rs.getBoolean(1) ? 0 : 1;
                    (rs.getString(2).equals("chapter") ? chapters : headings).get(side).put(rs.getString(3), rs.getBigDecimal(4));
                });
    }

    /**
     * By sector: each side's not-allocated lines (chapter 94 held only at HS2) are set apart with every sector their
     * chapter's trade may count in (furniture, other goods), groups sharing a sector joined, so that a sector's gap never
     * counts the other side's missing detail. A group's sums cover the same codes on both sides, so they compare.
     */
    private List<Mirror.NotComparable> notComparableSectors(CountryCode exporter, CountryCode importer, LocalDate year,
                                                            Map<String, BigDecimal[]> byCode) {
        List<String> coarseCodes = byCode.keySet().stream().map(Sector::notAllocatedCode).flatMap(Optional::stream).sorted().toList();
        if (coarseCodes.isEmpty()) {
            return List.of();
        }
        List<Set<String>> groups = new ArrayList<>();
        List<TreeSet<String>> groupCodes = new ArrayList<>();
        for (String code : coarseCodes) {
            Set<String> members = new TreeSet<>(labels.sectorsUnder(code));
            members.add(Sector.notAllocated(code));
            TreeSet<String> codes = new TreeSet<>(List.of(code));
            for (int g = groups.size() - 1; g >= 0; g--) {
                if (groups.get(g).stream().anyMatch(members::contains)) {
                    members.addAll(groups.remove(g));
                    codes.addAll(groupCodes.remove(g));
                }
            }
            groups.add(members);
            groupCodes.add(codes);
        }
        List<Map<String, BigDecimal>> chapters = List.of(new TreeMap<>(), new TreeMap<>());
        List<Map<String, BigDecimal>> headings = List.of(new TreeMap<>(), new TreeMap<>());
        chaptersAndHeadings(exporter, importer, year, chapters, headings);
        List<Mirror.NotComparable> apart = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Mirror.Coarse> coarse = new ArrayList<>();
            for (String code : groupCodes.get(g)) {
                BigDecimal[] rest = byCode.get(Sector.notAllocated(code));
                for (int side = 0; side < 2; side++) {
                    if (rest[side] == null || rest[side].signum() == 0) {
                        continue;
                    }
                    BigDecimal whole = code.length() == 2 ? chapters.get(side).get(code)
                            : code.length() == 4 ? headings.get(side).get(code) : null;
                    whole = whole == null ? rest[side] : whole;
                    coarse.add(new Mirror.Coarse(side == 0 ? exporter : importer, code, code.length() == 4 ? "HS4" : "HS2",
                            whole.subtract(rest[side]), whole));
                }
            }
            BigDecimal[] sums = new BigDecimal[2];
            List<String> names = new ArrayList<>();
            for (String member : groups.get(g)) {
                BigDecimal[] values = byCode.remove(member);
                if (values == null) {
                    continue;
                }
                names.add(labels.label(HsLevel.SECTOR, member));
                for (int side = 0; side < 2; side++) {
                    if (values[side] != null) {
                        sums[side] = sums[side] == null ? values[side] : sums[side].add(values[side]);
                    }
                }
            }
            apart.add(new Mirror.NotComparable(String.join(" ", groupCodes.get(g)), String.join(", ", names), sums[0], sums[1],
                    coarse));
        }
        return apart;
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
        Held held = held(reporter, partner);
        Integer year = request.year();
        if (year == null) {
            // The latest year both flows hold some month of: imports of a year whose exports are not out yet say nothing.
            year = held.months().values().stream().flatMap(Set::stream).map(YearMonth::getYear)
                    .collect(Collectors.toCollection(TreeSet::new)).descendingSet().stream()
                    .filter(y -> held.cover(Period.year(y), true) != null).findFirst()
                    .or(() -> held.wholeYears().values().stream().flatMap(Set::stream).max(Integer::compare)).orElse(null);
            if (year == null) {
                return new Products(request.reporter(), request.partner(), request.level(), 0, 0, List.of(), List.of(), false,
                        null, false, null, null);
            }
        }
        Period span = Period.year(year);
        Cover cover = held.cover(span, true);
        if (cover == null) {
            return new Products(request.reporter(), request.partner(), request.level(), year, 0, List.of(), List.of(),
                    isSynthetic(request.reporter(), request.partner(), year), null, false, year.toString(), null);
        }
        // Only the months both flows hold, against the same months a year earlier; a whole year reads the year totals,
        // a twelfth of the rows.
        Bucket bucket = new Bucket(Granularity.YEAR, span, cover);
        Earlier earlier = earlier(held, Granularity.YEAR, bucket);
        Amounts amounts = new Amounts();
        LocalDate from = LocalDate.of(year - 1, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        String level = request.level().label();
        read(amounts, cover.readYear() ? "Y" : "M", reporter, partner, level, from, to, null, null);
        List<Products.Product> all = new ArrayList<>();
        for (String code : amounts.codes()) {
            BigDecimal[] now = amounts.sum(code, cover, span);
            BigDecimal[] before = earlier.cover() == null ? null : amounts.sum(code, earlier.cover(), span.yearEarlier());
            if (now == null && before == null) {
                continue;
            }
            BigDecimal exports = now == null ? BigDecimal.ZERO : zero(now[0]);
            BigDecimal imports = now == null ? BigDecimal.ZERO : zero(now[1]);
            BigDecimal trade = exports.add(imports);
            BigDecimal exportsBefore = earlier.cover() == null ? null : before == null ? BigDecimal.ZERO : zero(before[0]);
            BigDecimal importsBefore = earlier.cover() == null ? null : before == null ? BigDecimal.ZERO : zero(before[1]);
            all.add(new Products.Product(code, labels.label(request.level(), code), exports, imports, exportsBefore,
                    importsBefore, exportsBefore == null ? null : trade.subtract(exportsBefore.add(importsBefore))));
        }
        List<Products.Product> top = all.stream()
                .sorted(Comparator.comparing((Products.Product p) -> p.exports().add(p.imports()), Comparator.reverseOrder()))
                .limit(request.top()).toList();
        // Without the same months a year earlier there is nothing to rank movers by: none, and the reason why.
        List<Products.Product> movers = earlier.cover() == null ? List.of() : all.stream()
                .sorted(Comparator.comparing((Products.Product p) -> p.tradeChange().abs(), Comparator.reverseOrder()))
                .limit(request.top()).toList();
        return new Products(request.reporter(), request.partner(), request.level(), year, cover.months().size(), top, movers,
                isSynthetic(request.reporter(), request.partner(), year), cover.held(), bucket.partial(), bucket.shown(),
                earlier.blank());
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
                .params(reporter.value(), partner.value(), from, to, HsRevisions.CURRENT)
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
                Collections.unmodifiableMap(new TreeMap<>(renumbered.getOrDefault(revision, Map.of()))),
                List.copyOf(split.getOrDefault(revision, Set.of())))));
        return new HsEditions(HsRevisions.CURRENT, older);
    }

    /**
     * The latest year the reporter's statistics on the partner cover in full (twelve months of both flows
     * that have any), else the latest year they cover at all; empty without statistics.
     */
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
