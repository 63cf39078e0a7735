package org.bilateral.commitments.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.bilateral.tradestats.ProductFlows;
import org.jspecify.annotations.Nullable;

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
                       @Nullable YearMonth latestMonth, List<Year> years, @Nullable YearToDate yearToDate, List<Month> months, List<Group> groups) {
    }

    /** A target year: the binding annual target against what the statistics show (so far, when {@code months} < 12). */
    public record Year(int year, BigDecimal targetUsd, @Nullable BigDecimal actualUsd, int months, @Nullable BigDecimal attainment) {
    }

    /** The latest target year from January to the latest month, against the target prorated by the baseline's months. */
    public record YearToDate(int year, YearMonth through, BigDecimal targetUsd, BigDecimal actualUsd, @Nullable BigDecimal attainment) {
    }

    /** A month's actual purchases and its share of the annual target: illustrative, only annual targets bind. */
    public record Month(YearMonth month, BigDecimal illustrativeTargetUsd, @Nullable BigDecimal actualUsd) {
    }

    public record Group(String group, int year, @Nullable BigDecimal actualUsd, int months) {
    }

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    /** The statistics' values added up by year, by month and by the target's product groups. */
    private record Sums(Map<Integer, BigDecimal> yearly, Map<Integer, Integer> yearMonths, Map<YearMonth, BigDecimal> monthly,
                        Map<String, Map<Integer, BigDecimal>> groups, Map<String, Map<Integer, Integer>> groupMonths) {

        static Sums of(PurchaseTarget target, List<ProductFlows.Value> values) {
            Map<ProductFlows.Product, String> groupOf = new HashMap<>();
            target.products().forEach(p -> groupOf.put(new ProductFlows.Product(p.level(), p.code()), p.group()));
            Sums sums = new Sums(new TreeMap<>(), new HashMap<>(), new TreeMap<>(), new java.util.LinkedHashMap<>(), new HashMap<>());
            target.groups().forEach(g -> sums.groups().put(g, new TreeMap<>()));
            for (ProductFlows.Value v : values) {
                if (v.month()) {
                    sums.monthly().merge(v.period(), v.valueUsd(), BigDecimal::add);
                } else {
                    int year = v.period().getYear();
                    sums.yearly().merge(year, v.valueUsd(), BigDecimal::add);
                    sums.yearMonths().merge(year, v.months(), Math::max);
                    // the statistics are asked for the target's own products only, so each value has its group
                    String group = Objects.requireNonNull(groupOf.get(v.product()), "a value of a product the target does not cover");
                    Objects.requireNonNull(sums.groups().get(group), group).merge(year, v.valueUsd(), BigDecimal::add);
                    sums.groupMonths().computeIfAbsent(group, g -> new HashMap<>()).merge(year, v.months(), Math::max);
                }
            }
            return sums;
        }
    }

    /** Measures one side from the product values the statistics hold for the baseline and target years. */
    static Side measure(PurchaseTarget target, StatisticsSide side, List<ProductFlows.Value> values, @Nullable YearMonth latestMonth) {
        Sums sums = Sums.of(target, values);
        int baseline = target.baselineYear();
        BigDecimal baselineUsd = sums.yearly().getOrDefault(baseline, BigDecimal.ZERO);
        int baselineMonths = sums.yearMonths().getOrDefault(baseline, 0);
        boolean seasonal = baselineUsd.signum() > 0 && java.util.stream.IntStream.rangeClosed(1, 12)
                .allMatch(m -> sums.monthly().containsKey(YearMonth.of(baseline, m)));
        BigDecimal[] share = monthShares(sums, baseline, baselineUsd, seasonal);
        List<Year> years = new ArrayList<>();
        List<Month> months = new ArrayList<>();
        @Nullable YearToDate ytd = null;
        for (Map.Entry<Integer, BigDecimal> e : target.amounts().entrySet()) {
            int year = e.getKey();
            BigDecimal goal = target.basis() == PurchaseTarget.Basis.ABSOLUTE ? e.getValue() : baselineUsd.add(e.getValue());
            BigDecimal actual = sums.yearly().get(year);
            int covered = sums.yearMonths().getOrDefault(year, 0);
            years.add(new Year(year, money(goal), actual == null ? null : money(actual), covered, actual == null ? null : ratio(actual, goal)));
            for (int m = 1; m <= 12; m++) {
                YearMonth month = YearMonth.of(year, m);
                if (latestMonth == null || month.isAfter(latestMonth)) {
                    break;
                }
                BigDecimal actualInMonth = sums.monthly().get(month);
                months.add(new Month(month, money(goal.multiply(share[m])), actualInMonth == null ? null : money(actualInMonth)));
            }
            if (latestMonth != null && latestMonth.getYear() == year) {
                ytd = yearToDate(sums, year, latestMonth, goal, share, actual, covered);
            }
        }
        return new Side(side, side.label(target.buyer(), target.seller()), money(baselineUsd), baselineMonths,
                seasonal ? "baseline" : "even", latestMonth, years, ytd, months, groupRows(target, sums));
    }

    /**
     * Each month's share of a year's target, by month number (1 to 12): the baseline year's pattern when it has all
     * twelve months, else an even twelfth each.
     */
    private static BigDecimal[] monthShares(Sums sums, int baseline, BigDecimal baselineUsd, boolean seasonal) {
        BigDecimal[] share = new BigDecimal[13];
        for (int m = 1; m <= 12; m++) {
            share[m] = seasonal ? Objects.requireNonNull(sums.monthly().get(YearMonth.of(baseline, m)), "a seasonal baseline has all twelve months").divide(baselineUsd, 12, RoundingMode.HALF_EVEN)
                    : BigDecimal.ONE.divide(TWELVE, 12, RoundingMode.HALF_EVEN);
        }
        return share;
    }

    /** The target and the purchases of a year up to its latest month of statistics. */
    private static YearToDate yearToDate(Sums sums, int year, YearMonth latestMonth, BigDecimal goal, BigDecimal[] share,
                                         @Nullable BigDecimal actual, int covered) {
        BigDecimal goalToDate = BigDecimal.ZERO;
        BigDecimal actualToDate = BigDecimal.ZERO;
        for (int m = 1; m <= latestMonth.getMonthValue(); m++) {
            goalToDate = goalToDate.add(goal.multiply(share[m]));
            actualToDate = actualToDate.add(sums.monthly().getOrDefault(YearMonth.of(year, m), BigDecimal.ZERO));
        }
        // Statistics published only as a whole year have no months to add up.
        if (actualToDate.signum() == 0 && actual != null && covered == 12) {
            actualToDate = actual;
        }
        return new YearToDate(year, latestMonth, money(goalToDate), money(actualToDate), ratio(actualToDate, goalToDate));
    }

    /** Each product group's purchases in the baseline year and the target years. */
    private static List<Group> groupRows(PurchaseTarget target, Sums sums) {
        List<Group> groupRows = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, BigDecimal>> g : sums.groups().entrySet()) {
            for (int year = target.baselineYear(); year <= target.lastYear(); year++) {
                if (year == target.baselineYear() || target.amounts().containsKey(year)) {
                    BigDecimal v = g.getValue().get(year);
                    groupRows.add(new Group(g.getKey(), year, v == null ? null : money(v),
                            sums.groupMonths().getOrDefault(g.getKey(), Map.of()).getOrDefault(year, 0)));
                }
            }
        }
        return groupRows;
    }

    private static BigDecimal money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** Attainment as a fraction (0.85 = 85%); null when there is nothing to measure or no target to measure against. */
    private static @Nullable BigDecimal ratio(BigDecimal actual, BigDecimal goal) {
        if (goal.signum() == 0) {
            return null;
        }
        return actual.divide(goal, 4, RoundingMode.HALF_EVEN);
    }
}
