package org.bilateral.policy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bilateral.policy.measures.AntidumpingOrder;
import org.bilateral.policy.measures.CountryChartRow;
import org.bilateral.policy.measures.DualUseCode;
import org.bilateral.policy.measures.ExportControlGroups;
import org.bilateral.policy.measures.HtsNumber;
import org.bilateral.policy.measures.Measures;
import org.bilateral.policy.measures.ReciprocalRate;
import org.bilateral.policy.measures.TariffAction;
import org.bilateral.reference.Country;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.reference.Nomenclature;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.Unavailable;
import org.bilateral.tradestats.ProductFlows;
import org.bilateral.tradestats.Source;
import org.bilateral.tradestats.TradeBalances;
import org.springframework.stereotype.Service;

/**
 * What each ask is worth in trade, computed from the imported statistics and the measure files: the imports under the
 * anti-dumping orders market-economy status would change, the exports the export-control groups bear on, the duties the
 * tariff rate charges, and what another rate would charge. Every answer names its sources and what it leaves out.
 */
@Service
public class Stakes {

    /** Years shown before the year asked for: enough to see a trend, few enough to read. */
    static final int YEARS_SHOWN = 6;

    /** Top products whose competitors' rates are compared. */
    static final int TOP_PRODUCTS = 10;

    /** Other suppliers shown per product. */
    static final int SUPPLIERS = 4;

    private final Measures measures;
    private final ProductFlows flows;
    private final TradeBalances balances;
    private final CountryDirectory countries;
    private final Nomenclature nomenclature;
    private final Clock clock;

