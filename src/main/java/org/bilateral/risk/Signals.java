package org.bilateral.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The arithmetic of each signal on one product's yearly flows, in plain doubles (shares and growth rates, not money).
 * Years are those both flows a signal compares have statistics for; the event's own year is neither before nor after,
 * since a July event splits it.
 */
final class Signals {

    /** A product's exports growing this much more than the hub's exports of everything counts as new, not infinite. */
    static final double NEW_TRADE = 3.0;

    private Signals() {
    }

    /** The context every product's signals share: the years, the event, the hub's total exports to the destination, the margin. */
    record Context(int fromYear, int toYear, Integer eventYear, Map<Integer, BigDecimal> hubTotalToDestination, double cifFobMargin) {

        IntPredicate before() {
            return y -> eventYear != null && y < eventYear;
        }

        IntPredicate after() {
            return y -> eventYear == null || y > eventYear;
        }
    }

    static List<Signal> of(ProductSeries p, Context c) {
        return List.of(diversion(p, c), passThrough(p, c), mirrorGap(p, c), surge(p, c));
    }

    static Signal diversion(ProductSeries p, Context c) {
        SignalKind kind = SignalKind.DIVERSION;
        if (c.eventYear() == null) {
            return missing(kind, "no tariff event between " + c.fromYear() + " and " + c.toYear());
        }
        if (p.originToDestination() == null || p.hubToDestination() == null) {
            return missing(kind, "needs the destination's imports from the origin and from the hub");
        }
        List<Integer> before = common(p.originToDestination(), p.hubToDestination(), c.before());
        List<Integer> after = common(p.originToDestination(), p.hubToDestination(), c.after());
        if (before.isEmpty() || after.isEmpty()) {
            return missing(kind, "needs years of both flows before and after " + c.eventYear());
        }
        double odBefore = sum(p.originToDestination(), before);
        double hdBefore = sum(p.hubToDestination(), before);
        double odAfter = sum(p.originToDestination(), after);
        double hdAfter = sum(p.hubToDestination(), after);
        if (odBefore + hdBefore == 0 || odAfter + hdAfter == 0) {
            return new Signal(kind, 0.0, 0, "no trade from the origin or the hub before or after " + c.eventYear());
        }
        double shareBefore = odBefore / (odBefore + hdBefore);
        double shareAfter = odAfter / (odAfter + hdAfter);
        double hubBefore = hdBefore / before.size();
        double hubAfter = hdAfter / after.size();
        double originBefore = odBefore / before.size();
        double originAfter = odAfter / after.size();
        // a share can fall because the hub grows on its own: diversion is the origin's sales falling as the hub's rise
        boolean diverted = hubAfter > hubBefore && originAfter < originBefore;
        double value = diverted && shareAfter < shareBefore ? shareBefore - shareAfter : 0;
        return new Signal(kind, value, 0, String.format(Locale.ROOT,
                "origin's share of the destination's imports from origin and hub: %s before %d, %s after; the origin's: %s a year "
                        + "before, %s after; the hub's: %s, %s", percent(shareBefore), c.eventYear(), percent(shareAfter),
                money(originBefore), money(originAfter), money(hubBefore), money(hubAfter)));
    }

