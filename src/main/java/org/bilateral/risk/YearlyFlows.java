package org.bilateral.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The arithmetic every signal does on a product's yearly flows: the years flows share, their sums and means, and the
 * growth from one mean to another. In plain doubles: these are shares and growth rates, never amounts written down.
 */
final class YearlyFlows {

    /** A product's exports growing this much more than the hub's exports of everything counts as new, not infinite. */
    static final double NEW_TRADE = 3.0;

    private YearlyFlows() {
    }

    /**
     * The years, in order, that every series holds and the predicate keeps. In loops rather than streams: a screen asks
     * this some twenty times for each of thousands of products, and the streams' set-up was a tenth of its time.
     */
    @SafeVarargs
    static List<Integer> inAll(IntPredicate when, Map<Integer, BigDecimal>... series) {
        List<Integer> years = new ArrayList<>(series[0].size());
        for (Integer y : series[0].keySet()) {
            if (!when.test(y)) {
                continue;
            }
            boolean everywhere = true;
            for (int i = 1; i < series.length && everywhere; i++) {
                everywhere = series[i].containsKey(y);
            }
            if (everywhere) {
                years.add(y);
            }
        }
        years.sort(null);
        return years;
    }

    /** A year's value; zero where the series does not hold the year. */
    static double value(Map<Integer, BigDecimal> series, int year) {
        BigDecimal v = series.get(year);
        return v == null ? 0 : v.doubleValue();
    }

    static double sum(Map<Integer, BigDecimal> series, List<Integer> years) {
        double sum = 0;
        for (int y : years) {
            sum += value(series, y);
        }
        return sum;
    }

    /** The mean of the years; zero for no years. */
    static double mean(Map<Integer, BigDecimal> series, List<Integer> years) {
        return years.isEmpty() ? 0 : sum(series, years) / years.size();
    }

    /** Dollars per unit over the years: their values summed over their quantities summed, not a mean of prices. */
    static double perUnit(Map<Integer, ProductSeries.UnitValue> units, List<Integer> years) {
        double value = 0;
        double quantity = 0;
        for (int y : years) {
            ProductSeries.UnitValue u = units.get(y);
            if (u != null) {
                value += u.valueUsd().doubleValue();
                quantity += u.quantity().doubleValue();
            }
        }
        return value / quantity;
    }

    /** Log growth from one mean to another; trade from nothing counts as {@link #NEW_TRADE}, trade to nothing as its negative. */
    static double growth(double from, double to) {
        if (from <= 0) {
            return to > 0 ? NEW_TRADE : 0;
        }
        return to <= 0 ? -NEW_TRADE : Math.log(to / from);
    }

    /** "2019–2020", or the one year. */
    static String span(List<Integer> years) {
        return years.size() == 1 ? years.get(0).toString() : years.get(0) + "–" + years.get(years.size() - 1);
    }
}
