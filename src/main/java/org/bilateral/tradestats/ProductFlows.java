package org.bilateral.tradestats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.bilateral.shared.HsCode;
import org.bilateral.tradestats.importing.FinestDetail;
import org.bilateral.tradestats.importing.HeldSlices;
import org.bilateral.tradestats.importing.TotalsState;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.HsLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * One flow's trade in chosen products, by month and by year, read from the product totals every import rebuilds: what
 * purchase targets are measured against. A few thousand rows answer it however many millions of figures there are.
 */
@Service
public class ProductFlows {

    /** A chapter, heading or subheading by its digits, or a sector by its id. */
    public record Product(HsLevel level, String code) {
        public Product {
            if (level != HsLevel.CHAPTER && level != HsLevel.HEADING && level != HsLevel.SUBHEADING && level != HsLevel.SECTOR) {
                throw new IllegalArgumentException("products are chapters, headings, subheadings or sectors, not " + level.label());
            }
        }
    }

    /**
     * @param month  true for a month's value, false for a year's (the sum of its months, or the annual figure)
     * @param months how many months of statistics a year's value holds
     */
    public record Value(@Nullable Product product, boolean month, YearMonth period, BigDecimal valueUsd, int months) {
    }

    private final JdbcClient jdbc;

    private final TotalsState totals;
    private final HeldSlices heldSlices;

    ProductFlows(JdbcClient jdbc, TotalsState totals, HeldSlices heldSlices) {
        this.totals = totals;
        this.heldSlices = heldSlices;
        this.jdbc = jdbc;
    }

    public List<Value> values(CountryCode reporter, CountryCode partner, Flow flow, Collection<Product> products, int fromYear, int toYear) {
        totals.requireWhole();
        if (products.isEmpty()) {
            return List.of();
        }
        String[] levels = products.stream().map(p -> p.level().label()).toArray(String[]::new);
        String[] codes = products.stream().map(Product::code).toArray(String[]::new);
        return jdbc.sql("""
                        select t.level, t.code, t.freq, t.period, t.value_usd, t.months
                        from trade_total t join unnest(cast(:levels as text[]), cast(:codes as text[])) p(level, code)
                             on t.level = p.level and t.code = p.code
                        where t.reporter = :r and t.partner = :p and t.flow = :f and t.freq in ('M', 'Y')
                          and t.period >= :from and t.period < :to
                          -- only the lists of the products' levels are read (totals are stored as a list per level)
                          and t.level = any(cast(:levels as text[]))
                        order by t.period""")
                .param("levels", levels).param("codes", codes).param("r", reporter.value()).param("p", partner.value())
                .param("f", flow.code()).param("from", LocalDate.of(fromYear, 1, 1)).param("to", LocalDate.of(toYear + 1, 1, 1))
                .query((rs, n) -> new Value(new Product(HsLevel.parse(rs.getString(1)), rs.getString(2)), rs.getString(3).equals("M"),
                        YearMonth.from(rs.getObject(4, LocalDate.class)), rs.getBigDecimal(5), rs.getInt(6)))
                .list();
    }

    /**
     * One code's trade in one year, at any HS detail: chapters to subheadings from the totals, national 8- and 10-digit
     * lines summed from the figures of the most detailed slices.
     *
     * @param valueUsd null when the year's statistics do not reach the code's detail (a 10-digit line in HS6 figures, a
     *                 subheading in HS4 figures):
     *                 not known, rather than the wider code's trade
     * @param months   how many months of statistics the year's value holds
     */
    public record CodeYear(HsCode code, int year, @Nullable BigDecimal valueUsd, int months) {
    }

