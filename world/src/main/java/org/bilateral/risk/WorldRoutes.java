package org.bilateral.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The world screen's one door into the workbench's screen arithmetic ({@link ProductScreen} and the signals, compiled
 * into this module from the workbench's sources): a hub's products, read from the world store, screened exactly as the
 * workbench screens a route read from PostgreSQL.
 */
public final class WorldRoutes {

    private WorldRoutes() {
    }

    /**
     * What every product of one route shares.
     *
     * @param hubTotalToDestination the destination's imports from the hub, all products, by year (the surge compares with it)
     * @param cifFobMargin          the margin by which an importer's record may exceed the exporter's (the workbench's
     *                              CIF/FOB factor less one)
     */
    public record Route(int fromYear, int toYear, @Nullable Integer eventYear, Map<Integer, BigDecimal> hubTotalToDestination,
                        double cifFobMargin) {
    }

    /**
     * A product shown: its rank among the hub's products (1 the strongest), score, the trade it carries in the trade year,
     * its six signals with their arithmetic, and its Freund value (excess growth as a share of the hub's exports where all
     * four conditions hold, else 0).
     */
    public record ScoredProduct(int rank, String code, double score, BigDecimal trade, List<Signal> signals, double freund) {
    }

    /**
     * One hub screened.
     *
     * @param screened       the products screened
     * @param freundProducts the products whose Freund value is above 0
     * @param shown          the top products by score, then every other product passing the Freund test, in rank order
     */
    public record HubScreen(int screened, @Nullable Integer tradeYear, @Nullable BigDecimal boundUsd, @Nullable BigDecimal hubExportsUsd,
                            @Nullable Double share, int freundProducts, List<ScoredProduct> shown) {
    }

    /**
     * @param series   the hub's products, in the order of their codes
     * @param hubYears the years the destination's imports from the hub cover, in order (empty without them)
     * @param top      how many of the best products to show with their arithmetic
     */
    public static HubScreen screen(List<ProductSeries> series, Route route, int[] hubYears, int top) {
        Signals.Context context = new Signals.Context(route.fromYear(), route.toYear(), route.eventYear(), route.hubTotalToDestination(),
                route.cifFobMargin());
        ProductScreen.Result result = ProductScreen.screen(series, context, hubYears);
        List<ScoredProduct> shown = new ArrayList<>();
        int freund = 0;
        List<ProductScreen.Scored> scored = result.scored();
        for (int i = 0; i < scored.size(); i++) {
            ProductScreen.Scored s = scored.get(i);
            boolean passes = s.freund() > 0;
            if (passes) {
                freund++;
            }
            if (i < top || passes) {
                shown.add(new ScoredProduct(i + 1, s.series().code(), s.score(), s.trade(), s.spelled(context), s.freund()));
            }
        }
        ProductScreen.Bound b = result.bound();
        return new HubScreen(scored.size(), result.tradeYear(), b.boundUsd(), b.hubExportsUsd(), b.share(), freund, List.copyOf(shown));
    }

    /**
     * A quantity unit's abbreviation (as {@code shared/ComtradeQuantityUnits} gives it for a Comtrade unit code) in the
     * common words the workbench compares unit values in, as its import and screen take it; empty where the workbench
     * compares no unit values in it.
     */
    public static Optional<String> commonUnit(String abbreviation) {
        return QuantityUnits.common(abbreviation);
    }
}
