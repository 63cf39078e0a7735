package org.bilateral.commitments.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bilateral.tradestats.ProductFlows;

/**
 * How far actual purchases of a target's covered products go toward the target, from each side's statistics.
 *
 * @param sides one measurement per statistics side the target counts, side by side
 */
public record Attainment(PurchaseTarget target, List<Side> sides, boolean synthetic) {

    /**
     * One side's measurement.
     *
     * @param baselineUsd       purchases of covered products in the baseline year
     * @param baselineMonths    how many months of the baseline year the statistics hold
     * @param seasonality       "baseline" when monthly targets follow the baseline year's months, "even" when it had no monthly figures
     * @param latestMonth       the latest month these statistics cover; null without statistics
     */
    public record Side(StatisticsSide side, String label, BigDecimal baselineUsd, int baselineMonths, String seasonality,
                       YearMonth latestMonth, List<Year> years, YearToDate yearToDate, List<Month> months, List<Group> groups) {
    }

    /** A target year: the binding annual target against what the statistics show (so far, when {@code months} < 12). */
    public record Year(int year, BigDecimal targetUsd, BigDecimal actualUsd, int months, BigDecimal attainment) {
    }

    /** The latest target year from January to the latest month, against the target prorated by the baseline's months. */
    public record YearToDate(int year, YearMonth through, BigDecimal targetUsd, BigDecimal actualUsd, BigDecimal attainment) {
    }

    /** A month's actual purchases and its share of the annual target: illustrative, only annual targets bind. */
    public record Month(YearMonth month, BigDecimal illustrativeTargetUsd, BigDecimal actualUsd) {
    }

    public record Group(String group, int year, BigDecimal actualUsd, int months) {
    }

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    /** Measures one side from the product values the statistics hold for the baseline and target years. */
    static Side measure(PurchaseTarget target, StatisticsSide side, List<ProductFlows.Value> values, YearMonth latestMonth) {
        Map<ProductFlows.Product, String> groupOf = new HashMap<>();
        target.products().forEach(p -> groupOf.put(new ProductFlows.Product(p.level(), p.code()), p.group()));
        Map<Integer, BigDecimal> yearly = new TreeMap<>();
        Map<Integer, Integer> yearMonths = new HashMap<>();
        Map<YearMonth, BigDecimal> monthly = new TreeMap<>();
        Map<String, Map<Integer, BigDecimal>> groups = new java.util.LinkedHashMap<>();
        Map<String, Map<Integer, Integer>> groupMonths = new HashMap<>();
        target.groups().forEach(g -> groups.put(g, new TreeMap<>()));
        for (ProductFlows.Value v : values) {
            if (v.month()) {
                monthly.merge(v.period(), v.valueUsd(), BigDecimal::add);
            } else {
                int year = v.period().getYear();
                yearly.merge(year, v.valueUsd(), BigDecimal::add);
                yearMonths.merge(year, v.months(), Math::max);
                String group = groupOf.get(v.product());
                groups.get(group).merge(year, v.valueUsd(), BigDecimal::add);
                groupMonths.computeIfAbsent(group, g -> new HashMap<>()).merge(year, v.months(), Math::max);
            }
        }
        int baseline = target.baselineYear();
        BigDecimal baselineUsd = yearly.getOrDefault(baseline, BigDecimal.ZERO);
        int baselineMonths = yearMonths.getOrDefault(baseline, 0);
        // Monthly targets follow the baseline year's pattern when it has all twelve months, else an even twelfth each.
        BigDecimal[] share = new BigDecimal[13];
        boolean seasonal = baselineUsd.signum() > 0 && java.util.stream.IntStream.rangeClosed(1, 12)
                .allMatch(m -> monthly.containsKey(YearMonth.of(baseline, m)));
        for (int m = 1; m <= 12; m++) {
            share[m] = seasonal ? monthly.get(YearMonth.of(baseline, m)).divide(baselineUsd, 12, RoundingMode.HALF_EVEN)
                    : BigDecimal.ONE.divide(TWELVE, 12, RoundingMode.HALF_EVEN);
        }
        List<Year> years = new ArrayList<>();
        List<Month> months = new ArrayList<>();
        YearToDate ytd = null;
        for (Map.Entry<Integer, BigDecimal> e : target.amounts().entrySet()) {
            int year = e.getKey();
            BigDecimal goal = target.basis() == PurchaseTarget.Basis.ABSOLUTE ? e.getValue() : baselineUsd.add(e.getValue());
            BigDecimal actual = yearly.get(year);
            int covered = yearMonths.getOrDefault(year, 0);
            years.add(new Year(year, money(goal), actual == null ? null : money(actual), covered, ratio(actual, goal)));
            for (int m = 1; m <= 12; m++) {
                YearMonth month = YearMonth.of(year, m);
                if (latestMonth == null || month.isAfter(latestMonth)) {
                    break;
                }
                months.add(new Month(month, money(goal.multiply(share[m])), monthly.containsKey(month) ? money(monthly.get(month)) : null));
            }
            if (latestMonth != null && latestMonth.getYear() == year) {
                BigDecimal goalToDate = BigDecimal.ZERO;
                BigDecimal actualToDate = BigDecimal.ZERO;
                for (int m = 1; m <= latestMonth.getMonthValue(); m++) {
                    goalToDate = goalToDate.add(goal.multiply(share[m]));
                    actualToDate = actualToDate.add(monthly.getOrDefault(YearMonth.of(year, m), BigDecimal.ZERO));
                }
                // Statistics published only as a whole year have no months to add up.
                if (actualToDate.signum() == 0 && actual != null && covered == 12) {
                    actualToDate = actual;
                }
                ytd = new YearToDate(year, latestMonth, money(goalToDate), money(actualToDate), ratio(actualToDate, goalToDate));
            }
        }
        List<Group> groupRows = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, BigDecimal>> g : groups.entrySet()) {
            for (int year = baseline; year <= target.lastYear(); year++) {
                if (year == baseline || target.amounts().containsKey(year)) {
                    BigDecimal v = g.getValue().get(year);
                    groupRows.add(new Group(g.getKey(), year, v == null ? null : money(v),
                            groupMonths.getOrDefault(g.getKey(), Map.of()).getOrDefault(year, 0)));
                }
            }
        }
        return new Side(side, side.label(target.buyer(), target.seller()), money(baselineUsd), baselineMonths,
                seasonal ? "baseline" : "even", latestMonth, years, ytd, months, groupRows);
    }

    private static BigDecimal money(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** Attainment as a fraction (0.85 = 85%); null when there is nothing to measure or no target to measure against. */
    private static BigDecimal ratio(BigDecimal actual, BigDecimal goal) {
        if (actual == null || goal == null || goal.signum() == 0) {
            return null;
        }
        return actual.divide(goal, 4, RoundingMode.HALF_EVEN);
    }
}