    /**
     * Each code's trade by year; codes of a year without any statistics of the flow are left out. Planned for the lists
     * given each time: a plan cached for any lists reads every page of the imports (250 ms on 5 million figures, not 120).
     */
    @Transactional(readOnly = true)
    public List<CodeYear> years(CountryCode reporter, CountryCode partner, Flow flow, Collection<HsCode> codes, int fromYear,
                                int toYear) {
        totals.requireWhole();
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        List<CodeYear> result = new ArrayList<>();
        List<HsCode> international = codes.stream().filter(c -> c.level() <= 6).distinct().toList();
        Map<Integer, Integer> months = new HashMap<>();
        if (!international.isEmpty()) {
            Map<String, Map<Integer, BigDecimal>> found = new HashMap<>();
            jdbc.sql("""
                            select t.code, extract(year from t.period)::int, t.value_usd, t.months, t.level
                            from trade_total t
                            where t.reporter = :r and t.partner = :p and t.flow = :f and t.freq = 'Y'
                              and t.period >= :from and t.period < :to and t.level = any(cast(:levels as text[]))
                              and (t.code = any(cast(:codes as text[])) or t.level = 'total')""")
                    .param("r", reporter.value()).param("p", partner.value()).param("f", flow.code())
                    .param("from", LocalDate.of(fromYear, 1, 1)).param("to", LocalDate.of(toYear + 1, 1, 1))
                    .param("levels", Stream.concat(Stream.of("total"),
                            international.stream().map(c -> c.hsLevel().label())).distinct().toArray(String[]::new))
                    .param("codes", international.stream().map(HsCode::digits).toArray(String[]::new))
                    .query(rs -> {
                        if (rs.getString(5).equals("total")) {
                            months.put(rs.getInt(2), rs.getInt(4));
                        } else {
                            found.computeIfAbsent(rs.getString(1), c -> new HashMap<>()).put(rs.getInt(2), rs.getBigDecimal(3));
                        }
                    });
            // a year whose statistics stop at headings does not know a subheading's trade: not known, rather than none
            Map<Integer, HeldSlices.Detail> detail = heldSlices.detail(reporter.value(), partner.value(), flow.code(), fromYear, toYear);
            for (HsCode code : international) {
                for (var year : new TreeSet<>(months.keySet())) {
                    HeldSlices.Detail d = detail.get(year);
                    BigDecimal value = d != null && d.level() < code.level() ? null
                            : found.getOrDefault(code.digits(), Map.of()).getOrDefault(year, BigDecimal.ZERO);
                    result.add(new CodeYear(code, year, value, months.getOrDefault(year, 0)));
                }
            }
        }
        List<HsCode> national = codes.stream().filter(c -> c.level() > 6).distinct().toList();
        if (!national.isEmpty()) {
            result.addAll(nationalLines(reporter, partner, flow, national, fromYear, toYear));
        }
        return result;
    }

    /**
     * National lines are summed from the figures of each year's most detailed slices (see {@link HeldSlices}). Figures are narrowed by their subheading, which PostgreSQL looks up in a hashed list, then matched on
     * every digit here.
     */
    private List<CodeYear> nationalLines(CountryCode reporter, CountryCode partner, Flow flow, List<HsCode> codes, int fromYear,
                                         int toYear) {
        HeldSlices.Held held = heldSlices.of(reporter.value(), partner.value(), flow.code(), fromYear, toYear);
        Map<Integer, Map<String, BigDecimal>> lines = new HashMap<>();
        if (!held.slices().isEmpty()) {
            jdbc.sql("""
                            select slice_key, hs_code, sum(value_usd) from trade_figure
                            where import_id = any(cast(:imports as bigint[])) and slice_key between :lowest and :highest
                              and slice_key = any(cast(:keys as bigint[])) and left(hs_code, 6) = any(cast(:subheadings as text[]))
                            group by 1, 2""")
                    .param("imports", held.imports()).param("lowest", held.lowest()).param("highest", held.highest())
                    .param("keys", held.keys())
                    .param("subheadings", codes.stream().map(c -> c.digits().substring(0, 6)).distinct().toArray(String[]::new))
                    .query(rs -> {
                        lines.computeIfAbsent(held.yearOf(rs.getLong(1)), y -> new HashMap<>())
                                .merge(rs.getString(2), rs.getBigDecimal(3), BigDecimal::add);
                    });
        }
        Map<Integer, HeldSlices.Detail> detail = held.detail();
        List<CodeYear> result = new ArrayList<>();
        for (HeldSlices.Detail d : new TreeSet<>(detail.keySet()).stream().map(detail::get).toList()) {
            int months = d.freq() == 'M' ? d.periods() : 12;
            for (HsCode code : codes) {
                BigDecimal value = null;
                if (d.level() >= code.level()) {
                    value = BigDecimal.ZERO;
                    for (Map.Entry<String, BigDecimal> line : lines.getOrDefault(d.year(), Map.of()).entrySet()) {
                        if (line.getKey().startsWith(code.digits())) {
                            value = value.add(line.getValue());
                        }
                    }
                }
                result.add(new CodeYear(code, d.year(), value, months));
            }
        }
        return result;
    }

    /**
     * A subheading's quantity in one unit in a year, and the value of the figures that give it: value over quantity is its
     * unit value. Figures without a quantity are left out of both.
     */
    public record Quantity(String subheading, int year, String unit, BigDecimal quantity, BigDecimal valueUsd) {
    }

