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

    /**
     * The context every product's signals share: the years, the event, the hub's total exports to the destination, the
     * margin; and whether the arithmetic is spelled out, which a screen of thousands of products does only for those it
     * shows (formatting it for every product took longer than measuring them).
     */
    record Context(int fromYear, int toYear, Integer eventYear, Map<Integer, BigDecimal> hubTotalToDestination, double cifFobMargin,
                   boolean spelledOut) {

        Context(int fromYear, int toYear, Integer eventYear, Map<Integer, BigDecimal> hubTotalToDestination, double cifFobMargin) {
            this(fromYear, toYear, eventYear, hubTotalToDestination, cifFobMargin, true);
        }

        /** The same context, measuring without spelling out. */
        Context measuringOnly() {
            return new Context(fromYear, toYear, eventYear, hubTotalToDestination, cifFobMargin, false);
        }

        String spell(java.util.function.Supplier<String> arithmetic) {
            return spelledOut ? arithmetic.get() : "";
        }

        IntPredicate before() {
            return y -> eventYear != null && y < eventYear;
        }

        IntPredicate after() {
            return y -> eventYear == null || y > eventYear;
        }
    }

    static List<Signal> of(ProductSeries p, Context c) {
        return List.of(diversion(p, c), passThrough(p, c), mirrorGap(p, c), unitValues(p, c), surge(p, c), freund(p, c));
    }

    static Signal diversion(ProductSeries p, Context c) {
        SignalKind kind = SignalKind.DIVERSION;
        if (c.eventYear() == null) {
            return missing(kind, "no tariff event between " + c.fromYear() + " and " + c.toYear());
        }
        if (p.originToDestination() == null || p.hubToDestination() == null) {
            return missing(kind, "needs the destination's imports from the origin and from the hub");
        }
        List<Integer> before = inAll(c.before(), p.originToDestination(), p.hubToDestination());
        List<Integer> after = inAll(c.after(), p.originToDestination(), p.hubToDestination());
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
        return new Signal(kind, value, 0, c.spell(() -> String.format(Locale.ROOT,
                "origin's share of the destination's imports from origin and hub: %s before %d, %s after; the origin's: %s a year "
                        + "before, %s after; the hub's: %s, %s", percent(shareBefore), c.eventYear(), percent(shareAfter),
                money(originBefore), money(originAfter), money(hubBefore), money(hubAfter))));
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
            List<Integer> before = inAll(c.before(), p.originToHub(), p.hubToDestination());
            List<Integer> after = inAll(c.after(), p.originToHub(), p.hubToDestination());
            if (before.isEmpty() || after.isEmpty()) {
                return missing(kind, "needs years of both flows before and after " + c.eventYear());
            }
            double hubRise = mean(p.hubToDestination(), after) - mean(p.hubToDestination(), before);
            double originRise = mean(p.originToHub(), after) - mean(p.originToHub(), before);
            if (hubRise <= 0) {
                return new Signal(kind, 0.0, 0, c.spell(() -> String.format(Locale.ROOT, "the hub's exports to the destination did not rise after %d "
                        + "(%s a year before, %s after)", c.eventYear(), money(mean(p.hubToDestination(), before)),
                        money(mean(p.hubToDestination(), after)))));
            }
            double covered = Math.min(Math.max(originRise, 0), hubRise) / hubRise;
            return new Signal(kind, covered, 0, c.spell(() -> String.format(Locale.ROOT,
                    "after %d the hub's exports to the destination rose %s a year, its imports from the origin %s: %s of the rise covered",
                    c.eventYear(), money(hubRise), money(originRise), percent(covered))));
        }
        List<Integer> years = inAll(y -> true, p.originToHub(), p.hubToDestination());
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
        double bounded = bound;
        double exported = hub;
        return new Signal(kind, bound / hub, 0, c.spell(() -> String.format(Locale.ROOT,
                "min(hub's imports from origin, its exports to destination) summed over %s: %s of %s, %s", span(years), money(bounded),
                money(exported), percent(bounded / exported))));
    }

    static Signal mirrorGap(ProductSeries p, Context c) {
        SignalKind kind = SignalKind.MIRROR_GAP;
        if (p.hubToDestination() == null || p.hubReportsExports() == null) {
            return missing(kind, "needs the destination's imports from the hub and the hub's own record of its exports");
        }
        List<Integer> years = inAll(y -> true, p.hubToDestination(), p.hubReportsExports());
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
        return new Signal(kind, excess, 0, c.spell(() -> String.format(Locale.ROOT,
                "the destination records %s of imports from the hub in %s, the hub %s of exports: %s more, %s beyond a CIF/FOB margin of %s",
                money(recorded), span(years), money(reported), reported == 0 ? "all" : percent(gap), percent(excess),
                percent(c.cifFobMargin()))));
    }

    static Signal surge(ProductSeries p, Context c) {
        SignalKind kind = SignalKind.SURGE;
        if (c.eventYear() == null) {
            return missing(kind, "no tariff event between " + c.fromYear() + " and " + c.toYear());
        }
        if (p.hubToDestination() == null) {
            return missing(kind, "needs the destination's imports from the hub");
        }
        List<Integer> before = inAll(c.before(), p.hubToDestination());
        List<Integer> after = inAll(c.after(), p.hubToDestination());
        if (before.isEmpty() || after.isEmpty()) {
            return missing(kind, "needs years before and after " + c.eventYear());
        }
        double growth = growth(mean(p.hubToDestination(), before), mean(p.hubToDestination(), after));
        double hubGrowth = growth(mean(c.hubTotalToDestination(), inAll(c.before(), c.hubTotalToDestination())),
                mean(c.hubTotalToDestination(), inAll(c.after(), c.hubTotalToDestination())));
        double both = hubGrowth;
        String bothText = "";
        if (p.destinationFromWorld() != null) {
            List<Integer> b = inAll(c.before(), p.destinationFromWorld());
            List<Integer> a = inAll(c.after(), p.destinationFromWorld());
            if (!b.isEmpty() && !a.isEmpty()) {
                both = growth(mean(p.destinationFromWorld(), b), mean(p.destinationFromWorld(), a));
                bothText = String.format(Locale.ROOT, ", the destination's imports of it from the world %+.2f", both);
            }
        }
        if (bothText.isEmpty() && p.originToDestination() != null) {
            List<Integer> b = inAll(c.before(), p.originToDestination(), p.hubToDestination());
            List<Integer> a = inAll(c.after(), p.originToDestination(), p.hubToDestination());
            if (!b.isEmpty() && !a.isEmpty()) {
                both = growth((sum(p.originToDestination(), b) + sum(p.hubToDestination(), b)) / b.size(),
                        (sum(p.originToDestination(), a) + sum(p.hubToDestination(), a)) / a.size());
                bothText = String.format(Locale.ROOT, ", the destination's imports of it from origin and hub %+.2f", both);
            }
        }
        double excess = Math.max(0, growth - Math.max(hubGrowth, both));
        String compared = bothText;
        return new Signal(kind, excess, 0, c.spell(() -> String.format(Locale.ROOT,
                "growth of the hub's exports of it, %d to %d against before: %+.2f log points; of all its exports to the destination %+.2f%s",
                after.get(0), after.get(after.size() - 1), growth, hubGrowth, compared)));
    }

    /**
     * Unit values, where both flows give quantities in one unit: the origin's (what the hub paid) over the hub's (what the
     * destination paid). Goods passed on leave the hub at about the price they arrived (a ratio near 1 or above: the hub's
     * importer records freight too); goods the hub works on leave dearer (well below 1). With an event, the signal is how
     * much the ratio rose from the years before to those after, as rerouted goods came into the hub's sales, beyond the
     * CIF/FOB margin (freight and insurance move unit values by about as much from year to year); without one, the ratio
     * over the years.
     */
    static Signal unitValues(ProductSeries p, Context c) {
        SignalKind kind = SignalKind.UNIT_VALUE;
        if (p.originToHubUnits().isEmpty() || p.hubToDestinationUnits().isEmpty()) {
            return missing(kind, "needs quantities of the hub's imports from the origin and of the destination's imports from the hub"
                    + " (subheadings of statistics that give them)");
        }
        List<Integer> comparable = p.hubToDestinationUnits().keySet().stream().filter(p.originToHubUnits()::containsKey)
                .filter(y -> p.hubToDestinationUnits().get(y).unit().equals(p.originToHubUnits().get(y).unit())).sorted().toList();
        List<Integer> after = comparable.stream().filter(c.after()::test).toList();
        List<Integer> before = comparable.stream().filter(c.before()::test).toList();
        if (after.isEmpty() || (c.eventYear() != null && before.isEmpty())) {
            return missing(kind, "needs years " + (c.eventYear() == null ? "" : "before and after " + c.eventYear() + " ")
                    + "in which both flows give quantities in the same unit");
        }
        String unit = p.hubToDestinationUnits().get(after.get(0)).unit();
        double origin = perUnit(p.originToHubUnits(), after);
        double hub = perUnit(p.hubToDestinationUnits(), after);
        double ratio = origin / hub;
        String verdict = hub <= origin * (1 + c.cifFobMargin()) ? "no more than the CIF/FOB margin added in the hub"
                : "the hub's goods dearer by " + percent(hub / origin - 1);
        String levels = c.spell(() -> String.format(Locale.ROOT, "in %s the hub bought from the origin at %s per %s and the destination bought "
                + "from the hub at %s: ratio %.2f, %s", span(after), unitMoney(origin), singular(unit), unitMoney(hub), ratio, verdict));
        if (c.eventYear() == null) {
            return new Signal(kind, ratio, 0, levels);
        }
        double ratioBefore = perUnit(p.originToHubUnits(), before) / perUnit(p.hubToDestinationUnits(), before);
        double rise = ratio / ratioBefore - 1;
        double beyond = Math.max(0, rise - c.cifFobMargin());
        return new Signal(kind, beyond, 0, c.spell(() -> String.format(Locale.ROOT, "ratio %.2f in %s, %.2f after: %s, %s beyond a margin of %s; %s",
                ratioBefore, span(before), ratio, rise > 0 ? "up " + percent(rise) : "no rise", percent(beyond),
                percent(c.cifFobMargin()), levels)));
    }

    /** The share of excess growth the Freund test takes for rerouting where the hub's imports cover its exports this far. */
    static final double FREUND_COVER = 0.75;

    /**
     * The Freund test (Freund, Mattoo, Mulabdic and Ruta; UC San Diego brief of February 2025), on the means of the years
     * before and after the event: (1) the origin's sales to the destination fall, (2) its sales to the hub and the hub's to
     * the destination rise, (3) the origin's exports to the rest of the world (its world total less the destination) grow
     * more than the hub's, so the hub's rise is no general gain in competitiveness, (4) after the event the hub's imports
     * from the origin are at least 75% of its exports to the destination. The value at stake is the hub's excess growth: its
     * exports to the destination after less what they would be had they grown as its exports to the rest of the world.
     */
    static Signal freund(ProductSeries p, Context c) {
        SignalKind kind = SignalKind.FREUND;
        if (c.eventYear() == null) {
            return missing(kind, "no tariff event between " + c.fromYear() + " and " + c.toYear());
        }
        if (p.originToDestination() == null || p.hubToDestination() == null || p.originToHub() == null) {
            return missing(kind, "needs the three flows of the triangle");
        }
        if (p.originToWorld() == null || p.hubToWorld() == null) {
            return missing(kind, "needs the origin's and the hub's exports to the world (Comtrade partner World)");
        }
        List<Integer> before = inAll(c.before(), p.originToDestination(), p.hubToDestination(), p.originToHub(), p.originToWorld(),
                p.hubToWorld());
        List<Integer> after = inAll(c.after(), p.originToDestination(), p.hubToDestination(), p.originToHub(), p.originToWorld(),
                p.hubToWorld());
        if (before.isEmpty() || after.isEmpty()) {
            return missing(kind, "needs years of all five flows before and after " + c.eventYear());
        }
        Map<Integer, BigDecimal> hubToDestinationAsHubSays = p.hubReportsExports() == null ? p.hubToDestination() : p.hubReportsExports();
        double odB = mean(p.originToDestination(), before);
        double odA = mean(p.originToDestination(), after);
        double ohB = mean(p.originToHub(), before);
        double ohA = mean(p.originToHub(), after);
        double hdB = mean(p.hubToDestination(), before);
        double hdA = mean(p.hubToDestination(), after);
        double originRestB = mean(p.originToWorld(), before) - odB;
        double originRestA = mean(p.originToWorld(), after) - odA;
        double hubRestB = mean(p.hubToWorld(), before) - mean(hubToDestinationAsHubSays, before);
        double hubRestA = mean(p.hubToWorld(), after) - mean(hubToDestinationAsHubSays, after);
        boolean originFalls = odA < odB;
        boolean bothRise = ohA > ohB && hdA > hdB;
        double originRestGrowth = growth(originRestB, originRestA);
        double hubRestGrowth = growth(hubRestB, hubRestA);
        boolean originGainsMore = originRestGrowth > hubRestGrowth;
        double cover = hdA == 0 ? 0 : ohA / hdA;
        boolean covered = cover >= FREUND_COVER;
        double expected = hubRestB > 0 && hubRestA > 0 ? hdB * hubRestA / hubRestB : hdB;
        double excess = Math.max(0, hdA - expected);
        boolean all = originFalls && bothRise && originGainsMore && covered;
        double value = all && hdA > 0 ? excess / hdA : 0;
        return new Signal(kind, value, 0, c.spell(() -> String.format(Locale.ROOT,
                "%s origin → destination %s a year before %d, %s after; %s origin → hub %s to %s and hub → destination %s to %s; "
                        + "%s rest of the world: origin %+.2f log points, hub %+.2f; %s hub's imports from the origin %s of its exports "
                        + "to the destination (75%% needed); excess growth %s a year (%s of the hub's exports to the destination)%s",
                mark(originFalls), money(odB), c.eventYear(), money(odA), mark(bothRise), money(ohB), money(ohA), money(hdB), money(hdA),
                mark(originGainsMore), originRestGrowth, hubRestGrowth, mark(covered), percent(cover), money(excess),
                percent(hdA == 0 ? 0 : excess / hdA), all ? "" : ": not all four hold")));
    }

    private static String mark(boolean holds) {
        return holds ? "✓" : "✗";
    }

    /**
     * The years, in order, that every series holds and the predicate keeps. In loops rather than streams: a screen asks
     * this some twenty times for each of thousands of products, and the streams' set-up was a tenth of its time.
     */
    @SafeVarargs
    private static List<Integer> inAll(IntPredicate when, Map<Integer, BigDecimal>... series) {
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

    private static double perUnit(Map<Integer, ProductSeries.UnitValue> units, List<Integer> years) {
        double value = 0;
        double quantity = 0;
        for (int y : years) {
            value += units.get(y).valueUsd().doubleValue();
            quantity += units.get(y).quantity().doubleValue();
        }
        return value / quantity;
    }

    private static String singular(String unit) {
        return switch (unit) {
            case "items" -> "item";
            case "pairs" -> "pair";
            case "dozens" -> "dozen";
            case "litres" -> "litre";
            case "tonnes" -> "tonne";
            case "metres" -> "metre";
            case "carats" -> "carat";
            default -> unit;
        };
    }

    /** A price per unit, to the cent below $100 and to the dollar above. */
    private static String unitMoney(double usd) {
        return usd < 100 ? String.format(Locale.ROOT, "$%,.2f", usd) : String.format(Locale.ROOT, "$%,.0f", usd);
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
     * The score, 0 to 1: rerouting needs both a route through the hub (pass-through, mirror gap, unit values) and a change
     * at the event (diversion, surge, the Freund test), so the score multiplies the two groups' mean ranks, the route weighing two thirds: without a
     * route there is no rerouting at all, while the change only dates it. A product that merely grows shows the change
     * without the route; goods assembled from the origin's parts show the route without the change; either scores low.
     * Where one group cannot be computed, the other's mean stands alone. (Weighed equally, the growers of the
     * demonstration data reached the top ten in all three seeds tried; weighed so, in two of them, with the same precision.)
     */
    static double score(List<Signal> signals) {
        double route = meanRank(signals, SignalKind.PASS_THROUGH, SignalKind.MIRROR_GAP, SignalKind.UNIT_VALUE);
        double change = meanRank(signals, SignalKind.DIVERSION, SignalKind.SURGE, SignalKind.FREUND);
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

    private static double value(Map<Integer, BigDecimal> series, int year) {
        BigDecimal v = series.get(year);
        return v == null ? 0 : v.doubleValue();
    }

    private static double sum(Map<Integer, BigDecimal> series, List<Integer> years) {
        double sum = 0;
        for (int y : years) {
            sum += value(series, y);
        }
        return sum;
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
        return org.bilateral.doors.Figures.usdAmount(BigDecimal.valueOf(Math.round(usd)));
    }
}
