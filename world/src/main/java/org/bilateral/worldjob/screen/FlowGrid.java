package org.bilateral.worldjob.screen;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One flow's subheadings by year, as the workbench's {@code tradestats.ProductYearGrid} holds a flow read from its totals:
 * the years are those the flow has any line in (at any HS level or TOTAL), its total of a year is summed from the coarsest
 * lines of that year (the TOTAL line where the file has one, else its chapters, headings or subheadings: the workbench's
 * totals take each level from the coarsest slice at or below it), and a subheading absent in a year held is zero that
 * year.
 */
final class FlowGrid implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int[] years;
    private final BigDecimal[] total;
    private final String[] codes;
    private final BigDecimal[][] values;

    private FlowGrid(int[] years, BigDecimal[] total, String[] codes, BigDecimal[][] values) {
        this.years = years;
        this.total = total;
        this.codes = codes;
        this.values = values;
    }

    /** The years held, ascending. */
    int[] years() {
        return years.clone();
    }

    /** The subheadings traded in any year held, ascending. */
    String[] codes() {
        return codes.clone();
    }

    /** The flow's total by year, in order. */
    Map<Integer, BigDecimal> totalByYear() {
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        for (int i = 0; i < years.length; i++) {
            byYear.put(years[i], total[i]);
        }
        return byYear;
    }

    /** A product's value in every year the flow covers, in order: zero where it was not traded. */
    Map<Integer, BigDecimal> yearsOf(String code) {
        int p = Arrays.binarySearch(codes, code);
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        for (int i = 0; i < years.length; i++) {
            byYear.put(years[i], p < 0 ? BigDecimal.ZERO : values[p][i]);
        }
        return byYear;
    }

    /** Gathers a flow's lines in any order; lines of one year, level and code add up. */
    static final class Builder {
        /** By year, the sum of each level's lines (0 TOTAL, 2, 4, 6 digits). */
        private final Map<Integer, TreeMap<Integer, BigDecimal>> levels = new HashMap<>();
        private final Map<String, Map<Integer, BigDecimal>> products = new HashMap<>();

        /** @param code the subheading's six digits for a line of level 6, else ignored */
        void add(int year, int level, String code, BigDecimal value) {
            levels.computeIfAbsent(year, y -> new TreeMap<>()).merge(level, value, BigDecimal::add);
            if (level == 6) {
                products.computeIfAbsent(code, c -> new HashMap<>()).merge(year, value, BigDecimal::add);
            }
        }

        boolean isEmpty() {
            return levels.isEmpty();
        }

        /** The flow, or null when it has no line in the years (missing). */
        @Nullable FlowGrid build() {
            if (levels.isEmpty()) {
                return null;
            }
            int[] years = levels.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            BigDecimal[] total = new BigDecimal[years.length];
            for (int i = 0; i < years.length; i++) {
                total[i] = levels.get(years[i]).firstEntry().getValue();
            }
            String[] codes = products.keySet().stream().sorted().toArray(String[]::new);
            BigDecimal[][] values = new BigDecimal[codes.length][years.length];
            for (int p = 0; p < codes.length; p++) {
                Map<Integer, BigDecimal> byYear = products.get(codes[p]);
                for (int i = 0; i < years.length; i++) {
                    values[p][i] = byYear.getOrDefault(years[i], BigDecimal.ZERO);
                }
            }
            return new FlowGrid(years, total, codes, values);
        }
    }
}
