package org.bilateral.risk;

import static org.bilateral.risk.SignalWords.mark;
import static org.bilateral.risk.SignalWords.money;
import static org.bilateral.risk.SignalWords.percent;
import static org.bilateral.risk.YearlyFlows.growth;
import static org.bilateral.risk.YearlyFlows.inAll;
import static org.bilateral.risk.YearlyFlows.mean;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Freund test (Freund, Mattoo, Mulabdic and Ruta; UC San Diego brief of February 2025), on the means of the years
 * before and after the event: (1) the origin's sales to the destination fall, (2) its sales to the hub and the hub's to
 * the destination rise, (3) the origin's exports to the rest of the world (its world total less the destination) grow
 * more than the hub's, so the hub's rise is no general gain in competitiveness, (4) after the event the hub's imports
 * from the origin are at least 75% of its exports to the destination. The value at stake is the hub's excess growth: its
 * exports to the destination after less what they would be had they grown as its exports to the rest of the world.
 */
final class FreundCriteria {

    /** The share of excess growth the Freund test takes for rerouting where the hub's imports cover its exports this far. */
    static final double FREUND_COVER = 0.75;

    private FreundCriteria() {
    }

    /** The five flows' means a year, before the event and after it. */
    record Means(double odB, double odA, double ohB, double ohA, double hdB, double hdA, double originRestB, double originRestA,
                 double hubRestB, double hubRestA) {

        boolean originFalls() {
            return odA < odB;
        }

        boolean bothRise() {
            return ohA > ohB && hdA > hdB;
        }

        double originRestGrowth() {
            return growth(originRestB, originRestA);
        }

        double hubRestGrowth() {
            return growth(hubRestB, hubRestA);
        }

        boolean originGainsMore() {
            return originRestGrowth() > hubRestGrowth();
        }

        /** The hub's imports from the origin over its exports to the destination, after the event. */
        double cover() {
            return hdA == 0 ? 0 : ohA / hdA;
        }

        boolean covered() {
            return cover() >= FREUND_COVER;
        }

        /** The hub's exports to the destination after less what they would be had they grown as its exports elsewhere. */
        double excess() {
            double expected = hubRestB > 0 && hubRestA > 0 ? hdB * hubRestA / hubRestB : hdB;
            return Math.max(0, hdA - expected);
        }

        boolean allHold() {
            return originFalls() && bothRise() && originGainsMore() && covered();
        }

        /** The excess as a share of the hub's exports to the destination when all four conditions hold, else 0. */
        double value() {
            return allHold() && hdA > 0 ? excess() / hdA : 0;
        }
    }

    static Signal freund(ProductSeries p, Signals.Context c) {
        SignalKind kind = SignalKind.FREUND;
        Integer event = c.eventYear();
        if (event == null) {
            return Signals.missing(kind, "no tariff event between " + c.fromYear() + " and " + c.toYear());
        }
        Map<Integer, BigDecimal> od = p.originToDestination();
        Map<Integer, BigDecimal> hd = p.hubToDestination();
        Map<Integer, BigDecimal> oh = p.originToHub();
        if (od == null || hd == null || oh == null) {
            return Signals.missing(kind, "needs the three flows of the triangle");
        }
        Map<Integer, BigDecimal> ow = p.originToWorld();
        Map<Integer, BigDecimal> hw = p.hubToWorld();
        if (ow == null || hw == null) {
            return Signals.missing(kind, "needs the origin's and the hub's exports to the world (Comtrade partner World)");
        }
        List<Integer> before = inAll(c.before(), od, hd, oh, ow, hw);
        List<Integer> after = inAll(c.after(), od, hd, oh, ow, hw);
        if (before.isEmpty() || after.isEmpty()) {
            return Signals.missing(kind, "needs years of all five flows before and after " + event);
        }
        Map<Integer, BigDecimal> reported = p.hubReportsExports();
        Map<Integer, BigDecimal> hdAsHubSays = reported == null ? hd : reported;
        double odB = mean(od, before);
        double odA = mean(od, after);
        Means m = new Means(odB, odA, mean(oh, before), mean(oh, after), mean(hd, before), mean(hd, after),
                mean(ow, before) - odB, mean(ow, after) - odA,
                mean(hw, before) - mean(hdAsHubSays, before), mean(hw, after) - mean(hdAsHubSays, after));
        return new Signal(kind, m.value(), 0, c.spell(() -> arithmetic(m, event)));
    }

    private static String arithmetic(Means m, int event) {
        return String.format(Locale.ROOT,
                "%s origin → destination %s a year before %d, %s after; %s origin → hub %s to %s and hub → destination %s to %s; "
                        + "%s rest of the world: origin %+.2f log points, hub %+.2f; %s hub's imports from the origin %s of its exports "
                        + "to the destination (75%% needed); excess growth %s a year (%s of the hub's exports to the destination)%s",
                mark(m.originFalls()), money(m.odB()), event, money(m.odA()), mark(m.bothRise()), money(m.ohB()), money(m.ohA()),
                money(m.hdB()), money(m.hdA()), mark(m.originGainsMore()), m.originRestGrowth(), m.hubRestGrowth(), mark(m.covered()),
                percent(m.cover()), money(m.excess()), percent(m.hdA() == 0 ? 0 : m.excess() / m.hdA()),
                m.allHold() ? "" : ": not all four hold");
    }
}
