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
import java.util.stream.Stream;
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
import org.bilateral.doors.Figures;
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
        List<TariffStakes.DutyYear> duties = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        if (latest != null && !path.steps().isEmpty()) {
            int first = path.steps().get(0).from().getYear();
            DutyTally tally = new DutyTally(path);
            for (ProductFlows.Value v : flows.totalsByPeriod(importer, partner, Flow.IMPORT, first, Math.max(first, latest))) {
                tally.add(v.period(), v.month(), v.valueUsd());
            }
            duties.addAll(tally.years());
            duties.forEach(d -> years.add(d.year()));
        }
        List<ReciprocalRate> rates = measures.reciprocalRates();
        Map<CountryCode, ReciprocalRate> rateOf = new HashMap<>();
        rates.forEach(r -> r.countries().forEach(c -> rateOf.putIfAbsent(c, r)));
        List<TariffStakes.ProductRates> top = new ArrayList<>();
        Integer comparisonYear = figures.year(request.year(), importer, partner);
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
        boolean otherOrders = own == null && Measures.CHARGED_UNDER_OTHER_ORDERS.contains(partner);
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
                "The rate on goods found transshipped" + transshipped(actions) + " is not applied: which goods customs found "
                        + "transshipped is not in the statistics.",
                "A month's imports are taken as spread evenly over its days, so a rate that changed on the 9th is charged on "
                        + "the month's value in proportion.",
                "Countries not in Annex I are shown at its 10% default, except China, Canada and Mexico: they were charged "
                        + "under other orders that are not in the reference data, so their rate is not shown."));
        if (latest == null) {
            leavesOut.add("No " + importer.value() + " import statistics from " + partner.value() + " are imported: no duties are estimated.");
        } else if (duties.isEmpty() && !path.steps().isEmpty()) {
            leavesOut.add("The statistics end in " + latest + ", before the first rate (" + path.steps().get(0).from()
                    + "): there are no duties to estimate; the what-if charges a rate on a year before it.");
        }
        if (!history) {
            leavesOut.add("The reference data holds no dated tariff history for " + partner.value() + ": only its rate in the "
                    + "annex of 2025-07-31 is shown, and no duties are estimated.");
        }
        if (comparisonYear != null && top.stream().allMatch(p -> p.suppliers().size() == 1)) {
            leavesOut.add("The statistics hold no other supplier's trade with " + importer.value()
                    + " in these products: import its imports from all partners to compare them.");
        }
        List<String> files = history ? List.of(measures.source(measures.tariffHistoryFile(partner)), measures.source(Measures.RECIPROCAL_RATES))
                : List.of(measures.source(Measures.RECIPROCAL_RATES));
        return new TariffStakes(importer, partner, today, history ? path.on(today) : null, path.steps(), actions, duties, comparisonYear,
                top, new TariffStakes.Rates(own != null ? own.printedRate() : otherOrders ? TariffStakes.OTHER_ORDERS : TariffStakes.NOT_IN_ANNEX,
                        otherOrders, lower, same, higher, unmatched),
                figures.provenance(importer, partner, comparisonYear == null ? years : Stream.concat(years.stream(),
                        Stream.of(comparisonYear)).toList(), files, leavesOut));
    }

    /** The rates on transshipped goods with their dates, an ended one with its end: " (40% from 2025-08-07 until 2026-02-20)". */
    private static String transshipped(List<TariffAction> actions) {
        List<String> rates = actions.stream().filter(a -> a.kind() == TariffAction.Kind.TRANSSHIPPED_GOODS).map(a -> {
            LocalDate until = RatePath.until(a, actions);
            return StakesTables.percent(a.rate()) + " from " + a.effective() + (until == null ? "" : " until " + until);
        }).toList();
        return rates.isEmpty() ? "" : " (" + String.join("; ", rates) + ")";
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
            throw new InvalidInput("year", "no " + importer.value() + " import statistics from " + partner.value()
                    + " are imported: import them to try a rate on them");
        }
        Map<String, BigDecimal[]> grouped = new TreeMap<>();
        BigDecimal[] total = {BigDecimal.ZERO, BigDecimal.ZERO};
        int months = 0;
        // Every line at its finest complete level, so that a chapter held only at HS2 beside selected HS10 lines is charged
        // whole: its detailed lines by their codes, its rest at the chapter's code.
        List<WhatIf.Unplaced> unplaced = new ArrayList<>();
        for (ProductFlows.ProductYear p : flows.productsAtFinestLevel(importer, partner, Flow.IMPORT, year)) {
            String key = p.code().substring(0, Math.min(p.code().length(), w.level().digits()));
            BigDecimal[] sums = grouped.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(p.valueUsd());
            if (w.zeroes(p.code())) {
                sums[1] = sums[1].add(p.valueUsd());
            } else {
                // A code at zero finer than the line (9403 in chapter 94's rest held only at HS2): how much of the line it is
                // is not known, so the line is charged at the rate and said so.
                w.zero().stream().filter(z -> z.digits().startsWith(p.code()))
                        .forEach(z -> unplaced.add(new WhatIf.Unplaced(z, p.code(), p.valueUsd())));
            }
            months = Math.max(months, p.months());
        }
        if (grouped.isEmpty()) {
            throw new InvalidInput("year", "no " + importer.value() + " import statistics from " + partner.value() + " for " + year
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
            String label = nomenclature.description(e.getKey()).orElse(e.getKey().isEmpty() ? "No product named"
                    : "(national or special code)");
            if (e.getKey().length() < w.level().digits()) {
                label = notDetailed(e.getKey()) + ": " + label;
            }
            lines.add(new WhatIf.Line(e.getKey(), label, imports, zeroed, before, after, after.subtract(before)));
            total[0] = total[0].add(imports);
            total[1] = total[1].add(zeroed);
            duties[0] = duties[0].add(before);
            duties[1] = duties[1].add(after);
        }
        lines.sort(Comparator.comparing((WhatIf.Line l) -> l.changeUsd().abs()).reversed().thenComparing(WhatIf.Line::code));
        List<String> leavesOut = new ArrayList<>(List.of(
                "Additional reciprocal duty only; MFN and Section 232 duties are not included.",
                "Both rates are charged on the whole year's imports, as though in force all year; exemptions whose product lists "
                        + "are not in the reference data (Annex II, agricultural products) are charged."));
        for (WhatIf.Unplaced u : unplaced) {
            String held = switch (u.heldAt().length()) {
                case 0 -> "of the imports with no product named";
                case 2 -> "of chapter " + u.heldAt() + ", held only at HS2,";
                case 4 -> "of heading " + u.heldAt() + ", held only at HS4,";
                default -> "of " + u.heldAt() + ",";
            };
            leavesOut.add(u.zero().digits() + " at zero: " + Figures.usdAmount(u.importsUsd()) + " " + held
                    + " may include " + u.zero().digits() + " but cannot be placed in it: it is charged at the rate.");
        }
        return new WhatIf.Result(importer, partner, year, months, on, baseline, rate, w.zero(), List.copyOf(unplaced), lines,
                new WhatIf.Line("total", "All products", total[0], total[1], duties[0], duties[1], duties[1].subtract(duties[0])),
                figures.provenance(importer, partner, List.of(year), List.of(measures.source(measures.tariffHistoryFile(partner))), leavesOut));
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