    /**
     * Every subheading's quantities by year and unit, as every import sums them from the figures of each year's most
     * detailed statistics at the subheading or finer; years held only above the subheading have none. A figure's own unit
     * is kept as the statistics office wrote it (Census "KG", Comtrade "kg"): comparing units is the reader's concern.
     */
    public List<Quantity> quantities(CountryCode reporter, CountryCode partner, Flow flow, int fromYear, int toYear) {
        return jdbc.sql("""
                        select subheading, year, unit, quantity, value_usd from trade_quantity
                        where reporter = :r and partner = :p and flow = :f and year between :from and :to""")
                .param("r", reporter.value()).param("p", partner.value()).param("f", flow.code()).param("from", fromYear)
                .param("to", toYear)
                .query((rs, n) -> new Quantity(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5)))
                .list();
    }

    /** One product's trade in a year: its code at the level asked, its value and the months the value holds. */
    public record ProductYear(String code, BigDecimal valueUsd, int months) {
    }

    /** Every product of one level the reporter traded with the partner in a year, largest first. */
    public List<ProductYear> productsOfYear(CountryCode reporter, CountryCode partner, Flow flow, HsLevel level, int year) {
        totals.requireWhole();
        return jdbc.sql("""
                        select code, value_usd, months from trade_total
                        where reporter = :r and partner = :p and flow = :f and freq = 'Y' and period = :year and level = :level
                        order by value_usd desc, code""")
                .param("r", reporter.value()).param("p", partner.value()).param("f", flow.code())
                .param("year", LocalDate.of(year, 1, 1)).param("level", level.label())
                .query((rs, n) -> new ProductYear(rs.getString(1), rs.getBigDecimal(2), rs.getInt(3))).list();
    }

    /**
     * Every product the reporter traded with the partner in a year, each chapter read at its finest complete level (see
     * {@link FinestDetail}): subheadings where the detail adds up to the chapter, and where it does not (every chapter at
     * HS2 beside selected HS10 lines) the detailed lines and the rest of the chapter at the chapter's own code. A code's
     * length says its level; the lines add up to the year's total, largest first.
     */
    public List<ProductYear> productsAtFinestLevel(CountryCode reporter, CountryCode partner, Flow flow, int year) {
        totals.requireWhole();
        List<String> levels = List.of("total", "chapter", "heading", "subheading");
        List<Map<String, BigDecimal>> byLevel = new ArrayList<>();
        levels.forEach(l -> byLevel.add(new HashMap<>()));
        int[] months = {0};
        jdbc.sql("""
                        select level, code, value_usd, months from trade_total
                        where reporter = :r and partner = :p and flow = :f and freq = 'Y' and period = :year
                          and level = any(cast(:levels as text[]))""")
                .param("r", reporter.value()).param("p", partner.value()).param("f", flow.code())
                .param("year", LocalDate.of(year, 1, 1)).param("levels", levels.toArray(String[]::new))
                .query(rs -> {
                    byLevel.get(levels.indexOf(rs.getString(1))).put(rs.getString(2), rs.getBigDecimal(3));
                    months[0] = Math.max(months[0], rs.getInt(4));
                });
        return FinestDetail.of(byLevel).stream()
                .map(l -> new ProductYear(l.code(), l.valueUsd(), months[0]))
                .sorted(Comparator.comparing(ProductYear::valueUsd).reversed().thenComparing(ProductYear::code))
                .toList();
    }

    /**
     * One flow's every product of one level by year, and its total by year: the years the flow has statistics for are
     * the keys of {@code total}; a product missing in such a year was not traded (zero), a year missing is unknown.
     */
    public record YearsByProduct(Map<String, Map<Integer, BigDecimal>> products, Map<Integer, BigDecimal> total,
                                 Map<Integer, Integer> months) {

        public boolean isEmpty() {
            return total.isEmpty();
        }

        /** A product's value in every year the flow covers, in order: zero where it was not traded. */
        public Map<Integer, BigDecimal> yearsOf(String code) {
            Map<Integer, BigDecimal> values = new java.util.TreeMap<>();
            Map<Integer, BigDecimal> product = products.getOrDefault(code, Map.of());
            total.keySet().forEach(y -> values.put(y, product.getOrDefault(y, BigDecimal.ZERO)));
            return values;
        }
    }

    public YearsByProduct yearsByProduct(CountryCode reporter, CountryCode partner, Flow flow, HsLevel level, int fromYear, int toYear) {
        totals.requireWhole();
        Map<String, Map<Integer, BigDecimal>> products = new HashMap<>();
        Map<Integer, BigDecimal> total = new java.util.TreeMap<>();
        Map<Integer, Integer> months = new HashMap<>();
        jdbc.sql("""
                        select level, code, extract(year from period)::int, value_usd, months from trade_total
                        where reporter = :r and partner = :p and flow = :f and freq = 'Y' and period >= :from and period < :to
                          and level = any(cast(:levels as text[]))""")
                .param("r", reporter.value()).param("p", partner.value()).param("f", flow.code())
                .param("from", LocalDate.of(fromYear, 1, 1)).param("to", LocalDate.of(toYear + 1, 1, 1))
                .param("levels", new String[] {"total", level.label()})
                .query(rs -> {
                    if (rs.getString(1).equals("total")) {
                        total.put(rs.getInt(3), rs.getBigDecimal(4));
                        months.put(rs.getInt(3), rs.getInt(5));
                    } else {
                        products.computeIfAbsent(rs.getString(2), c -> new HashMap<>()).put(rs.getInt(3), rs.getBigDecimal(4));
                    }
                });
        return new YearsByProduct(products, total, months);
    }

    /** One partner's trade with the reporter in a product, for comparing the suppliers of the same goods. */
    public record Supply(CountryCode partner, String code, BigDecimal valueUsd) {
    }

    /** Every country (not the world totals) the reporter's statistics hold for these products in a year, by product and value. */
    public List<Supply> suppliers(CountryCode reporter, Flow flow, HsLevel level, Collection<String> codes, int year) {
        totals.requireWhole();
        return jdbc.sql("""
                        select partner, code, value_usd from trade_total
                        where reporter = :r and flow = :f and freq = 'Y' and period = :year and level = :level
                          and code = any(cast(:codes as text[])) and partner <> :world
                        order by code, value_usd desc, partner""")
                .param("r", reporter.value()).param("f", flow.code()).param("year", LocalDate.of(year, 1, 1))
                .param("level", level.label()).param("codes", codes.toArray(String[]::new)).param("world", CountryCode.WORLD.value())
                .query((rs, n) -> new Supply(CountryCode.of(rs.getString(1)), rs.getString(2), rs.getBigDecimal(3))).list();
    }

    /**
     * The flow's total by month, and by year for years reported only whole (freq 'A'), for what is charged month by
     * month: a duty whose rate changed on the 9th. A year held both in months (Census) and whole (a Comtrade annual
     * line) gives its months only, as the year's own total does ({@link HeldSlices#detail}): both would count it twice.
     */
    public List<Value> totalsByPeriod(CountryCode reporter, CountryCode partner, Flow flow, int fromYear, int toYear) {
        totals.requireWhole();
        Map<Integer, HeldSlices.Detail> read = heldSlices.detail(reporter.value(), partner.value(), flow.code(), fromYear, toYear);
        return jdbc.sql("""
                        select freq, period, value_usd, months from trade_total
                        where reporter = :r and partner = :p and flow = :f and level = 'total' and freq in ('M', 'A')
                          and period >= :from and period < :to
                        order by period, freq""")
                .param("r", reporter.value()).param("p", partner.value()).param("f", flow.code())
                .param("from", LocalDate.of(fromYear, 1, 1)).param("to", LocalDate.of(toYear + 1, 1, 1))
                .query((rs, n) -> new Value(null, rs.getString(1).equals("M"), YearMonth.from(rs.getObject(2, LocalDate.class)),
                        rs.getBigDecimal(3), rs.getInt(4)))
                .list().stream().filter(v -> {
                    HeldSlices.Detail d = read.get(v.period().getYear());
                    return d == null || (d.freq() == 'M') == v.month();
                }).toList();
    }

    /**
     * How many HS digits one year's statistics of the flow reach (6 for HS6 figures, 10 for Census lines), at the detail
     * of its coarsest period, read as the year's totals are ({@link HeldSlices#detail}); empty for a year without any.
     */
    public OptionalInt detail(CountryCode reporter, CountryCode partner, Flow flow, int year) {
        HeldSlices.Detail d = heldSlices.detail(reporter.value(), partner.value(), flow.code(), year, year).get(year);
        return d == null ? OptionalInt.empty() : OptionalInt.of(d.level());
    }

    /** The latest month the reporter's statistics of this flow with the partner cover, monthly or in a year's figure. */
    public Optional<YearMonth> latestMonth(CountryCode reporter, CountryCode partner, Flow flow) {
        return jdbc.sql("""
                        select max(case when freq = 'M' then period else (period + (months - 1) * interval '1 month')::date end)
                        from trade_total where reporter = :r and partner = :p and flow = :f and level = 'total' and freq in ('M', 'Y')""")
                .param("r", reporter.value()).param("p", partner.value()).param("f", flow.code())
                .query(LocalDate.class).optional().map(YearMonth::from);
    }
}
