package org.bilateral.risk;

import static org.bilateral.risk.SignalWords.money;
import static org.bilateral.risk.SignalWords.percent;
import static org.bilateral.risk.SignalWords.singular;
import static org.bilateral.risk.SignalWords.unitMoney;
import static org.bilateral.risk.YearlyFlows.inAll;
import static org.bilateral.risk.YearlyFlows.mean;
import static org.bilateral.risk.YearlyFlows.perUnit;
import static org.bilateral.risk.YearlyFlows.span;
import static org.bilateral.risk.YearlyFlows.sum;
import static org.bilateral.risk.YearlyFlows.value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The signals of a route through the hub: how much of the hub's exports its imports from the origin could cover
 * (pass-through), how much more the destination records than the hub says it sent (mirror gap), and whether the goods
 * leave the hub at the price they came in (unit values).
 */
final class RouteSignals {

    private RouteSignals() {
    }

    /**
     * With an event: how much of the rise in the hub's exports to the destination its rise in imports from the origin
     * covers, min(ΔO→H, ΔH→D) / ΔH→D between the years before and after. Inputs bought in proportion to output also move
     * with it, but cover only their share of the rise; goods passed on cover all of it. Without an event: the bound in
     * levels, min(O→H, H→D) / H→D over the years.
     */
    static Signal passThrough(ProductSeries p, Signals.Context c) {
        SignalKind kind = SignalKind.PASS_THROUGH;
        Map<Integer, BigDecimal> originToHub = p.originToHub();
        Map<Integer, BigDecimal> hubToDestination = p.hubToDestination();
        if (originToHub == null || hubToDestination == null) {
            return Signals.missing(kind, "needs the hub's imports from the origin and the destination's imports from the hub");
        }
        Integer event = c.eventYear();
        if (event != null) {
            List<Integer> before = inAll(c.before(), originToHub, hubToDestination);
            List<Integer> after = inAll(c.after(), originToHub, hubToDestination);
            if (before.isEmpty() || after.isEmpty()) {
                return Signals.missing(kind, "needs years of both flows before and after " + event);
            }
            double hubBefore = mean(hubToDestination, before);
            double hubAfter = mean(hubToDestination, after);
            double hubRise = hubAfter - hubBefore;
            double originRise = mean(originToHub, after) - mean(originToHub, before);
            if (hubRise <= 0) {
                return new Signal(kind, 0.0, 0, c.spell(() -> String.format(Locale.ROOT, "the hub's exports to the destination did not rise after %d "
                        + "(%s a year before, %s after)", event, money(hubBefore), money(hubAfter))));
            }
            double covered = Math.min(Math.max(originRise, 0), hubRise) / hubRise;
            return new Signal(kind, covered, 0, c.spell(() -> String.format(Locale.ROOT,
                    "after %d the hub's exports to the destination rose %s a year, its imports from the origin %s: %s of the rise covered",
                    event, money(hubRise), money(originRise), percent(covered))));
        }
        return passThroughInLevels(originToHub, hubToDestination, c);
    }

    private static Signal passThroughInLevels(Map<Integer, BigDecimal> originToHub, Map<Integer, BigDecimal> hubToDestination,
                                              Signals.Context c) {
        SignalKind kind = SignalKind.PASS_THROUGH;
        List<Integer> years = inAll(y -> true, originToHub, hubToDestination);
        if (years.isEmpty()) {
            return Signals.missing(kind, "needs years of both flows");
        }
        double bound = 0;
        double hub = 0;
        for (int y : years) {
            bound += Math.min(value(originToHub, y), value(hubToDestination, y));
            hub += value(hubToDestination, y);
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

    static Signal mirrorGap(ProductSeries p, Signals.Context c) {
        SignalKind kind = SignalKind.MIRROR_GAP;
        Map<Integer, BigDecimal> hubToDestination = p.hubToDestination();
        Map<Integer, BigDecimal> hubReportsExports = p.hubReportsExports();
        if (hubToDestination == null || hubReportsExports == null) {
            return Signals.missing(kind, "needs the destination's imports from the hub and the hub's own record of its exports");
        }
        List<Integer> years = inAll(y -> true, hubToDestination, hubReportsExports);
        if (years.isEmpty()) {
            return Signals.missing(kind, "needs years both sides report");
        }
        double recorded = sum(hubToDestination, years);
        double reported = sum(hubReportsExports, years);
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

    /**
     * Unit values, where both flows give quantities in one unit: the origin's (what the hub paid) over the hub's (what the
     * destination paid). Goods passed on leave the hub at about the price they arrived (a ratio near 1 or above: the hub's
     * importer records freight too); goods the hub works on leave dearer (well below 1). With an event, the signal is how
     * much the ratio rose from the years before to those after, as rerouted goods came into the hub's sales, beyond the
     * CIF/FOB margin (freight and insurance move unit values by about as much from year to year); without one, the ratio
     * over the years.
     */
    static Signal unitValues(ProductSeries p, Signals.Context c) {
        SignalKind kind = SignalKind.UNIT_VALUE;
        Map<Integer, ProductSeries.UnitValue> bought = p.originToHubUnits();
        Map<Integer, ProductSeries.UnitValue> sold = p.hubToDestinationUnits();
        if (bought.isEmpty() || sold.isEmpty()) {
            return Signals.missing(kind, "needs quantities of the hub's imports from the origin and of the destination's imports from the hub"
                    + " (subheadings of statistics that give them)");
        }
        List<Integer> comparable = sold.entrySet().stream()
                .filter(e -> bought.containsKey(e.getKey()) && e.getValue().unit().equals(bought.get(e.getKey()).unit()))
                .map(Map.Entry::getKey).sorted().toList();
        List<Integer> after = comparable.stream().filter(c.after()::test).toList();
        List<Integer> before = comparable.stream().filter(c.before()::test).toList();
        Integer event = c.eventYear();
        if (after.isEmpty() || (event != null && before.isEmpty())) {
            return Signals.missing(kind, "needs years " + (event == null ? "" : "before and after " + event + " ")
                    + "in which both flows give quantities in the same unit");
        }
        ProductSeries.UnitValue first = sold.get(after.get(0));
        String unit = first == null ? "" : first.unit();
        double origin = perUnit(bought, after);
        double hub = perUnit(sold, after);
        double ratio = origin / hub;
        String verdict = hub <= origin * (1 + c.cifFobMargin()) ? "no more than the CIF/FOB margin added in the hub"
                : "the hub's goods dearer by " + percent(hub / origin - 1);
        String levels = c.spell(() -> String.format(Locale.ROOT, "in %s the hub bought from the origin at %s per %s and the destination bought "
                + "from the hub at %s: ratio %.2f, %s", span(after), unitMoney(origin), singular(unit), unitMoney(hub), ratio, verdict));
        if (event == null) {
            return new Signal(kind, ratio, 0, levels);
        }
        double ratioBefore = perUnit(bought, before) / perUnit(sold, before);
        double rise = ratio / ratioBefore - 1;
        double beyond = Math.max(0, rise - c.cifFobMargin());
        return new Signal(kind, beyond, 0, c.spell(() -> String.format(Locale.ROOT, "ratio %.2f in %s, %.2f after: %s, %s beyond a margin of %s; %s",
                ratioBefore, span(before), ratio, rise > 0 ? "up " + percent(rise) : "no rise", percent(beyond),
                percent(c.cifFobMargin()), levels)));
    }
}
