package org.bilateral.risk;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Every signal of one product's yearly flows, in plain doubles (shares and growth rates, not money): those of a route
 * through the hub ({@link RouteSignals}), those of a change at the event ({@link ChangeSignals}, {@link FreundCriteria}).
 * Years are those both flows a signal compares have statistics for; the event's own year is neither before nor after,
 * since a July event splits it.
 */
final class Signals {

    private Signals() {
    }

    /**
     * The context every product's signals share: the years, the event, the hub's total exports to the destination, the
     * margin; and whether the arithmetic is spelled out, which a screen of thousands of products does only for those it
     * shows (formatting it for every product took longer than measuring them).
     */
    record Context(int fromYear, int toYear, @Nullable Integer eventYear, Map<Integer, BigDecimal> hubTotalToDestination, double cifFobMargin,
                   boolean spelledOut) {

        Context(int fromYear, int toYear, @Nullable Integer eventYear, Map<Integer, BigDecimal> hubTotalToDestination, double cifFobMargin) {
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
        return List.of(ChangeSignals.diversion(p, c), RouteSignals.passThrough(p, c), RouteSignals.mirrorGap(p, c),
                RouteSignals.unitValues(p, c), ChangeSignals.surge(p, c), FreundCriteria.freund(p, c));
    }

    /** A signal the flows or years at hand cannot give, with why. */
    static Signal missing(SignalKind kind, String why) {
        return new Signal(kind, null, 0, "not computed: " + why);
    }
}