    /**
     * With an event: how much of the rise in the hub's exports to the destination its rise in imports from the origin
     * covers, min(ΔO→H, ΔH→D) / ΔH→D between the years before and after. Inputs bought in proportion to output also move
     * with it, but cover only their share of the rise; goods passed on cover all of it. Without an event: the bound in
     * levels, min(O→H, H→D) / H→D over the years.
     */
    static Signal passThrough(ProductSeries p, Context c) {
        SignalKind kind = SignalKind.PASS_THROUGH;
        if (p.originToHub() == null || p.hubToDestination() == null) {
            return missing(kind, "needs the hub's imports from the origin and the destination's imports from the hub");
        }
        if (c.eventYear() != null) {
            List<Integer> before = common(p.originToHub(), p.hubToDestination(), c.before());
            List<Integer> after = common(p.originToHub(), p.hubToDestination(), c.after());
            if (before.isEmpty() || after.isEmpty()) {
                return missing(kind, "needs years of both flows before and after " + c.eventYear());
            }
            double hubRise = mean(p.hubToDestination(), after) - mean(p.hubToDestination(), before);
            double originRise = mean(p.originToHub(), after) - mean(p.originToHub(), before);
            if (hubRise <= 0) {
                return new Signal(kind, 0.0, 0, String.format(Locale.ROOT, "the hub's exports to the destination did not rise after %d "
                        + "(%s a year before, %s after)", c.eventYear(), money(mean(p.hubToDestination(), before)),
                        money(mean(p.hubToDestination(), after))));
            }
            double covered = Math.min(Math.max(originRise, 0), hubRise) / hubRise;
            return new Signal(kind, covered, 0, String.format(Locale.ROOT,
                    "after %d the hub's exports to the destination rose %s a year, its imports from the origin %s: %s of the rise covered",
                    c.eventYear(), money(hubRise), money(originRise), percent(covered)));
        }
        List<Integer> years = common(p.originToHub(), p.hubToDestination(), y -> true);
        if (years.isEmpty()) {
            return missing(kind, "needs years of both flows");
        }
        double bound = 0;
        double hub = 0;
        for (int y : years) {
            bound += Math.min(value(p.originToHub(), y), value(p.hubToDestination(), y));
            hub += value(p.hubToDestination(), y);
        }
        if (hub == 0) {
            return new Signal(kind, 0.0, 0, "no exports from the hub to the destination in " + span(years));
        }
        return new Signal(kind, bound / hub, 0, String.format(Locale.ROOT,
                "min(hub's imports from origin, its exports to destination) summed over %s: %s of %s, %s", span(years), money(bound),
                money(hub), percent(bound / hub)));
    }

    static Signal mirrorGap(ProductSeries p, Context c) {
        SignalKind kind = SignalKind.MIRROR_GAP;
        if (p.hubToDestination() == null || p.hubReportsExports() == null) {
            return missing(kind, "needs the destination's imports from the hub and the hub's own record of its exports");
        }
        List<Integer> years = common(p.hubToDestination(), p.hubReportsExports(), y -> true);
        if (years.isEmpty()) {
            return missing(kind, "needs years both sides report");
        }
        double recorded = sum(p.hubToDestination(), years);
        double reported = sum(p.hubReportsExports(), years);
        if (recorded == 0) {
            return new Signal(kind, 0.0, 0, "the destination records no imports of it from the hub in " + span(years));
        }
        double gap = reported == 0 ? 1 : (recorded - reported) / reported;
        double excess = Math.max(0, gap - c.cifFobMargin());
        return new Signal(kind, excess, 0, String.format(Locale.ROOT,
                "the destination records %s of imports from the hub in %s, the hub %s of exports: %s more, %s beyond a CIF/FOB margin of %s",
                money(recorded), span(years), money(reported), reported == 0 ? "all" : percent(gap), percent(excess),
                percent(c.cifFobMargin())));
    }

    static Signal surge(ProductSeries p, Context c) {
        SignalKind kind = SignalKind.SURGE;
        if (c.eventYear() == null) {
            return missing(kind, "no tariff event between " + c.fromYear() + " and " + c.toYear());
        }
        if (p.hubToDestination() == null) {
            return missing(kind, "needs the destination's imports from the hub");
        }
        List<Integer> before = years(p.hubToDestination(), c.before());
        List<Integer> after = years(p.hubToDestination(), c.after());
        if (before.isEmpty() || after.isEmpty()) {
            return missing(kind, "needs years before and after " + c.eventYear());
        }
        double growth = growth(mean(p.hubToDestination(), before), mean(p.hubToDestination(), after));
        double hubGrowth = growth(mean(c.hubTotalToDestination(), years(c.hubTotalToDestination(), c.before())),
                mean(c.hubTotalToDestination(), years(c.hubTotalToDestination(), c.after())));
        double both = hubGrowth;
        String bothText = "";
        if (p.originToDestination() != null) {
            List<Integer> b = common(p.originToDestination(), p.hubToDestination(), c.before());
            List<Integer> a = common(p.originToDestination(), p.hubToDestination(), c.after());
            if (!b.isEmpty() && !a.isEmpty()) {
                both = growth((sum(p.originToDestination(), b) + sum(p.hubToDestination(), b)) / b.size(),
                        (sum(p.originToDestination(), a) + sum(p.hubToDestination(), a)) / a.size());
                bothText = String.format(Locale.ROOT, ", the destination's imports of it from origin and hub %+.2f", both);
            }
        }
        double excess = Math.max(0, growth - Math.max(hubGrowth, both));
        return new Signal(kind, excess, 0, String.format(Locale.ROOT,
                "growth of the hub's exports of it, %d to %d against before: %+.2f log points; of all its exports to the destination %+.2f%s",
                after.get(0), after.get(after.size() - 1), growth, hubGrowth, bothText));
    }

