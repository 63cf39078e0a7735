package org.bilateral.tradestats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds a {@link ProductYearGrid} from the yearly lists of one flow, as the store writes them out in text. */
final class ProductYearGrids {

    private ProductYearGrids() {
    }

    static ProductYearGrid of(List<ProductFlowsStore.ListText> lists) {
        List<ProductFlowsStore.ListText> totals = new ArrayList<>();
        List<ProductFlowsStore.ListText> products = new ArrayList<>();
        for (ProductFlowsStore.ListText l : lists) {
            (l.level().equals("total") ? totals : products).add(l);
        }
        if (totals.isEmpty()) {
            return ProductYearGrid.empty();
        }
        totals.sort((a, b) -> Integer.compare(a.year(), b.year()));
        int[] years = new int[totals.size()];
        BigDecimal[] total = new BigDecimal[years.length];
        int[] months = new int[years.length];
        for (int i = 0; i < years.length; i++) {
            ProductFlowsStore.ListText t = totals.get(i);
            years[i] = t.year();
            BigDecimal[] value = values(t);
            // the flow's total is a list of one, its code empty
            if (value.length != 1) {
                throw new IllegalStateException("the total of " + t.year() + " holds " + value.length + " values, not one");
            }
            total[i] = value[0];
            months[i] = t.months();
        }
        String[][] codesOf = new String[products.size()][];
        BigDecimal[][] valuesOf = new BigDecimal[products.size()][];
        String[] codes = null;
        boolean same = true;
        for (int k = 0; k < products.size(); k++) {
            codesOf[k] = codes(products.get(k));
            valuesOf[k] = values(products.get(k));
            if (codesOf[k].length != valuesOf[k].length) {
                throw new IllegalStateException("a list of " + codesOf[k].length + " codes with " + valuesOf[k].length + " values");
            }
            inOrder(codesOf[k], valuesOf[k]);
            same &= codes == null || Arrays.equals(codes, codesOf[k]);
            codes = codes == null ? codesOf[k] : codes;
        }
        if (codes == null) {
            codes = new String[0];
        } else if (!same) {
            // a product traded in some years only: the codes of every year, once each, in order
            codes = Arrays.stream(codesOf).flatMap(Arrays::stream).distinct().sorted().toArray(String[]::new);
        }
        BigDecimal[][] values = new BigDecimal[codes.length][];
        for (int p = 0; p < codes.length; p++) {
            values[p] = new BigDecimal[years.length];
            Arrays.fill(values[p], BigDecimal.ZERO);
        }
        for (int k = 0; k < products.size(); k++) {
            int y = Arrays.binarySearch(years, products.get(k).year());
            if (y < 0) {
                continue; // a year the flow's total does not hold is unknown, as in yearsByProduct
            }
            BigDecimal[] value = valuesOf[k];
            String[] listed = codesOf[k];
            // both are in the same order: walk them side by side
            int p = 0;
            for (int i = 0; i < listed.length; i++) {
                while (!codes[p].equals(listed[i])) {
                    p++;
                }
                values[p][y] = value[i];
            }
        }
        return new ProductYearGrid(years, total, months, codes, values);
    }

    /**
     * Puts a list in the codes' order, its values with them. The import writes its lists in this order; lists rebuilt
     * in SQL are in the database's collation, which for codes of one level's digits is the same, but is not trusted.
     */
    private static void inOrder(String[] codes, BigDecimal[] values) {
        for (int i = 1; i < codes.length; i++) {
            if (codes[i - 1].compareTo(codes[i]) >= 0) {
                Integer[] order = new Integer[codes.length];
                for (int k = 0; k < order.length; k++) {
                    order[k] = k;
                }
                Arrays.sort(order, (a, b) -> codes[a].compareTo(codes[b]));
                String[] c = codes.clone();
                BigDecimal[] v = values.clone();
                for (int k = 0; k < order.length; k++) {
                    codes[k] = c[order[k]];
                    values[k] = v[order[k]];
                }
                return;
            }
        }
    }

    /** The list's codes, which hold no comma (HS digits, sector ids). */
    private static String[] codes(ProductFlowsStore.ListText l) {
        return split(l.codes(), l.count());
    }

    private static BigDecimal[] values(ProductFlowsStore.ListText l) {
        if (l.count() == 0) {
            return new BigDecimal[0];
        }
        String text = l.values();
        char[] chars = text.toCharArray();
        BigDecimal[] values = new BigDecimal[l.count()];
        int start = 0;
        int n = 0;
        for (int i = 0; i <= chars.length; i++) {
            if (i == chars.length || chars[i] == ',') {
                if (n == values.length) {
                    throw new IllegalStateException("more values than the list's " + values.length + " codes");
                }
                // the exact value PostgreSQL wrote: numeric's text has no exponent and loses nothing
                values[n++] = new BigDecimal(chars, start, i - start);
                start = i + 1;
            }
        }
        if (n != values.length) {
            throw new IllegalStateException(n + " values for a list of " + values.length + " codes");
        }
        return values;
    }

    private static String[] split(String text, int count) {
        String[] parts = new String[count];
        if (count == 0) {
            return parts;
        }
        int start = 0;
        int n = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ',') {
                if (n == count) {
                    throw new IllegalStateException("more codes than the list's " + count);
                }
                parts[n++] = text.substring(start, i);
                start = i + 1;
            }
        }
        if (n != count) {
            throw new IllegalStateException(n + " codes for a list of " + count);
        }
        return parts;
    }
}