    Stakes(Measures measures, ProductFlows flows, TradeBalances balances, CountryDirectory countries, Nomenclature nomenclature,
           java.util.Optional<Clock> clock) {
        this.measures = measures;
        this.flows = flows;
        this.balances = balances;
        this.countries = countries;
        this.nomenclature = nomenclature;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** The stakes of one topic, as the page, the command and the API answer them. */
    public TopicStakes of(StakesRequest request) {
        return switch (request.topic()) {
            case MARKET_ECONOMY_STATUS -> marketEconomyStatus(request);
            case EXPORT_CONTROLS -> exportControls(request);
            case TARIFFS -> tariffs(request);
            default -> throw new IllegalStateException("no stakes for " + request.topic());
        };
    }

    /**
     * What is at stake beside an ask: its topic's stakes for the side the US measures apply to, or why they cannot be
     * given; for trade fraud, the rates on goods found transshipped.
     *
     * @param unavailable why the stakes cannot be given (a measure file missing), or null
     */
    public record Beside(PolicyTopic topic, CountryCode partner, TopicStakes stakes, String unavailable,
                         List<TariffAction> transshipment) {
    }

    public java.util.Optional<Beside> beside(Asks.Ask ask) {
        CountryCode partner = ask.side().equals(Measures.UNITED_STATES) ? ask.addressee() : ask.side();
        if (!ask.side().equals(Measures.UNITED_STATES) && !ask.addressee().equals(Measures.UNITED_STATES)) {
            return java.util.Optional.empty();
        }
        try {
            if (StakesRequest.TOPICS.contains(ask.topic())) {
                return java.util.Optional.of(new Beside(ask.topic(), partner, of(new StakesRequest(partner, ask.topic(), null, null)),
                        null, List.of()));
            }
            if (ask.topic() == PolicyTopic.TRADE_FRAUD && Measures.covers(partner)) {
                return java.util.Optional.of(new Beside(ask.topic(), partner, null, null, measures.tariffHistory(partner).stream()
                        .filter(a -> a.kind() == TariffAction.Kind.TRANSSHIPPED_GOODS).toList()));
            }
        } catch (Unavailable e) {
            return java.util.Optional.of(new Beside(ask.topic(), partner, null, e.getMessage(), List.of()));
        }
        return java.util.Optional.empty();
    }

    public MarketEconomyStakes marketEconomyStatus(StakesRequest request) {
        CountryCode importer = Measures.UNITED_STATES;
        CountryCode partner = request.partner();
        List<AntidumpingOrder> orders = measures.orders(partner);
        Integer year = year(request.year(), importer, partner);
        List<String> leavesOut = new ArrayList<>(List.of(
                "Imports are counted by the HTS numbers the notices print; an order's scope is its written description, which "
                        + "may be narrower or wider than its numbers.",
                "Orders without known HTS numbers are listed, their trade not estimated."));
        Set<String> allCodes = new TreeSet<>();
        orders.forEach(o -> o.codes().forEach(c -> allCodes.add(c.digits())));
        Set<String> union = withoutCovered(allCodes);
        Map<String, Map<Integer, ProductFlows.CodeYear>> byCode = new HashMap<>();
        List<Integer> years = new ArrayList<>();
        if (year != null && !allCodes.isEmpty()) {
            for (ProductFlows.CodeYear c : flows.years(importer, partner, Flow.IMPORT, allCodes.stream().map(HsCode::of).toList(),
                    year - YEARS_SHOWN + 1, year)) {
                byCode.computeIfAbsent(c.code().digits(), k -> new HashMap<>()).put(c.year(), c);
            }
            byCode.values().forEach(m -> m.keySet().forEach(y -> {
                if (!years.contains(y)) {
                    years.add(y);
                }
            }));
            years.sort(null);
        }
        if (year == null) {
            leavesOut.add("No " + importer.value() + " import statistics from " + partner.value()
                    + " are imported: the orders are listed without their trade.");
        }
        List<MarketEconomyStakes.Order> lines = new ArrayList<>();
        for (AntidumpingOrder o : orders) {
            Set<String> codes = withoutCovered(o.codes().stream().map(HtsNumber::digits).collect(TreeSet::new, Set::add, Set::addAll));
            lines.add(new MarketEconomyStakes.Order(o, codes.isEmpty() ? List.of() : figures(codes, years, byCode)));
        }
        long withCodes = orders.stream().filter(o -> !o.codes().isEmpty()).count();
        return new MarketEconomyStakes(importer, partner, years, lines, figures(union, years, byCode), withCodes,
                orders.size() - withCodes, provenance(importer, partner, years,
                        List.of(measures.source(measures.ordersFile(partner))), leavesOut));
    }

    public ExportControlStakes exportControls(StakesRequest request) {
        CountryCode exporter = Measures.UNITED_STATES;
        CountryCode partner = request.partner();
        CountryCode comparison = request.comparison();
        ExportControlGroups groups = measures.countryGroups();
        List<String> comparisonGroups = groups.groupsOf(comparison);
        List<ExportControlStakes.Group> in = new ArrayList<>();
        for (String g : groups.groupsOf(partner)) {
            in.add(new ExportControlStakes.Group(g, groups.labels().getOrDefault(g, g), comparisonGroups.contains(g),
                    groups.members(g).stream().filter(c -> !c.equals(partner)).toList()));
        }
        List<CountryChartRow> chart = measures.countryChart();
        CountryChartRow partnerRow = chart.stream().filter(r -> r.country().equals(partner)).findFirst().orElse(null);
        CountryChartRow comparisonRow = chart.stream().filter(r -> r.country().equals(comparison)).findFirst().orElse(null);
        List<ExportControlStakes.Reason> reasons = new ArrayList<>();
        if (partnerRow != null) {
            Set<String> columns = new LinkedHashSet<>(CountryChartRow.COLUMNS);
            chart.forEach(r -> columns.addAll(r.reasons()));
            for (String column : columns) {
                boolean p = partnerRow.reasons().contains(column);
                boolean c = comparisonRow != null && comparisonRow.reasons().contains(column);
                if (p || c) {
                    reasons.add(new ExportControlStakes.Reason(column, p, c));
                }
            }
        }
        List<DualUseCode> dualUse = measures.dualUseCodes();
        Map<String, List<String>> byCategory = new LinkedHashMap<>();
        dualUse.forEach(d -> byCategory.computeIfAbsent(d.category(), k -> new ArrayList<>()).add(d.hs6()));
        Set<String> allCodes = new TreeSet<>();
        dualUse.forEach(d -> allCodes.add(d.hs6()));
        Integer year = year(request.year(), exporter, partner);
        Map<String, Map<Integer, ProductFlows.CodeYear>> byCode = new HashMap<>();
        List<Integer> years = new ArrayList<>();
        if (year != null) {
            for (ProductFlows.CodeYear c : flows.years(exporter, partner, Flow.EXPORT, allCodes.stream().map(HsCode::of).toList(),
                    year - YEARS_SHOWN + 1, year)) {
                byCode.computeIfAbsent(c.code().digits(), k -> new HashMap<>()).put(c.year(), c);
                if (!years.contains(c.year())) {
                    years.add(c.year());
                }
            }
            years.sort(null);
        }
        List<ExportControlStakes.Category> categories = new ArrayList<>();
        byCategory.forEach((category, codes) -> categories.add(new ExportControlStakes.Category(category, codes,
                figures(new TreeSet<>(codes), years, byCode))));
        String caveat = "The HS list is partial: Common High Priority List tiers and chemical-weapons schedules only, no HS-to-ECCN "
                + "concordance (no 3A090 chips, 5A002 cryptography, 2B001 machine tools). An HS subheading is always broader or "
                + "narrower than a control entry: for screening, never classification.";
        List<String> leavesOut = new ArrayList<>(List.of(caveat,
                "Country groups as of " + groups.asOf() + " (" + groups.source() + "); the parse is known to be incomplete for a "
                        + "few countries."));
        if (partnerRow == null) {
            leavesOut.add(partner.value() + " is not in the Country Chart excerpt (" + chart.size() + " countries).");
        } else if (comparisonRow == null) {
            leavesOut.add(comparison.value() + " is not in the Country Chart excerpt (" + chart.size() + " countries): its column is empty.");
        }
        if (year == null) {
            leavesOut.add("No " + exporter.value() + " export statistics to " + partner.value() + " are imported.");
        }
        return new ExportControlStakes(exporter, partner, comparison, groups.asOf(), in, comparisonGroups, reasons,
                comparisonRow != null, years, categories, figures(allCodes, years, byCode), caveat,
                provenance(exporter, partner, years, List.of(measures.source(Measures.COUNTRY_GROUPS),
                        measures.source(Measures.COUNTRY_CHART), measures.source(Measures.DUAL_USE)), leavesOut));
    }

    public TariffStakes tariffs(StakesRequest request) {
        CountryCode importer = Measures.UNITED_STATES;
        CountryCode partner = request.partner();
        List<TariffAction> actions = measures.tariffHistory(partner);
        RatePath path = RatePath.of(actions);
        LocalDate today = LocalDate.now(clock);
        // duties are estimated on every month charged, up to the latest the statistics hold
        Integer latest = flows.latestMonth(importer, partner, Flow.IMPORT).map(java.time.YearMonth::getYear).orElse(null);
        List<TariffStakes.DutyYear> duties = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        if (latest != null && !path.steps().isEmpty()) {
            int first = path.steps().get(0).from().getYear();
            Map<Integer, BigDecimal[]> byYear = new TreeMap<>();
            Map<Integer, Integer> months = new HashMap<>();
            Map<Integer, BigDecimal> rateDays = new HashMap<>();
            Map<Integer, Long> days = new HashMap<>();
            for (ProductFlows.Value v : flows.totalsByPeriod(importer, partner, Flow.IMPORT, first, Math.max(first, latest))) {
                LocalDate from = v.period().atDay(1);
                LocalDate until = v.month() ? from.plusMonths(1) : from.plusYears(1);
                int y = v.period().getYear();
                BigDecimal[] sums = byYear.computeIfAbsent(y, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sums[0] = sums[0].add(v.valueUsd());
                sums[1] = sums[1].add(path.duty(v.valueUsd(), from, until));
                months.merge(y, v.month() ? 1 : 12, Integer::sum);
                rateDays.merge(y, path.rateDays(from, until), BigDecimal::add);
                days.merge(y, java.time.temporal.ChronoUnit.DAYS.between(from, until), Long::sum);
            }
            byYear.forEach((y, sums) -> {
                years.add(y);
                duties.add(new TariffStakes.DutyYear(y, sums[0], months.get(y), rateDays.get(y).divide(BigDecimal.valueOf(days.get(y)),
                        4, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros(), sums[1]));
            });
        }
        List<ReciprocalRate> rates = measures.reciprocalRates();
        Map<CountryCode, ReciprocalRate> rateOf = new HashMap<>();
        rates.forEach(r -> r.countries().forEach(c -> rateOf.putIfAbsent(c, r)));
        List<TariffStakes.ProductRates> top = new ArrayList<>();
        Integer comparisonYear = year(request.year(), importer, partner);
        if (comparisonYear != null) {
            List<ProductFlows.ProductYear> products = flows.productsOfYear(importer, partner, Flow.IMPORT, HsLevel.HEADING, comparisonYear);
            List<String> codes = products.stream().limit(TOP_PRODUCTS).map(ProductFlows.ProductYear::code).toList();
            Map<String, List<ProductFlows.Supply>> suppliers = new HashMap<>();
            flows.suppliers(importer, Flow.IMPORT, HsLevel.HEADING, codes, comparisonYear)
                    .forEach(s -> suppliers.computeIfAbsent(s.code(), k -> new ArrayList<>()).add(s));
            for (ProductFlows.ProductYear p : products.stream().limit(TOP_PRODUCTS).toList()) {
                List<TariffStakes.SupplierRate> others = new ArrayList<>();
                others.add(supplierRate(partner, p.valueUsd(), rateOf));
                suppliers.getOrDefault(p.code(), List.of()).stream().filter(s -> !s.partner().equals(partner)).limit(SUPPLIERS)
                        .forEach(s -> others.add(supplierRate(s.partner(), s.valueUsd(), rateOf)));
                top.add(new TariffStakes.ProductRates(p.code(), nomenclature.description(p.code()).orElse("(national or special code)"),
                        p.valueUsd(), others));
            }
        }
        ReciprocalRate own = rateOf.get(partner);
        long lower = 0;
        long same = 0;
        long higher = 0;
        if (own != null && own.percent() != null) {
            for (ReciprocalRate r : rates) {
                if (r != own && r.percent() != null) {
                    int c = r.percent().compareTo(own.percent());
                    lower += c < 0 ? 1 : 0;
                    same += c == 0 ? 1 : 0;
                    higher += c > 0 ? 1 : 0;
                }
            }
        }
        List<String> unmatched = rates.stream().filter(r -> r.countries().isEmpty()).map(ReciprocalRate::printedName).toList();
        List<String> leavesOut = new ArrayList<>(List.of(
                "Additional reciprocal duty only; MFN and Section 232 duties are not included.",
                "Goods exempted by Annex II, the agricultural products exempted from 2025-11-13 and the 0% list promised on "
                        + "2025-10-26 are charged here: their product lists are not in the reference data, so the duties are an "
                        + "upper bound.",
                "The 40% rate on goods found transshipped is not applied: which goods customs found transshipped is not in the statistics.",
                "A month's imports are taken as spread evenly over its days, so a rate that changed on the 9th is charged on "
                        + "the month's value in proportion.",
                "Countries not in Annex I are shown at its 10% default; China, Canada and Mexico were charged under other orders "
                        + "that are not in the reference data."));
        if (latest == null) {
            leavesOut.add("No " + importer.value() + " import statistics from " + partner.value() + " are imported: no duties are estimated.");
        } else if (duties.isEmpty() && !path.steps().isEmpty()) {
            leavesOut.add("The statistics end in " + latest + ", before the first rate (" + path.steps().get(0).from()
                    + "): there are no duties to estimate; the what-if charges a rate on a year before it.");
        }
        if (comparisonYear != null && top.stream().allMatch(p -> p.suppliers().size() == 1)) {
            leavesOut.add("The statistics hold no other supplier's trade with " + importer.value()
                    + " in these products: import its imports from all partners to compare them.");
        }
        return new TariffStakes(importer, partner, today, path.on(today), path.steps(), actions, duties, comparisonYear, top,
                new TariffStakes.Rates(own == null ? "10% (not in Annex I)" : own.printedRate(), lower, same, higher, unmatched),
                provenance(importer, partner, comparisonYear == null ? years : java.util.stream.Stream.concat(years.stream(),
                                java.util.stream.Stream.of(comparisonYear)).toList(), List.of(measures.source(measures.tariffHistoryFile(partner)),
                        measures.source(Measures.RECIPROCAL_RATES)), leavesOut));
    }

    /** The what-if against the rate in force on a day, product by product, for one year's imports. */
    public WhatIf.Result whatIf(WhatIf w) {
        CountryCode importer = Measures.UNITED_STATES;
        CountryCode partner = w.partner();
        RatePath path = RatePath.of(measures.tariffHistory(partner));
        LocalDate on = w.baselineOn() == null ? LocalDate.now(clock) : w.baselineOn();
        BigDecimal baseline = path.on(on);
        BigDecimal rate = w.ratePercent() == null ? baseline : w.ratePercent();
        Integer year = year(w.year(), importer, partner);
        if (year == null) {
            throw new Unavailable("no " + importer.value() + " import statistics from " + partner.value()
                    + " are imported: import them to try a rate on them");
        }
        Map<String, BigDecimal[]> grouped = new TreeMap<>();
        BigDecimal[] total = {BigDecimal.ZERO, BigDecimal.ZERO};
        int months = 0;
        for (ProductFlows.ProductYear p : flows.productsOfYear(importer, partner, Flow.IMPORT, HsLevel.SUBHEADING, year)) {
            String key = p.code().substring(0, Math.min(p.code().length(), w.level().digits()));
            BigDecimal[] sums = grouped.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(p.valueUsd());
            if (w.zeroes(p.code())) {
                sums[1] = sums[1].add(p.valueUsd());
            }
            months = Math.max(months, p.months());
        }
        if (grouped.isEmpty()) {
            throw new Unavailable("no " + importer.value() + " import statistics from " + partner.value() + " for " + year
                    + ": choose a year the statistics hold");
        }
        List<WhatIf.Line> lines = new ArrayList<>();
        BigDecimal hundred = BigDecimal.valueOf(100);
        BigDecimal[] duties = {BigDecimal.ZERO, BigDecimal.ZERO};
        for (Map.Entry<String, BigDecimal[]> e : grouped.entrySet()) {
            BigDecimal imports = e.getValue()[0];
            BigDecimal zeroed = e.getValue()[1];
            BigDecimal before = cents(imports.multiply(baseline).divide(hundred));
            BigDecimal after = cents(imports.subtract(zeroed).multiply(rate).divide(hundred));
            lines.add(new WhatIf.Line(e.getKey(), nomenclature.description(e.getKey()).orElse("(national or special code)"), imports,
                    zeroed, before, after, after.subtract(before)));
            total[0] = total[0].add(imports);
            total[1] = total[1].add(zeroed);
            duties[0] = duties[0].add(before);
            duties[1] = duties[1].add(after);
        }
        lines.sort(Comparator.comparing((WhatIf.Line l) -> l.changeUsd().abs()).reversed().thenComparing(WhatIf.Line::code));
        List<String> leavesOut = List.of(
                "Additional reciprocal duty only; MFN and Section 232 duties are not included.",
                "Both rates are charged on the whole year's imports, as though in force all year; exemptions whose product lists "
                        + "are not in the reference data (Annex II, agricultural products) are charged.");
        return new WhatIf.Result(importer, partner, year, months, on, baseline, rate, w.zero(), lines,
                new WhatIf.Line("total", "All products", total[0], total[1], duties[0], duties[1], duties[1].subtract(duties[0])),
                provenance(importer, partner, List.of(year), List.of(measures.source(measures.tariffHistoryFile(partner))), leavesOut));
    }

    private static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    private TariffStakes.SupplierRate supplierRate(CountryCode country, BigDecimal imports, Map<CountryCode, ReciprocalRate> rateOf) {
        ReciprocalRate r = rateOf.get(country);
        String name = countries.byCode(country).map(Country::name).orElse(country.value());
        return r == null ? new TariffStakes.SupplierRate(country, name, imports, "10% (not in Annex I)", BigDecimal.TEN)
                : new TariffStakes.SupplierRate(country, name, imports, r.printedRate(), r.percent());
    }

    /** The year asked for, else the latest the statistics hold whole; null without statistics. */
    private Integer year(Integer asked, CountryCode reporter, CountryCode partner) {
        return asked != null ? asked : balances.latestFullYear(reporter, partner).orElse(null);
    }

    /** Codes without those another code of the set covers (0304 covers 030420): each line is counted once. */
    static Set<String> withoutCovered(Set<String> codes) {
        Set<String> kept = new TreeSet<>();
        for (String code : codes) {
            boolean covered = codes.stream().anyMatch(other -> other.length() < code.length() && code.startsWith(other));
            if (!covered) {
                kept.add(code);
            }
        }
        return kept;
    }

    /** The sum of the codes' trade in each year, naming the codes the year's statistics are not detailed enough for. */
    private static List<YearFigure> figures(Set<String> codes, List<Integer> years, Map<String, Map<Integer, ProductFlows.CodeYear>> byCode) {
        List<YearFigure> result = new ArrayList<>();
        for (int year : years) {
            BigDecimal sum = BigDecimal.ZERO;
            int months = 0;
            List<String> unmeasured = new ArrayList<>();
            for (String code : codes) {
                ProductFlows.CodeYear c = byCode.getOrDefault(code, Map.of()).get(year);
                if (c == null) {
                    continue;
                }
                months = Math.max(months, c.months());
                if (c.valueUsd() == null) {
                    unmeasured.add(code);
                } else {
                    sum = sum.add(c.valueUsd());
                }
            }
            result.add(new YearFigure(year, sum, months, unmeasured));
        }
        return result;
    }

    private Provenance provenance(CountryCode reporter, CountryCode partner, List<Integer> years, List<String> files,
                                  List<String> leavesOut) {
        List<String> sources = new ArrayList<>(files);
        boolean synthetic = false;
        if (!years.isEmpty()) {
            for (Source s : balances.sources(reporter, partner)) {
                sources.add(reporter.value() + " statistics: " + s.dataset() + " #" + s.importId() + " (" + s.fileName() + ")"
                        + (s.synthetic() ? ", synthetic" : ""));
            }
            Set<Integer> syntheticYears = flows.syntheticYears(reporter, partner);
            synthetic = years.stream().anyMatch(syntheticYears::contains);
        }
        return new Provenance(List.copyOf(sources), List.copyOf(leavesOut), synthetic);
    }
}
