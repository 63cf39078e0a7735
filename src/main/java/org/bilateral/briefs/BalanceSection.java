package org.bilateral.briefs;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.Granularity;
import org.bilateral.shared.HsLevel;
import org.bilateral.tradestats.Balance;
import org.bilateral.tradestats.BalanceRequest;
import org.bilateral.tradestats.Mirror;
import org.bilateral.tradestats.MirrorRequest;
import org.bilateral.tradestats.ProductFlows;
import org.bilateral.tradestats.Products;
import org.bilateral.tradestats.ProductsRequest;
import org.bilateral.tradestats.MirrorComparisons;
import org.bilateral.tradestats.TopProducts;
import org.bilateral.tradestats.TradeBalances;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The balance section from the statistics' own use cases: each side's latest whole year and its year to date, the
 * mirror of that year, the top products and the movers, and the months around it for the chart.
 */
@Component
class BalanceSection {

    /** The products a brief lists among the top and the movers. */
    static final int TOP = 5;

    private final TradeBalances balances;
    private final MirrorComparisons mirrors;
    private final TopProducts topProducts;
    private final ProductFlows flows;

    BalanceSection(TradeBalances balances, MirrorComparisons mirrors, TopProducts topProducts, ProductFlows flows) {
        this.balances = balances;
        this.mirrors = mirrors;
        this.topProducts = topProducts;
        this.flows = flows;
    }

    /** One side's figures: its latest whole year, where it has one, and its year to date. */
    private record SideFigures(int year, Optional<Brief.Side> side, Optional<Brief.Side> yearToDate) {
    }

    Brief.Balance of(BriefRequest r, BriefSources sources) {
        List<Brief.Side> sides = new ArrayList<>();
        List<Brief.Side> yearToDate = new ArrayList<>();
        int year = 0;
        CountryCode productsReporter = null;
        for (CountryCode reporter : List.of(r.b(), r.a())) {
            Optional<SideFigures> figures = side(reporter, other(r, reporter), sources);
            if (figures.isEmpty()) {
                continue;
            }
            figures.get().side().ifPresent(sides::add);
            figures.get().yearToDate().ifPresent(yearToDate::add);
            year = Math.max(year, figures.get().year());
            // the other side's statistics, where they hold a whole year, else ours: whose products and months the brief shows
            productsReporter = productsReporter == null ? reporter : productsReporter;
        }
        if (sides.isEmpty() || productsReporter == null) {
            return new Brief.Balance("brief.balance.none", null, List.of(), List.of(), null, null, List.of(), List.of(), List.of());
        }
        CountryCode partner = other(r, productsReporter);
        Products products = topProducts.products(new ProductsRequest(productsReporter, partner, HsLevel.HEADING, year, TOP));
        return new Brief.Balance(null, year, List.copyOf(sides), List.copyOf(yearToDate), mirror(r, year, sources), productsReporter,
                products.top().stream().map(p -> product(p, r.language())).toList(),
                products.movers().stream().map(p -> product(p, r.language())).toList(), months(productsReporter, partner, year));
    }

    private Optional<SideFigures> side(CountryCode reporter, CountryCode partner, BriefSources sources) {
        Optional<Integer> full = balances.latestFullYear(reporter, partner);
        if (full.isEmpty()) {
            return Optional.empty();
        }
        int year = full.get();
        Balance years = balances.balance(new BalanceRequest(reporter, partner, Granularity.YEAR, HsLevel.TOTAL, year, year, 0));
        int source = sources.statistics(years.sources(), reporter);
        Optional<Brief.Side> side = years.rows().stream().filter(row -> row.period().equals(String.valueOf(year))).findFirst()
                .map(row -> side(reporter, partner, row, source));
        Balance ytd = balances.balance(new BalanceRequest(reporter, partner, Granularity.YTD, HsLevel.TOTAL, null, null, 0));
        Optional<Brief.Side> toDate = Optional.empty();
        if (!ytd.rows().isEmpty()) {
            Balance.Row last = ytd.rows().get(ytd.rows().size() - 1);
            toDate = last.months() < 12 ? Optional.of(side(reporter, partner, last, source)) : Optional.empty();
        }
        return Optional.of(new SideFigures(year, side, toDate));
    }

    /** The mirror of the year, where both directions have it. */
    private Brief.@Nullable Mirror mirror(BriefRequest r, int year, BriefSources sources) {
        Mirror m = mirrors.mirror(new MirrorRequest(r.a(), r.b(), year, HsLevel.TOTAL, 0));
        if (m.aToB() == null || m.bToA() == null) {
            return null;
        }
        return new Brief.Mirror(year, List.of(mirrorLine(m.aToB()), mirrorLine(m.bToA())),
                m.sources().stream().map(s -> sources.statistic(s, null)).toList());
    }

    /** The months from the year before to the year after, as many as the statistics hold. */
    private List<Brief.Month> months(CountryCode reporter, CountryCode partner, int year) {
        Balance monthly = balances.balance(new BalanceRequest(reporter, partner, Granularity.MONTH, HsLevel.TOTAL, year - 1, year + 1, 0));
        return monthly.rows().stream().map(row -> new Brief.Month(YearMonth.parse(row.period()), row.exports(), row.imports())).toList();
    }

    /** The latest month the pair's statistics hold, either side, either flow; null without statistics. */
    @Nullable YearMonth latestMonth(CountryCode a, CountryCode b) {
        YearMonth latest = null;
        for (CountryCode reporter : List.of(a, b)) {
            CountryCode partner = reporter.equals(a) ? b : a;
            for (Flow flow : List.of(Flow.EXPORT, Flow.IMPORT)) {
                Optional<YearMonth> m = flows.latestMonth(reporter, partner, flow);
                if (m.isPresent() && (latest == null || m.get().isAfter(latest))) {
                    latest = m.get();
                }
            }
        }
        return latest;
    }

    private static CountryCode other(BriefRequest r, CountryCode side) {
        return side.equals(r.a()) ? r.b() : r.a();
    }

    private static Brief.Side side(CountryCode reporter, CountryCode partner, Balance.Row row, int source) {
        return new Brief.Side(reporter, partner, row.period(), row.months(), row.exports(), row.imports(), row.balance(),
                row.exportsYearEarlier(), row.importsYearEarlier(), row.balanceYearEarlier(), source);
    }

    private static Brief.MirrorLine mirrorLine(Mirror.Direction d) {
        Mirror.Line t = d.total();
        return new Brief.MirrorLine(d.exporter(), d.importer(), t.exporterReports(), t.importerReports(), t.gap(), t.timing(),
                t.cifFobMargin(), t.residual());
    }

    /** A product with its name alone, in the brief's language ({@link ProductNames}). */
    static Brief.ProductLine product(Products.Product p, BriefLanguage language) {
        return new Brief.ProductLine(p.code(), ProductNames.of(p.code(), p.label()), p.exports(), p.imports(), p.tradeChange());
    }
}