    /** Each signal ranked among the products: the strongest 1, a product showing nothing 0. */
    static List<List<Signal>> ranked(List<List<Signal>> products) {
        List<List<Signal>> out = new ArrayList<>();
        products.forEach(p -> out.add(new ArrayList<>(p)));
        for (int k = 0; k < SignalKind.values().length; k++) {
            int kind = k;
            List<Double> shown = products.stream().map(p -> p.get(kind).value()).filter(v -> v != null && v > 0).sorted().toList();
            for (List<Signal> p : out) {
                Signal s = p.get(kind);
                if (s.value() != null && s.value() > 0) {
                    int atMost = upperBound(shown, s.value());
                    p.set(kind, s.ranked((double) atMost / shown.size()));
                }
            }
        }
        return out;
    }

    /**
     * The score, 0 to 1: rerouting needs both a route through the hub (pass-through, mirror gap) and a change at the event
     * (diversion, surge), so the score multiplies the two groups' mean ranks, the route weighing two thirds: without a
     * route there is no rerouting at all, while the change only dates it. A product that merely grows shows the change
     * without the route; goods assembled from the origin's parts show the route without the change; either scores low.
     * Where one group cannot be computed, the other's mean stands alone. (Weighed equally, the growers of the
     * demonstration data reached the top ten in all three seeds tried; weighed so, in two of them, with the same precision.)
     */
    static double score(List<Signal> signals) {
        double route = meanRank(signals, SignalKind.PASS_THROUGH, SignalKind.MIRROR_GAP);
        double change = meanRank(signals, SignalKind.DIVERSION, SignalKind.SURGE);
        if (Double.isNaN(route) && Double.isNaN(change)) {
            return 0;
        }
        if (Double.isNaN(route) || Double.isNaN(change)) {
            return Double.isNaN(route) ? change : route;
        }
        return Math.pow(route, 2.0 / 3) * Math.pow(change, 1.0 / 3);
    }

    private static double meanRank(List<Signal> signals, SignalKind... kinds) {
        return signals.stream().filter(Signal::computed).filter(s -> java.util.Arrays.asList(kinds).contains(s.kind()))
                .mapToDouble(Signal::rank).average().orElse(Double.NaN);
    }

    private static int upperBound(List<Double> sorted, double value) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid) <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Signal missing(SignalKind kind, String why) {
        return new Signal(kind, null, 0, "not computed: " + why);
    }

    private static List<Integer> common(Map<Integer, BigDecimal> a, Map<Integer, BigDecimal> b, IntPredicate when) {
        return a.keySet().stream().filter(b::containsKey).filter(when::test).sorted().toList();
    }

    private static List<Integer> years(Map<Integer, BigDecimal> a, IntPredicate when) {
        return a.keySet().stream().filter(when::test).sorted().toList();
    }

    private static double value(Map<Integer, BigDecimal> series, int year) {
        BigDecimal v = series.get(year);
        return v == null ? 0 : v.doubleValue();
    }

    private static double sum(Map<Integer, BigDecimal> series, List<Integer> years) {
        return years.stream().mapToDouble(y -> value(series, y)).sum();
    }

    private static double mean(Map<Integer, BigDecimal> series, List<Integer> years) {
        return years.isEmpty() ? 0 : sum(series, years) / years.size();
    }

    /** Log growth from one mean to another; trade from nothing counts as {@link #NEW_TRADE}, trade to nothing as its negative. */
    private static double growth(double from, double to) {
        if (from <= 0) {
            return to > 0 ? NEW_TRADE : 0;
        }
        return to <= 0 ? -NEW_TRADE : Math.log(to / from);
    }

    private static String span(List<Integer> years) {
        return years.size() == 1 ? years.get(0).toString() : years.get(0) + "–" + years.get(years.size() - 1);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String money(double usd) {
        return org.bilateral.workbench.Figures.usdAmount(BigDecimal.valueOf(Math.round(usd)));
    }
}
