package org.bilateral.risk;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bilateral.policy.TransshipmentPremium;
import org.bilateral.reference.Nomenclature;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.Provenance;
import org.bilateral.tradestats.ProductFlows;
import org.bilateral.tradestats.TradeBalances;
import org.bilateral.tradestats.StatisticsSources;
import org.bilateral.tradestats.TradeStatisticsProperties;
import org.bilateral.shared.Said;
import org.springframework.stereotype.Service;

/**
 * Screens a triangle's products for rerouting: reads the four flows, measures each product's signals, ranks each signal
 * among the products and the products by the mean of their signals' ranks, and prices the trade at stake. Relative ranks
 * with the evidence, never a verdict.
 */
@Service
public class TransshipmentScreen {

    private final TriangleFlows triangleFlows;
    private final ProductFlows flows;
    private final TradeBalances balances;
    private final StatisticsSources statisticsSources;
    private final TradeStatisticsProperties properties;
    private final TransshipmentPremium premiums;
    private final Nomenclature nomenclature;
    private final Clock clock;

    TransshipmentScreen(TriangleFlows triangleFlows, ProductFlows flows, TradeBalances balances, StatisticsSources statisticsSources, TradeStatisticsProperties properties,
                        TransshipmentPremium premiums, Nomenclature nomenclature, Optional<Clock> clock) {
        this.triangleFlows = triangleFlows;
        this.flows = flows;
        this.balances = balances;
        this.statisticsSources = statisticsSources;
        this.properties = properties;
        this.premiums = premiums;
        this.nomenclature = nomenclature;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** The latest year the destination's statistics on the hub hold whole, where a screen's years end by default. */
    public Optional<Integer> latestYear(Triangle t) {
        return balances.latestFullYear(t.destination(), t.hub());
    }

    public Screen screen(ScreenRequest r) {
        return screen(r, r.top(), null);
    }

    /**
     * One product's flows over the years, each as both its importer and its exporter record it, with its signals and its
     * rank among all the products screened with it.
     */
    public ProductView product(ScreenRequest asked, HsCode code) {
        if (code.level() > 6) {
            throw new InvalidInput("product", Said.of("refusal.risk.productTooFine", String.valueOf(code), String.valueOf(code.level())));
        }
        ScreenRequest r = new ScreenRequest(asked.triangle(), asked.fromYear(), asked.toYear(), code.hsLevel(), asked.top(), asked.event());
        Screen all = screen(r, Integer.MAX_VALUE, code.digits());
        Screen.Candidate candidate = all.candidates().stream().filter(c -> c.code().equals(code.digits())).findFirst()
                .orElseThrow(() -> new NotFound(NotFound.Thing.SCREENED_PRODUCT, code, r.triangle().destination().value(),
                        r.triangle().hub().value(), r.fromYear(), r.toYear()));
        CountryCode o = r.triangle().origin();
        CountryCode h = r.triangle().hub();
        CountryCode d = r.triangle().destination();
        List<ProductView.Series> series = new ArrayList<>();
        record Record(String flow, CountryCode reporter, CountryCode partner, Flow direction) {
        }
        CountryCode w = CountryCode.WORLD;
        List<Record> records = List.of(new Record("origin → destination", d, o, Flow.IMPORT), new Record("origin → destination", o, d, Flow.EXPORT),
                new Record("hub → destination", d, h, Flow.IMPORT), new Record("hub → destination", h, d, Flow.EXPORT),
                new Record("origin → hub", h, o, Flow.IMPORT), new Record("origin → hub", o, h, Flow.EXPORT),
                new Record("origin → world", o, w, Flow.EXPORT), new Record("hub → world", h, w, Flow.EXPORT),
                new Record("world → destination", d, w, Flow.IMPORT));
        for (Record rec : records) {
            ProductFlows.YearsByProduct data = flows.yearsByProduct(rec.reporter(), rec.partner(), rec.direction(), r.level(),
                    r.fromYear(), r.toYear());
            if (!data.isEmpty()) {
                series.add(new ProductView.Series(rec.flow(), rec.reporter().value() + "'s "
                        + (rec.direction() == Flow.IMPORT ? "imports from " : "exports to ")
                        + (CountryCode.WORLD.equals(rec.partner()) ? "the world" : rec.partner().value()), data.yearsOf(code.digits())));
            }
        }
        return new ProductView(r, candidate, all.screened(), series, all.missing(), all.provenance(), all.premium());
    }

    /**
     * @param focus the one product to answer for, at its rank among all, or null for the top products: the arithmetic is
     *              spelled out only for the products answered
     */
    private Screen screen(ScreenRequest r, int top, @Nullable String focus) {
        TriangleFlows.Flows f = triangleFlows.read(r);
        String[] codes = screened(f);
        Signals.Context context = new Signals.Context(r.fromYear(), r.toYear(), r.event() == null ? null : r.event().getYear(),
                f.hubToDestination() == null ? Map.of() : f.hubToDestination().total(),
                properties.cifFobFactor().subtract(BigDecimal.ONE).doubleValue());
        List<ProductSeries> series = new ArrayList<>(codes.length);
        // the codes and every flow's codes are in the same order: each flow's place is found by walking forward
        Cursor od = new Cursor(f.originToDestination());
        Cursor hd = new Cursor(f.hubToDestination());
        Cursor oh = new Cursor(f.originToHub());
        Cursor hx = new Cursor(f.hubReportsExports());
        Cursor ow = new Cursor(f.originToWorld());
        Cursor hw = new Cursor(f.hubToWorld());
        Cursor dw = new Cursor(f.destinationFromWorld());
        for (String code : codes) {
            series.add(new ProductSeries(code, od.yearsOf(code), hd.yearsOf(code), oh.yearsOf(code), hx.yearsOf(code),
                    ow.yearsOf(code), hw.yearsOf(code), dw.yearsOf(code),
                    f.originToHubUnits().getOrDefault(TriangleFlows.subheadingKey(code), Map.of()),
                    f.hubToDestinationUnits().getOrDefault(TriangleFlows.subheadingKey(code), Map.of())));
        }
        ProductScreen.Result result = ProductScreen.screen(series, context,
                f.hubToDestination() == null ? new int[0] : f.hubToDestination().data().years());
        Optional<TransshipmentPremium.Rates> premium = premiums.latest(r.triangle().hub(), LocalDate.now(clock));
        Integer tradeYear = result.tradeYear();
        List<Screen.Candidate> candidates = new ArrayList<>();
        List<ProductScreen.Scored> scored = result.scored();
        for (int i = 0; i < Math.min(top, scored.size()); i++) {
            ProductScreen.Scored s = scored.get(i);
            if (focus != null && !focus.equals(s.series().code())) {
                continue;
            }
            BigDecimal duty = premium.map(rate -> s.trade().multiply(rate.premiumPercent()).divide(BigDecimal.valueOf(100), 0,
                    RoundingMode.HALF_EVEN)).orElse(null);
            candidates.add(new Screen.Candidate(i + 1, s.series().code(), nomenclature.describe(s.series().code()), s.score(),
                    s.spelled(context), s.trade(), tradeYear, duty));
        }
        ProductScreen.Bound b = result.bound();
        Screen.ReroutingBound bound = new Screen.ReroutingBound(b.year(), b.boundUsd(), b.hubExportsUsd(), b.share());
        return new Screen(r, flowsRead(f), f.missing(), series.size(), candidates, bound, premium.orElse(null),
                provenance(r, f));
    }

    /**
     * The products screened, in order: those the hub sells the destination, since a product it does not sell cannot be
     * rerouted through it; without the destination's statistics of the hub, those of the other two flows.
     */
    private static String[] screened(TriangleFlows.Flows f) {
        if (f.hubToDestination() != null) {
            return f.hubToDestination().data().codes();
        }
        Set<String> codes = new TreeSet<>();
        for (TriangleFlows.Read read : new TriangleFlows.Read[] {f.originToDestination(), f.originToHub()}) {
            if (read != null) {
                codes.addAll(Arrays.asList(read.data().codes()));
            }
        }
        return codes.toArray(String[]::new);
    }

    /** A flow's place among its products while the screen walks the codes in order. */
    private static final class Cursor {
        private final TriangleFlows.@Nullable Read read;
        private final String[] codes;
        private int at;

        Cursor(TriangleFlows.@Nullable Read read) {
            this.read = read;
            this.codes = read == null ? new String[0] : read.data().codes();
        }

        /** The product's flow by year, zero where not traded; null when the statistics do not hold the flow. */
        @Nullable Map<Integer, BigDecimal> yearsOf(String code) {
            if (read == null) {
                return null;
            }
            while (at < codes.length && codes[at].compareTo(code) < 0) {
                at++;
            }
            return read.yearsOf(at < codes.length && codes[at].equals(code) ? at : -1);
        }
    }

    private static List<Screen.FlowRead> flowsRead(TriangleFlows.Flows f) {
        return f.all().stream().map(r -> new Screen.FlowRead(r.name(), r.description(), List.copyOf(r.total().keySet())))
                .toList();
    }

    private Provenance provenance(ScreenRequest r, TriangleFlows.Flows f) {
        List<String> sources = new ArrayList<>();
        boolean synthetic = false;
        for (TriangleFlows.Read read : f.all()) {
            StatisticsSources.Sourced statistics = statisticsSources.sourced(read.reporter(), read.partner(), read.total().keySet());
            statistics.lines().stream().filter(line -> !sources.contains(line)).forEach(sources::add);
            synthetic |= statistics.synthetic();
        }
        List<String> leavesOut = new ArrayList<>(List.of(
                "Scores rank the products against each other: the route's signals (pass-through, mirror gap, unit values; two "
                        + "thirds of the weight) and the change's (diversion, surge, the Freund test), each a rank among the products: "
                        + "evidence to look into, never a finding of transshipment.",
                "Signals are measured on yearly figures; the event's own year (" + (r.event() == null ? "none" : r.event().getYear())
                        + ") is neither before nor after it.",
                "The pass-through bound is an upper bound: goods the hub imports from the origin may be used or sold at home.",
                "Unit values are compared at the subheading only, in the unit carrying most of each year's value, where both "
                        + "flows' statistics give quantities (Comtrade's are partly estimated by the UN).",
                "The Freund test's excess growth is a value at stake, not the value rerouted: the hub's exports may grow faster to "
                        + "the destination for reasons of their own."));
        leavesOut.addAll(f.missing());
        return new Provenance(List.copyOf(sources), List.copyOf(leavesOut), synthetic);
    }
}
