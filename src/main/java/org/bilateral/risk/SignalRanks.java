package org.bilateral.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Where each product's signals stand among the screened products', and the score they make together. */
final class SignalRanks {

    private SignalRanks() {
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
                Double value = s.value();
                if (value != null && value > 0) {
                    int atMost = upperBound(shown, value);
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
        return signals.stream().filter(Signal::computed).filter(s -> Arrays.asList(kinds).contains(s.kind()))
                .mapToDouble(Signal::rank).average().orElse(Double.NaN);
    }

    /** How many of the sorted values are at most the value. */
    static int upperBound(List<Double> sorted, double value) {
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
}
