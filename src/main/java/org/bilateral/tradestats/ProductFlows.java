package org.bilateral.tradestats;

import java.math.BigDecimal;
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

    private final ProductFlowsStore store;
    private final TotalsState totals;
    private final HeldSlices heldSlices;

    ProductFlows(ProductFlowsStore store, TotalsState totals, HeldSlices heldSlices) {
        this.store = store;
        this.totals = totals;
        this.heldSlices = heldSlices;
    }

    public List<Value> values(CountryCode reporter, CountryCode partner, Flow flow, Collection<Product> products, int fromYear, int toYear) {
        totals.requireWhole();
        if (products.isEmpty()) {
            return List.of();
        }
        String[] levels = products.stream().map(p -> p.level().label()).toArray(String[]::new);
        String[] codes = products.stream().map(Product::code).toArray(String[]::new);
        return store.values(reporter, partner, flow, levels, codes, fromYear, toYear);
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
        store.planForEachList();
        List<CodeYear> result = new ArrayList<>();
        List<HsCode> international = codes.stream().filter(c -> c.level() <= 6).distinct().toList();
        if (!international.isEmpty()) {
            result.addAll(internationalCodes(reporter, partner, flow, international, fromYear, toYear));
        }
        List<HsCode> national = codes.stream().filter(c -> c.level() > 6).distinct().toList();
        if (!national.isEmpty()) {
            result.addAll(nationalLines(reporter, partner, flow, national, fromYear, toYear));
        }
        return result;
    }

    /** Chapters, headings and subheadings by year, read from the totals, in every year the flow has statistics for. */
    private List<CodeYear> internationalCodes(CountryCode reporter, CountryCode partner, Flow flow, List<HsCode> codes,
                                              int fromYear, int toYear) {
        Map<Integer, Integer> months = new HashMap<>();
        Map<String, Map<Integer, BigDecimal>> found = new HashMap<>();
        String[] levels = Stream.concat(Stream.of("total"), codes.stream().map(c -> c.hsLevel().label())).distinct()
                .toArray(String[]::new);
        String[] digits = codes.stream().map(HsCode::digits).toArray(String[]::new);
        for (ProductFlowsStore.YearLine line : store.yearsOfCodes(reporter, partner, flow, levels, digits, fromYear, toYear)) {
            if (line.level().equals("total")) {
                months.put(line.year(), line.months());
            } else {
                found.computeIfAbsent(line.code(), c -> new HashMap<>()).put(line.year(), line.valueUsd());
            }
        }
        // a year whose statistics stop at headings does not know a subheading's trade: not known, rather than none
        Map<Integer, HeldSlices.Detail> detail = heldSlices.detail(reporter.value(), partner.value(), flow.code(), fromYear, toYear);
        List<CodeYear> result = new ArrayList<>();
        for (HsCode code : codes) {
            for (var year : new TreeSet<>(months.keySet())) {
                HeldSlices.Detail d = detail.get(year);
                BigDecimal value = d != null && d.level() < code.level() ? null
                        : found.getOrDefault(code.digits(), Map.of()).getOrDefault(year, BigDecimal.ZERO);
                result.add(new CodeYear(code, year, value, months.getOrDefault(year, 0)));
            }
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
            String[] subheadings = codes.stream().map(c -> c.digits().substring(0, 6)).distinct().toArray(String[]::new);
            for (ProductFlowsStore.LineSum sum : store.lineSums(held, subheadings)) {
                lines.computeIfAbsent(held.yearOf(sum.sliceKey()), y -> new HashMap<>())
                        .merge(sum.hsCode(), sum.valueUsd(), BigDecimal::add);
            }
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
        return store.quantities(reporter, partner, flow, fromYear, toYear);
    }

    /** One product's trade in a year: its code at the level asked, its value and the months the value holds. */
    public record ProductYear(String code, BigDecimal valueUsd, int months) {
    }

    /** Every product of one level the reporter traded with the partner in a year, largest first. */
    public List<ProductYear> productsOfYear(CountryCode reporter, CountryCode partner, Flow flow, HsLevel level, int year) {
        totals.requireWhole();
        return store.productsOfYear(reporter, partner, flow, level, year);
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
        for (ProductFlowsStore.YearLine line : store.linesOfYear(reporter, partner, flow, levels, year)) {
            byLevel.get(levels.indexOf(line.level())).put(line.code(), line.valueUsd());
            months[0] = Math.max(months[0], line.months());
        }
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
        for (ProductFlowsStore.YearLine line : store.linesOfYears(reporter, partner, flow, level, fromYear, toYear)) {
            if (line.level().equals("total")) {
                total.put(line.year(), line.valueUsd());
                months.put(line.year(), line.months());
            } else {
                products.computeIfAbsent(line.code(), c -> new HashMap<>()).put(line.year(), line.valueUsd());
            }
        }
        return new YearsByProduct(products, total, months);
    }

    /**
     * Several flows' every product of one level by year, read in one query, each as a {@link ProductYearGrid}: what
     * {@link #yearsByProduct} gives for one flow, as arrays. A flow without statistics in the years is an empty grid.
     */
    public Map<ProductYearGrid.FlowOf, ProductYearGrid> yearGrids(List<ProductYearGrid.FlowOf> asked, HsLevel level, int fromYear,
                                                                  int toYear) {
        totals.requireWhole();
        List<ProductYearGrid.FlowOf> distinct = asked.stream().distinct().toList();
        Map<ProductYearGrid.FlowOf, ProductYearGrid> grids = new java.util.LinkedHashMap<>();
        if (distinct.isEmpty()) {
            return grids;
        }
        List<List<ProductFlowsStore.ListText>> byFlow = new ArrayList<>();
        distinct.forEach(f -> byFlow.add(new ArrayList<>()));
        for (ProductFlowsStore.ListText list : store.yearLists(distinct.stream().map(f -> f.reporter().value()).toArray(String[]::new),
                distinct.stream().map(f -> f.partner().value()).toArray(String[]::new),
                distinct.stream().map(f -> f.flow().code()).toArray(String[]::new), new String[] {"total", level.label()}, fromYear,
                toYear)) {
            byFlow.get(list.flow() - 1).add(list);
        }
        for (int i = 0; i < distinct.size(); i++) {
            grids.put(distinct.get(i), ProductYearGrids.of(byFlow.get(i)));
        }
        return grids;
    }

    /** One partner's trade with the reporter in a product, for comparing the suppliers of the same goods. */
    public record Supply(CountryCode partner, String code, BigDecimal valueUsd) {
    }

    /** Every country (not the world totals) the reporter's statistics hold for these products in a year, by product and value. */
    public List<Supply> suppliers(CountryCode reporter, Flow flow, HsLevel level, Collection<String> codes, int year) {
        totals.requireWhole();
        return store.suppliers(reporter, flow, level, codes.toArray(String[]::new), year);
    }

    /**
     * The flow's total by month, and by year for years reported only whole (freq 'A'), for what is charged month by
     * month: a duty whose rate changed on the 9th. A year held both in months (Census) and whole (a Comtrade annual
     * line) gives its months only, as the year's own total does ({@link HeldSlices#detail}): both would count it twice.
     */
    public List<Value> totalsByPeriod(CountryCode reporter, CountryCode partner, Flow flow, int fromYear, int toYear) {
        totals.requireWhole();
        Map<Integer, HeldSlices.Detail> read = heldSlices.detail(reporter.value(), partner.value(), flow.code(), fromYear, toYear);
        return store.totalsByPeriod(reporter, partner, flow, fromYear, toYear).stream().filter(v -> {
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
        return store.latestMonth(reporter, partner, flow);
    }

    /** When the statistics of a month of a flow were imported (the latest import holding any of its slices), and whether any is synthetic. */
    public record MonthHeld(java.time.Instant importedAt, boolean synthetic) {
    }

    /** When the month's statistics of this flow entered the workbench; empty when it holds none of the month. */
    public Optional<MonthHeld> monthHeld(CountryCode reporter, CountryCode partner, Flow flow, YearMonth month) {
        return store.monthHeld(reporter, partner, flow, month);
    }
}
