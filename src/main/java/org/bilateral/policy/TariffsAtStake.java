package org.bilateral.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bilateral.policy.measures.Measures;
import org.bilateral.policy.measures.ReciprocalRate;
import org.bilateral.policy.measures.TariffAction;
import org.bilateral.reference.Country;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.reference.Nomenclature;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.InvalidInput;
import org.bilateral.tradestats.ProductFlows;
import org.bilateral.shared.Said;
import org.springframework.stereotype.Component;

/**
 * What the tariff asks are about: the rate on every date, the duties it charges on the imported statistics, the partner's
 * rate beside its competitors', and what another rate would charge.
 */
@Component
class TariffsAtStake {

    /** Top products whose competitors' rates are compared. */
    static final int TOP_PRODUCTS = 10;

    /** Other suppliers shown per product. */
    static final int SUPPLIERS = 4;

    private final Measures measures;
    private final ProductFlows flows;
    private final StakesFigures figures;
    private final CountryDirectory countries;
    private final Nomenclature nomenclature;
    private final Clock clock;

    TariffsAtStake(Measures measures, ProductFlows flows, StakesFigures figures, CountryDirectory countries, Nomenclature nomenclature,
                   Optional<Clock> clock) {
        this.measures = measures;
        this.flows = flows;
        this.figures = figures;
        this.countries = countries;
        this.nomenclature = nomenclature;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    TariffStakes of(StakesRequest request) {
        CountryCode importer = Measures.UNITED_STATES;
        CountryCode partner = request.partner();
        // a partner without a dated history in the reference data still has its rate in the annex, and competitors
        boolean history = Measures.covers(partner);
        List<TariffAction> actions = history ? measures.tariffHistory(partner) : List.of();
        RatePath path = RatePath.of(actions);
        LocalDate today = LocalDate.now(clock);
        // duties are estimated on every month charged, up to the latest the statistics hold
        Integer latest = flows.latestMonth(importer, partner, Flow.IMPORT).map(YearMonth::getYear).orElse(null);
        List<TariffStakes.DutyYear> duties = latest == null ? List.of() : duties(importer, partner, path, latest);
        List<Integer> years = new ArrayList<>(duties.stream().map(TariffStakes.DutyYear::year).toList());
        List<ReciprocalRate> rates = measures.reciprocalRates();
        Integer comparisonYear = figures.year(request.year(), importer, partner);
        List<TariffStakes.ProductRates> top = comparisonYear == null ? List.of()
                : competitors(importer, partner, comparisonYear, AnnexStanding.byCountry(rates));
        if (comparisonYear != null) {
            years.add(comparisonYear);
        }
        List<String> leavesOut = TariffCaveats.ofStakes(importer, partner, actions, path, latest, duties.isEmpty(), history,
                comparisonYear != null && top.stream().allMatch(p -> p.suppliers().size() == 1));
        List<String> files = history ? List.of(measures.source(measures.tariffHistoryFile(partner)), measures.source(Measures.RECIPROCAL_RATES))
                : List.of(measures.source(Measures.RECIPROCAL_RATES));
        return new TariffStakes(importer, partner, today, history ? path.on(today) : null, path.steps(), actions, duties, comparisonYear,
                top, AnnexStanding.of(partner, rates), figures.provenance(importer, partner, years, files, leavesOut));
    }

    /** The duties of each year from the first rate's to the latest the statistics hold, period by period. */
    private List<TariffStakes.DutyYear> duties(CountryCode importer, CountryCode partner, RatePath path, int latest) {
        if (path.steps().isEmpty()) {
            return List.of();
        }
        int first = path.steps().get(0).from().getYear();
        DutyTally tally = new DutyTally(path);
        for (ProductFlows.Value v : flows.totalsByPeriod(importer, partner, Flow.IMPORT, first, Math.max(first, latest))) {
            tally.add(v.period(), v.month(), v.valueUsd());
        }
        return tally.years();
    }

    /** The partner's largest products of the year, each with the partner's rate beside its largest other suppliers'. */
    private List<TariffStakes.ProductRates> competitors(CountryCode importer, CountryCode partner, int year,
                                                        Map<CountryCode, ReciprocalRate> rateOf) {
        List<ProductFlows.ProductYear> products = flows.productsOfYear(importer, partner, Flow.IMPORT, HsLevel.HEADING, year).stream()
                .limit(TOP_PRODUCTS).toList();
        List<String> codes = products.stream().map(ProductFlows.ProductYear::code).toList();
        Map<String, List<ProductFlows.Supply>> suppliers = new HashMap<>();
        flows.suppliers(importer, Flow.IMPORT, HsLevel.HEADING, codes, year)
                .forEach(s -> suppliers.computeIfAbsent(s.code(), k -> new ArrayList<>()).add(s));
        List<TariffStakes.ProductRates> top = new ArrayList<>();
        for (ProductFlows.ProductYear p : products) {
            List<TariffStakes.SupplierRate> others = new ArrayList<>();
            others.add(supplierRate(partner, p.valueUsd(), rateOf));
            suppliers.getOrDefault(p.code(), List.of()).stream().filter(s -> !s.partner().equals(partner)).limit(SUPPLIERS)
                    .forEach(s -> others.add(supplierRate(s.partner(), s.valueUsd(), rateOf)));
            top.add(new TariffStakes.ProductRates(p.code(), nomenclature.describe(p.code()),
                    p.valueUsd(), others));
        }
        return top;
    }

    /** The what-if against the rate in force on a day, product by product, for one year's imports. */
    WhatIf.Result whatIf(WhatIf w) {
        CountryCode importer = Measures.UNITED_STATES;
        CountryCode partner = w.partner();
        RatePath path = RatePath.of(measures.tariffHistory(partner));
        LocalDate on = w.baselineOn() == null ? LocalDate.now(clock) : w.baselineOn();
        BigDecimal baseline = path.on(on);
        BigDecimal rate = w.ratePercent() == null ? baseline : w.ratePercent();
        Integer year = figures.year(w.year(), importer, partner);
        if (year == null) {
            throw new InvalidInput("year", Said.of("refusal.policy.noStatistics", importer.value(), partner.value()));
        }
        // Every line at its finest complete level, so that a chapter held only at HS2 beside selected HS10 lines is charged
        // whole: its detailed lines by their codes, its rest at the chapter's code.
        List<ProductFlows.ProductYear> products = flows.productsAtFinestLevel(importer, partner, Flow.IMPORT, year);
        if (products.isEmpty()) {
            throw new InvalidInput("year", Said.of("refusal.policy.noStatisticsFor", importer.value(), partner.value(), String.valueOf(year)));
        }
        int months = products.stream().mapToInt(ProductFlows.ProductYear::months).max().orElse(0);
        List<WhatIf.Unplaced> unplaced = new ArrayList<>();
        Map<String, BigDecimal[]> grouped = grouped(w, products, unplaced);
        List<WhatIf.Line> lines = new ArrayList<>();
        BigDecimal[] total = {BigDecimal.ZERO, BigDecimal.ZERO};
        BigDecimal[] duties = {BigDecimal.ZERO, BigDecimal.ZERO};
        for (Map.Entry<String, BigDecimal[]> e : grouped.entrySet()) {
            WhatIf.Line line = line(e.getKey(), e.getValue()[0], e.getValue()[1], baseline, rate, w.level().digits());
            lines.add(line);
            total[0] = total[0].add(line.importsUsd());
            total[1] = total[1].add(line.zeroedUsd());
            duties[0] = duties[0].add(line.baselineDutiesUsd());
            duties[1] = duties[1].add(line.whatIfDutiesUsd());
        }
        lines.sort(Comparator.comparing((WhatIf.Line l) -> l.changeUsd().abs()).reversed().thenComparing(WhatIf.Line::code));
        List<String> leavesOut = TariffCaveats.ofWhatIf(unplaced);
        return new WhatIf.Result(importer, partner, year, months, on, baseline, rate, w.zero(), List.copyOf(unplaced), lines,
                new WhatIf.Line("total", "All products", total[0], total[1], duties[0], duties[1], duties[1].subtract(duties[0])),
                figures.provenance(importer, partner, List.of(year), List.of(measures.source(measures.tariffHistoryFile(partner))), leavesOut));
    }

    /**
     * The imports of each code at the level asked and how much of them is at zero; a code at zero finer than the line
     * holding it (9403 in chapter 94's rest held only at HS2) cannot be placed in it, so the line is charged at the rate
     * and the code is added to {@code unplaced}.
     */
    private static Map<String, BigDecimal[]> grouped(WhatIf w, List<ProductFlows.ProductYear> products, List<WhatIf.Unplaced> unplaced) {
        Map<String, BigDecimal[]> grouped = new TreeMap<>();
        for (ProductFlows.ProductYear p : products) {
            String key = p.code().substring(0, Math.min(p.code().length(), w.level().digits()));
            BigDecimal[] sums = grouped.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(p.valueUsd());
            if (w.zeroes(p.code())) {
                sums[1] = sums[1].add(p.valueUsd());
            } else {
                w.zero().stream().filter(z -> z.digits().startsWith(p.code()))
                        .forEach(z -> unplaced.add(new WhatIf.Unplaced(z, p.code(), p.valueUsd())));
            }
        }
        return grouped;
    }

    /** One code's line: its duties at the baseline on all its imports, at the rate on those not at zero, to the cent. */
    private WhatIf.Line line(String code, BigDecimal imports, BigDecimal zeroed, BigDecimal baseline, BigDecimal rate, int digits) {
        BigDecimal hundred = BigDecimal.valueOf(100);
        BigDecimal before = cents(imports.multiply(baseline).divide(hundred));
        BigDecimal after = cents(imports.subtract(zeroed).multiply(rate).divide(hundred));
        String label = code.isEmpty() ? "No product named" : nomenclature.describe(code);
        if (code.length() < digits) {
            label = notDetailed(code) + ": " + label;
        }
        return new WhatIf.Line(code, label, imports, zeroed, before, after, after.subtract(before));
    }

    /** What a line of a code coarser than the level asked holds: the part of it the statistics do not detail. */
    private static String notDetailed(String code) {
        return switch (code.length()) {
            case 0 -> "Not detailed by product";
            case 2 -> "Chapter " + code + " not detailed below HS2";
            case 4 -> "Heading " + code + " not detailed below HS4";
            default -> code + " not detailed further";
        };
    }

    private static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }

    private TariffStakes.SupplierRate supplierRate(CountryCode country, BigDecimal imports, Map<CountryCode, ReciprocalRate> rateOf) {
        ReciprocalRate r = rateOf.get(country);
        String name = countries.byCode(country).map(Country::name).orElse(country.value());
        if (r != null) {
            return new TariffStakes.SupplierRate(country, name, imports, r.printedRate(), r.percent());
        }
        // not the annex's default where other orders charged the country: that rate is not known here
        return Measures.CHARGED_UNDER_OTHER_ORDERS.contains(country)
                ? new TariffStakes.SupplierRate(country, name, imports, TariffStakes.OTHER_ORDERS, null)
                : new TariffStakes.SupplierRate(country, name, imports, TariffStakes.NOT_IN_ANNEX, BigDecimal.TEN);
    }

}
