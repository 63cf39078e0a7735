package org.bilateral.tradestats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;

/**
 * One flow's every product of one level by year, as arrays indexed by product and by year rather than maps: a screen of
 * thousands of products reads each value by two indexes, where boxed maps of years per product cost it more than the
 * reading (issue 34). The years are those the flow has statistics for (its total's years), in order; a product held in
 * none of a year's lists was not traded that year (zero); a year missing is unknown.
 *
 * <p>The arrays are the grid's own and are not copied out: callers read them and never write.
 */
public final class ProductYearGrid {

    /** A flow asked for: whose statistics, of which partner, in which direction. */
    public record FlowOf(CountryCode reporter, CountryCode partner, Flow flow) {
    }

    private static final ProductYearGrid EMPTY = new ProductYearGrid(new int[0], new BigDecimal[0], new int[0], new String[0],
            new BigDecimal[0][]);

    private final int[] years;
    private final BigDecimal[] total;
    private final int[] months;
    private final String[] codes;
    private final BigDecimal[][] values;

    ProductYearGrid(int[] years, BigDecimal[] total, int[] months, String[] codes, BigDecimal[][] values) {
        this.years = years;
        this.total = total;
        this.months = months;
        this.codes = codes;
        this.values = values;
    }

    static ProductYearGrid empty() {
        return EMPTY;
    }

    /** True when the statistics hold no year of the flow. */
    public boolean isEmpty() {
        return years.length == 0;
    }

    /** The years held, ascending. */
    public int[] years() {
        return years;
    }

    /** The flow's total of each year held, by year index. */
    public BigDecimal[] total() {
        return total;
    }

    /** How many months of statistics each year's total holds, by year index. */
    public int[] months() {
        return months;
    }

    /** The products traded in any year held, ascending. */
    public String[] codes() {
        return codes;
    }

    /** The product's index in {@link #codes()}, or -1 when it was traded in none of the years. */
    public int indexOf(String code) {
        int i = Arrays.binarySearch(codes, code);
        return i < 0 ? -1 : i;
    }

    /** A product's value by year index, zero where it was not traded; the grid's own array. */
    public BigDecimal[] valuesOf(int product) {
        return values[product];
    }

    /** The flow's total by year, in order: what {@link ProductFlows.YearsByProduct#total()} says. */
    public Map<Integer, BigDecimal> totalByYear() {
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        for (int i = 0; i < years.length; i++) {
            byYear.put(years[i], total[i]);
        }
        return byYear;
    }

    /** The years held, as a list. */
    public List<Integer> yearList() {
        List<Integer> list = new ArrayList<>(years.length);
        for (int y : years) {
            list.add(y);
        }
        return list;
    }
}
