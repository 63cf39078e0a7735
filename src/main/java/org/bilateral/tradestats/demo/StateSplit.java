package org.bilateral.tradestats.demo;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.bilateral.tradestats.census.StateFigure;

/**
 * SYNTHETIC: the demonstration's US trade with Vietnam by state, made up by splitting the demonstration's national
 * figures (each month, flow and HS6 code) among states with fixed weights, so that the states add up exactly, to the
 * dollar, to the national figure. The weights are plausible, not measured: they follow where such goods are commonly
 * said to come from or go to (aircraft from Washington and South Carolina; soybeans, corn and feed from the Corn Belt;
 * cotton from Texas and Georgia; LNG and petroleum gas from Louisiana and Texas; chips and computers from California,
 * Texas, Oregon and Arizona; imports from Vietnam landing in California, Texas, New York, Georgia, Illinois, New
 * Jersey, Washington), with a little unidentified ({@code XX}) as Census has. No figure here is Census's.
 */
final class StateSplit {

    private StateSplit() {
    }

    /** Weights (whole numbers, any sum) by HS prefix: the longest prefix listed for a code decides. */
    private static final Map<String, Object[]> EXPORT_WEIGHTS = new LinkedHashMap<>();
    private static final Map<String, Object[]> IMPORT_WEIGHTS = new LinkedHashMap<>();

    /** What is sent to Vietnam from everywhere else: ports and manufacturing states. */
    private static final Object[] EXPORTS_ELSEWHERE = {"CA", 20, "TX", 18, "IL", 8, "WA", 7, "LA", 6, "NY", 6, "GA", 6, "OH", 5,
            "PA", 5, "MI", 5, "NJ", 4, "SC", 3, "NC", 3, "XX", 2};
    /** Where goods from Vietnam are declared at entry, unless the product has its own. */
    private static final Object[] IMPORTS_ELSEWHERE = {"CA", 30, "TX", 12, "NY", 9, "GA", 8, "IL", 8, "NJ", 7, "WA", 6, "FL", 5,
            "OH", 4, "PA", 4, "NC", 3, "TN", 2, "XX", 2};

    static {
        EXPORT_WEIGHTS.put("8802", new Object[] {"WA", 70, "SC", 25, "KS", 3, "XX", 2});
        EXPORT_WEIGHTS.put("8807", new Object[] {"WA", 40, "KS", 20, "CT", 15, "OH", 15, "TX", 10});
        EXPORT_WEIGHTS.put("8411", new Object[] {"OH", 35, "CT", 30, "SC", 15, "NY", 10, "IN", 10});
        EXPORT_WEIGHTS.put("5201", new Object[] {"TX", 45, "GA", 20, "MS", 10, "AR", 8, "CA", 7, "AL", 6, "NC", 4});
        EXPORT_WEIGHTS.put("1201", new Object[] {"IA", 25, "IL", 25, "MN", 15, "NE", 12, "IN", 8, "ND", 6, "SD", 5, "OH", 4});
        EXPORT_WEIGHTS.put("1005", new Object[] {"IA", 35, "IL", 25, "NE", 20, "MN", 10, "KS", 10});
        EXPORT_WEIGHTS.put("1001", new Object[] {"ND", 30, "KS", 25, "WA", 20, "MT", 15, "OR", 10});
        EXPORT_WEIGHTS.put("2304", new Object[] {"IL", 30, "IA", 25, "IN", 15, "OH", 15, "NE", 15});
        EXPORT_WEIGHTS.put("2303", new Object[] {"IA", 35, "NE", 25, "IL", 15, "MN", 15, "SD", 10});
        EXPORT_WEIGHTS.put("0207", new Object[] {"GA", 30, "AR", 25, "NC", 20, "AL", 15, "MS", 10});
        EXPORT_WEIGHTS.put("0202", new Object[] {"NE", 35, "KS", 25, "TX", 20, "ND", 10, "CO", 10});
        EXPORT_WEIGHTS.put("0402", new Object[] {"CA", 40, "WI", 25, "ID", 20, "NY", 15});
        EXPORT_WEIGHTS.put("0802", new Object[] {"CA", 95, "XX", 5});
        EXPORT_WEIGHTS.put("2711", new Object[] {"LA", 55, "TX", 40, "XX", 5});
        EXPORT_WEIGHTS.put("2710", new Object[] {"TX", 55, "LA", 35, "XX", 10});
        EXPORT_WEIGHTS.put("3901", new Object[] {"TX", 60, "LA", 35, "XX", 5});
        EXPORT_WEIGHTS.put("3902", new Object[] {"TX", 60, "LA", 35, "XX", 5});
        EXPORT_WEIGHTS.put("8542", new Object[] {"CA", 40, "TX", 25, "OR", 20, "AZ", 15});
        EXPORT_WEIGHTS.put("8486", new Object[] {"CA", 45, "OR", 25, "AZ", 15, "TX", 10, "MA", 5});
        EXPORT_WEIGHTS.put("8471", new Object[] {"CA", 45, "TX", 30, "OR", 15, "AZ", 10});
        EXPORT_WEIGHTS.put("8473", new Object[] {"CA", 45, "TX", 30, "OR", 15, "AZ", 10});
        EXPORT_WEIGHTS.put("4703", new Object[] {"GA", 35, "AL", 25, "SC", 20, "WA", 20});
        EXPORT_WEIGHTS.put("4407", new Object[] {"WA", 30, "OR", 25, "PA", 25, "NC", 20});
        EXPORT_WEIGHTS.put("4101", new Object[] {"TX", 40, "NE", 30, "KS", 30});
        EXPORT_WEIGHTS.put("3004", new Object[] {"NJ", 35, "NC", 25, "PA", 20, "IN", 20});
        EXPORT_WEIGHTS.put("9018", new Object[] {"MN", 35, "CA", 35, "MA", 30});
        EXPORT_WEIGHTS.put("8703", new Object[] {"SC", 45, "AL", 30, "MI", 25});

        IMPORT_WEIGHTS.put("94", new Object[] {"CA", 28, "NC", 14, "GA", 12, "TX", 12, "NJ", 8, "IL", 8, "NY", 6, "FL", 6, "VA", 4, "XX", 2});
        IMPORT_WEIGHTS.put("61", new Object[] {"CA", 30, "NY", 22, "NJ", 16, "GA", 8, "TX", 8, "IL", 6, "WA", 6, "XX", 4});
        IMPORT_WEIGHTS.put("62", new Object[] {"CA", 30, "NY", 22, "NJ", 16, "GA", 8, "TX", 8, "IL", 6, "WA", 6, "XX", 4});
        IMPORT_WEIGHTS.put("64", new Object[] {"CA", 32, "NY", 16, "NJ", 14, "OR", 12, "TN", 10, "IN", 8, "TX", 6, "XX", 2});
        IMPORT_WEIGHTS.put("0306", new Object[] {"CA", 35, "TX", 25, "FL", 20, "NY", 10, "NJ", 10});
        IMPORT_WEIGHTS.put("0901", new Object[] {"NY", 35, "CA", 30, "NJ", 20, "TX", 15});
        IMPORT_WEIGHTS.put("84", new Object[] {"CA", 38, "TX", 22, "TN", 10, "IL", 8, "NJ", 8, "WA", 6, "OR", 6, "XX", 2});
        IMPORT_WEIGHTS.put("85", new Object[] {"CA", 38, "TX", 24, "IL", 8, "NJ", 8, "NY", 8, "WA", 6, "GA", 6, "XX", 2});
    }

