package org.bilateral.risk;

import static org.bilateral.risk.SignalWords.money;
import static org.bilateral.risk.SignalWords.percent;
import static org.bilateral.risk.YearlyFlows.growth;
import static org.bilateral.risk.YearlyFlows.inAll;
import static org.bilateral.risk.YearlyFlows.mean;
import static org.bilateral.risk.YearlyFlows.sum;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The signals of a change at the tariff event: the origin's share of the destination's market passing to the hub
 * (diversion), and the hub's exports of the product growing faster than its exports of everything (surge).
 */
final class ChangeSignals {

    private ChangeSignals() {
    }

    static Signal diversion(ProductSeries p, Signals.Context c) {
        SignalKind kind = SignalKind.DIVERSION;
        Integer event = c.eventYear();
        if (event == null) {
            return Signals.missing(kind, "no tariff event between " + c.fromYear() + " and " + c.toYear());
        }
        Map<Integer, BigDecimal> originToDestination = p.originToDestination();
        Map<Integer, BigDecimal> hubToDestination = p.hubToDestination();
        if (originToDestination == null || hubToDestination == null) {
            return Signals.missing(kind, "needs the destination's imports from the origin and from the hub");
        }
        List<Integer> before = inAll(c.before(), originToDestination, hubToDestination);
        List<Integer> after = inAll(c.after(), originToDestination, hubToDestination);
        if (before.isEmpty() || after.isEmpty()) {
            return Signals.missing(kind, "needs years of both flows before and after " + event);
        }
        double odBefore = sum(originToDestination, before);
        double hdBefore = sum(hubToDestination, before);
        double odAfter = sum(originToDestination, after);
        double hdAfter = sum(hubToDestination, after);
        if (odBefore + hdBefore == 0 || odAfter + hdAfter == 0) {
            return new Signal(kind, 0.0, 0, "no trade from the origin or the hub before or after " + event);
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
                        + "before, %s after; the hub's: %s, %s", percent(shareBefore), event, percent(shareAfter),
                money(originBefore), money(originAfter), money(hubBefore), money(hubAfter))));
    }

    static Signal surge(ProductSeries p, Signals.Context c) {
        SignalKind kind = SignalKind.SURGE;
        Integer event = c.eventYear();
        if (event == null) {
            return Signals.missing(kind, "no tariff event between " + c.fromYear() + " and " + c.toYear());
        }
        Map<Integer, BigDecimal> hubToDestination = p.hubToDestination();
        if (hubToDestination == null) {
            return Signals.missing(kind, "needs the destination's imports from the hub");
        }
        List<Integer> before = inAll(c.before(), hubToDestination);
        List<Integer> after = inAll(c.after(), hubToDestination);
        if (before.isEmpty() || after.isEmpty()) {
            return Signals.missing(kind, "needs years before and after " + event);
        }
        double growth = growth(mean(hubToDestination, before), mean(hubToDestination, after));
        double hubGrowth = growth(mean(c.hubTotalToDestination(), inAll(c.before(), c.hubTotalToDestination())),
                mean(c.hubTotalToDestination(), inAll(c.after(), c.hubTotalToDestination())));
        Market market = market(p, c);
        double both = market == null ? hubGrowth : market.growth();
        String compared = market == null ? "" : String.format(Locale.ROOT, ", the destination's imports of it from %s %+.2f",
                market.from(), market.growth());
        double excess = Math.max(0, growth - Math.max(hubGrowth, both));
        return new Signal(kind, excess, 0, c.spell(() -> String.format(Locale.ROOT,
                "growth of the hub's exports of it, %d to %d against before: %+.2f log points; of all its exports to the destination %+.2f%s",
                after.get(0), after.get(after.size() - 1), growth, hubGrowth, compared)));
    }

    /** The growth of the destination's market for the product, and whose imports measured it. */
    record Market(String from, double growth) {
    }

    /**
     * How the destination's imports of the product grew: from the world where the statistics hold it, else from the
     * origin and the hub together; none where neither has years before and after.
     */
    static @org.jspecify.annotations.Nullable Market market(ProductSeries p, Signals.Context c) {
        Map<Integer, BigDecimal> world = p.destinationFromWorld();
        if (world != null) {
            List<Integer> b = inAll(c.before(), world);
            List<Integer> a = inAll(c.after(), world);
            if (!b.isEmpty() && !a.isEmpty()) {
                return new Market("the world", growth(mean(world, b), mean(world, a)));
            }
        }
        Map<Integer, BigDecimal> origin = p.originToDestination();
        Map<Integer, BigDecimal> hub = p.hubToDestination();
        if (origin != null && hub != null) {
            List<Integer> b = inAll(c.before(), origin, hub);
            List<Integer> a = inAll(c.after(), origin, hub);
            if (!b.isEmpty() && !a.isEmpty()) {
                return new Market("origin and hub", growth((sum(origin, b) + sum(hub, b)) / b.size(), (sum(origin, a) + sum(hub, a)) / a.size()));
            }
        }
        return null;
    }
}
