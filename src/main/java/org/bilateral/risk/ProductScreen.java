package org.bilateral.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The screen's arithmetic on a route's products, apart from where their flows were read: each product's signals measured,
 * each signal ranked among the products, the products ordered by score (then by the trade they carry, then by code),
 * and the rerouting bound. {@link TransshipmentScreen} runs it on the pair's statistics in PostgreSQL; the world screen
 * ({@code world/}, a Spark job) compiles this class and the signals' from these same sources and runs it on every hub of
 * the Comtrade bulk files, so the two cannot disagree on a route both can compute. It uses nothing beyond the JDK and
 * JSpecify for that reason.
 */
final class ProductScreen {

    private ProductScreen() {
    }

    /**
     * One product scored: its series, its signals ranked among the products (measured, not spelled out), its score, and
     * the trade it carries (the destination's imports of it from the hub in the trade year; zero without).
     */
    record Scored(ProductSeries series, List<Signal> ranked, double score, BigDecimal trade) {

        /** Its signals with their arithmetic spelled out, each at the rank it holds among the products. */
        List<Signal> spelled(Signals.Context context) {
            List<Signal> spelled = Signals.of(series, context);
            List<Signal> signals = new ArrayList<>(spelled.size());
            for (int k = 0; k < spelled.size(); k++) {
                signals.add(spelled.get(k).ranked(ranked.get(k).rank()));
            }
            return List.copyOf(signals);
        }

        /** The Freund test's excess growth, as a share of the hub's exports, where all four of its conditions hold; else 0. */
        double freund() {
            for (Signal s : ranked) {
                Double value = s.value();
                if (s.kind() == SignalKind.FREUND && value != null) {
                    return value;
                }
            }
            return 0;
        }
    }

    /**
     * A route's products screened.
     *
     * @param scored    every product, best first
     * @param tradeYear the latest year of the destination's imports from the hub, the year trade and the bound are of;
     *                  null without them
     */
    record Result(List<Scored> scored, @Nullable Integer tradeYear, Bound bound) {
    }

    /**
     * Over every product, min(hub's imports from the origin, its exports to the destination) in the trade year, and the
     * hub's exports to the destination: all null where no product holds the hub's imports from the origin that year.
     */
    record Bound(@Nullable Integer year, @Nullable BigDecimal boundUsd, @Nullable BigDecimal hubExportsUsd, @Nullable Double share) {
    }

    /**
     * @param series   the products' flows, in the order of their codes
     * @param context  the route's context; only measured here (the arithmetic is spelled for the products shown, by
     *                 {@link Scored#spelled})
     * @param hubYears the years the destination's imports from the hub cover, in order; empty without them
     */
    static Result screen(List<ProductSeries> series, Signals.Context context, int[] hubYears) {
        Signals.Context measuring = context.measuringOnly();
        List<List<Signal>> measured = new ArrayList<>(series.size());
        for (ProductSeries p : series) {
            measured.add(Signals.of(p, measuring));
        }
        List<List<Signal>> ranked = SignalRanks.ranked(measured);
        Integer tradeYear = hubYears.length == 0 ? null : hubYears[hubYears.length - 1];
        List<Scored> scored = new ArrayList<>(series.size());
        for (int i = 0; i < series.size(); i++) {
            ProductSeries p = series.get(i);
            Map<Integer, BigDecimal> hubToDestination = p.hubToDestination();
            BigDecimal trade = tradeYear == null || hubToDestination == null ? BigDecimal.ZERO
                    : hubToDestination.getOrDefault(tradeYear, BigDecimal.ZERO);
            scored.add(new Scored(p, ranked.get(i), SignalRanks.score(ranked.get(i)), trade));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::trade, Comparator.reverseOrder())
                .thenComparing(s -> s.series().code()));
        return new Result(scored, tradeYear, bound(series, tradeYear));
    }

    private static Bound bound(List<ProductSeries> series, @Nullable Integer year) {
        if (year == null || series.stream().allMatch(p -> p.originToHub() == null || !p.originToHub().containsKey(year))) {
            return new Bound(year, null, null, null);
        }
        BigDecimal bound = BigDecimal.ZERO;
        BigDecimal hub = BigDecimal.ZERO;
        for (ProductSeries p : series) {
            // a product the destination's statistics do not hold carries none of the hub's exports
            Map<Integer, BigDecimal> hubToDestination = p.hubToDestination();
            BigDecimal hd = hubToDestination == null ? BigDecimal.ZERO : hubToDestination.getOrDefault(year, BigDecimal.ZERO);
            BigDecimal oh = p.originToHub() == null ? BigDecimal.ZERO : p.originToHub().getOrDefault(year, BigDecimal.ZERO);
            bound = bound.add(hd.min(oh));
            hub = hub.add(hd);
        }
        return new Bound(year, bound, hub, hub.signum() == 0 ? null : bound.doubleValue() / hub.doubleValue());
    }
}