    /**
     * The national series split by state, month by month, for the months written (index 0 is January of the first
     * year): one list of figures (state, HS6 code, dollars) per month, none for a month without trade. Every month's
     * figures of a code add up to the national figure of that month and code exactly.
     */
    static SortedMap<YearMonth, List<StateFigure>> split(Map<String, long[]> national, boolean imports, int months) {
        SortedMap<YearMonth, List<StateFigure>> byMonth = new TreeMap<>();
        List<Map.Entry<String, long[]>> products = List.copyOf(national.entrySet());
        List<Object[]> weights = products.stream().map(e -> weights(e.getKey(), imports)).toList();
        for (int m = 0; m < months; m++) {
            List<StateFigure> figures = new ArrayList<>();
            for (int p = 0; p < products.size(); p++) {
                Map.Entry<String, long[]> e = products.get(p);
                long value = e.getValue()[m];
                if (value <= 0) {
                    continue;
                }
                Object[] w = weights.get(p);
                long[] parts = largestRemainder(value, shares(w));
                for (int i = 0; i < parts.length; i++) {
                    if (parts[i] > 0) {
                        figures.add(new StateFigure((String) w[2 * i], e.getKey(), java.math.BigDecimal.valueOf(parts[i]), 0));
                    }
                }
            }
            if (!figures.isEmpty()) {
                byMonth.put(DemoData.month(m), figures);
            }
        }
        return byMonth;
    }

    /** The weights of a code: those of its longest listed prefix, else the flow's general ones. */
    static Object[] weights(String code, boolean imports) {
        Map<String, Object[]> table = imports ? IMPORT_WEIGHTS : EXPORT_WEIGHTS;
        for (int length = code.length(); length >= 2; length -= 2) {
            Object[] w = table.get(code.substring(0, length));
            if (w != null) {
                return w;
            }
        }
        return imports ? IMPORTS_ELSEWHERE : EXPORTS_ELSEWHERE;
    }

    private static long[] shares(Object[] w) {
        long[] shares = new long[w.length / 2];
        for (int i = 0; i < shares.length; i++) {
            shares[i] = ((Integer) w[2 * i + 1]).longValue();
        }
        return shares;
    }

    /**
     * Splits a whole number of dollars in proportion to whole weights, in whole dollars adding up to it exactly: each
     * part is its proportional share rounded down, and the dollars left over go one each to the parts whose shares lost
     * the most in rounding (the first listed among equals). 7 by 50:30:20 is 3.5, 2.1, 1.4: 3 + 2 + 1 = 6, the dollar
     * left goes to the first (0.5 lost): 4, 2, 1.
     */
    static long[] largestRemainder(long total, long[] weights) {
        long sum = 0;
        for (long w : weights) {
            sum += w;
        }
        if (total < 0 || sum <= 0) {
            throw new IllegalArgumentException("a split needs a total of at least 0 and some weight");
        }
        long[] parts = new long[weights.length];
        long[] remainders = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            // exact in long arithmetic: a month's national figure is below 10^11 dollars and a weight below 10^3
            long product = Math.multiplyExact(total, weights[i]);
            parts[i] = product / sum;
            remainders[i] = product % sum;
            given += parts[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong((Integer i) -> -remainders[i]).thenComparingInt(i -> i));
        for (int k = 0; k < total - given; k++) {
            parts[order.get(k)]++;
        }
        return parts;
    }
}
