package org.bilateral.offers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import org.bilateral.commitments.targets.Projection;
import org.bilateral.commitments.targets.Projections;
import org.bilateral.commitments.targets.StatisticsSide;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.Granularity;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.bilateral.shared.Share;
import org.bilateral.tariffs.Schedule;
import org.bilateral.tariffs.TariffLine;
import org.bilateral.tariffs.TariffSchedules;
import org.bilateral.tradestats.Balance;
import org.bilateral.tradestats.BalanceRequest;
import org.bilateral.tradestats.ProductFlows;
import org.bilateral.tradestats.StatisticsSources;
import org.bilateral.tradestats.TradeBalances;
import org.bilateral.tradestats.TradeStatisticsProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Use case: an offer priced against one year's statistics (Vietnam's imports from the US and from its other suppliers,
 * product by product at the finest level held; both sides' balances) and the schedule in force on the offer's day, phase
 * year by phase year, beside the purchase deals' projection. The economics are {@link OfferArithmetic}'s.
 */
@Service
public class OfferPricing {

    static final CountryCode VIETNAM = CountryCode.of("VN");
    static final CountryCode US = CountryCode.of("US");

    /** The steps {@link #price(OfferDraft, int, IntConsumer)} reports, for a progress bar. */
    public static final int STEPS = 6;

    private final Offers offers;
    private final TariffSchedules schedules;
    private final ProductFlows flows;
    private final TradeBalances balances;
    private final TradeStatisticsProperties trade;
    private final Projections projections;
    private final StatisticsSources sources;

    OfferPricing(Offers offers, TariffSchedules schedules, ProductFlows flows, TradeBalances balances, TradeStatisticsProperties trade,
                 Projections projections, StatisticsSources sources) {
        this.sources = sources;
        this.offers = offers;
        this.schedules = schedules;
        this.flows = flows;
        this.balances = balances;
        this.trade = trade;
        this.projections = projections;
    }

    /**
     * An offer priced for a year, or why it cannot be (a phase year before the statistics year, a code the schedule in
     * force no longer holds, no schedule in force on its day): the pages and the brief list every saved offer, and one
     * that cannot be priced for the year chosen is said beside the others rather than failing them all.
     */
    public record Attempt(Offer offer, @Nullable Pricing pricing, List<Said> refused) {
    }

    public Attempt attempt(OfferId id, int statisticsYear) {
        Offer offer = offers.existing(id);
        try {
            return new Attempt(offer, priced(offer, statisticsYear, step -> {
            }), List.of());
        } catch (InvalidInput e) {
            return new Attempt(offer, null, e.problems().stream().map(InputProblem::said).toList());
        } catch (org.bilateral.shared.NotFound e) {
            return new Attempt(offer, null, List.of(Said.of(e.thing().messageKey(), e.keys())));
        }
    }

    public Pricing price(OfferId id, int statisticsYear) {
        Offer offer = offers.existing(id);
        return priced(offer, statisticsYear, step -> {
        });
    }

    /** An unsaved offer (the command line's), checked as saving would check it, its name aside. */
    public Pricing price(OfferDraft draft, int statisticsYear) {
        return price(draft, statisticsYear, step -> {
        });
    }

    /** As {@link #price(OfferDraft, int)}, saying each of its {@link #STEPS} steps as it is done. */
    public Pricing price(OfferDraft draft, int statisticsYear, IntConsumer progress) {
        List<InputProblem> problems = OfferRules.ownProblems(Offers.OFFER, draft, f -> null);
        OfferRules.refuseAny(problems);
        LocalDate day = draft.scheduleOn() != null ? draft.scheduleOn() : LocalDate.now();
        Offer offer = new Offer(new OfferId(0), draft.name().strip(), draft.note(), day, draft.elasticities(), draft.parts(),
                AuditTrail.currentActor(), Instant.now().truncatedTo(ChronoUnit.MICROS));
        return priced(offer, statisticsYear, progress);
    }

    /**
     * Years whose statistics hold Vietnam's imports from the US whole (twelve months, or a year's own figure), newest first.
     * A year in progress is left out: an offer is priced on a year's trade, and eleven months of it would understate
     * every figure by a month, while the other suppliers' annual statistics lag the year anyway.
     */
    public List<Integer> yearsPriceable() {
        Map<Integer, Set<Integer>> months = new HashMap<>();
        for (ProductFlows.Value v : flows.totalsByPeriod(VIETNAM, US, Flow.IMPORT, 1900, 2999)) {
            Set<Integer> held = months.computeIfAbsent(v.period().getYear(), y -> new HashSet<>());
            if (v.month()) {
                held.add(v.period().getMonthValue());
            } else {
                for (int m = 1; m <= Math.min(12, v.months()); m++) {
                    held.add(m);
                }
            }
        }
        TreeSet<Integer> years = new TreeSet<>();
        months.forEach((year, held) -> {
            if (held.size() == 12) {
                years.add(year);
            }
        });
        return new ArrayList<>(years.descendingSet());
    }

    private Pricing priced(Offer offer, int statisticsYear, IntConsumer progress) {
        OfferDraft draft = offer.draft();
        if (!yearsPriceable().contains(statisticsYear)) {
            // a year in progress understates every figure; a year without statistics has none
            throw new InvalidInput(new InputProblem(Offers.OFFER, null, "year", Said.of("refusal.offers.noWholeYear", String.valueOf(statisticsYear))));
        }
        OfferRules.refuseAny(OfferRules.yearProblems(Offers.OFFER, draft, statisticsYear, f -> null));
        Schedule schedule = schedules.existingInForceOn(offer.scheduleOn());
        OfferRules.refuseAny(OfferRules.scheduleProblems(Offers.OFFER, draft, schedule, schedules, f -> null));
        List<TariffLine> lines = schedules.lines(schedule.id());
        progress.accept(1);
        OfferArithmetic arithmetic = new OfferArithmetic(lines);
        List<Integer> years = Coverage.years(offer.parts(), statisticsYear);
        List<Map<String, BigDecimal>> offered = years.stream().map(y -> Coverage.offered(offer.parts(), lines, y, statisticsYear)).toList();
        Map<String, BigDecimal> finalOffered = offered.get(offered.size() - 1);
        progress.accept(2);
        Statistics statistics = statistics(statisticsYear, arithmetic, finalOffered);
        progress.accept(3);
        Balances deficit = deficit(statisticsYear);
        progress.accept(4);
        List<YearEffect> yearEffects = new ArrayList<>();
        List<OfferArithmetic.Figures> last = List.of();
        for (int i = 0; i < years.size(); i++) {
            int year = years.get(i);
            List<OfferArithmetic.Figures> figures = new ArrayList<>();
            for (OfferArithmetic.Held held : statistics.held()) {
                OfferArithmetic.Figures f = arithmetic.product(held, offered.get(i), offer.elasticities());
                if (f != null) {
                    figures.add(f);
                }
            }
            yearEffects.add(OfferArithmetic.year(year, figures, deficit.cifFobFactor(), deficit.usMeasuredUsd(),
                    deficit.vietnamMeasuredUsd()));
            last = figures;
        }
        progress.accept(5);
        Projection projection = projections.project(VIETNAM, US, StatisticsSide.PARTNER_EXPORTS);
        YearEffect finalYear = yearEffects.get(yearEffects.size() - 1);
        BigDecimal gap = projection.gapUsd();
        DealsBeside deals = new DealsBeside(gap, projection.expectedUsd(),
                projection.shareOfGap() == null ? null : Share.of(projection.shareOfGap()),
                OfferArithmetic.shareOf(finalYear.addedUsValuedUsd(), gap));
        List<Unpriced> unpriced = Coverage.unpriced(offer.parts(), lines).stream()
                .map(l -> new Unpriced(l.code(), l.mfnText() == null ? "" : l.mfnText(), statistics.importsOf(l.code()))).toList();
        boolean coarse = last.stream().anyMatch(f -> f.code().level() < 6);
        progress.accept(STEPS);
        return new Pricing(offer, statisticsYear, schedule, yearEffects, OfferArithmetic.largestFirst(last), deficit.value(), deals, unpriced,
                finalOffered.size(), coarse, statistics.synthetic() || deficit.synthetic() || projection.synthetic());
    }

    /** The statistics year's products, and whether any figure of them is demonstration data. */
    private record Statistics(List<OfferArithmetic.Held> held, boolean synthetic) {

        /** The imports from the US of the product a line falls under; null when no product held covers it. */
        @Nullable BigDecimal importsOf(HsCode line) {
            return held.stream().filter(h -> line.digits().startsWith(h.code().digits()) || h.code().digits().startsWith(line.digits()))
                    .map(OfferArithmetic.Held::importsFromUsUsd).reduce(BigDecimal::add).orElse(null);
        }
    }

    /** The deficit both ways, and whether either side's statistics of the year are demonstration data. */
    private record Balances(Deficit value, boolean synthetic) {

        BigDecimal cifFobFactor() {
            return value.cifFobFactor();
        }

        @Nullable BigDecimal usMeasuredUsd() {
            return value.usMeasuredUsd();
        }

        @Nullable BigDecimal vietnamMeasuredUsd() {
            return value.vietnamMeasuredUsd();
        }
    }

    /**
     * Vietnam's imports from the US of the year, each product at the finest level held (national lines where the year's
     * statistics reach them, for the subheadings the offer touches; the rest of a subheading beside its lines stays at the
     * subheading), with its imports of the same products from every other supplier.
     */
    private Statistics statistics(int year, OfferArithmetic arithmetic, Map<String, BigDecimal> covered) {
        List<ProductFlows.ProductYear> fromUs = flows.productsAtFinestLevel(VIETNAM, US, Flow.IMPORT, year);
        if (fromUs.isEmpty()) {
            throw new InvalidInput(new InputProblem(Offers.OFFER, null, "year", Said.of("refusal.offers.noStatistics", String.valueOf(year))));
        }
        Map<String, BigDecimal> us = new java.util.LinkedHashMap<>();
        fromUs.forEach(p -> us.put(p.code(), p.valueUsd()));
        if (flows.detail(VIETNAM, US, Flow.IMPORT, year).orElse(0) >= 8) {
            nationalLines(year, arithmetic, covered, us);
        }
        Others others = others(year, us);
        boolean synthetic = synthetic(US, year) || others.synthetic();
        List<OfferArithmetic.Held> held = new ArrayList<>();
        us.forEach((code, value) -> held.add(new OfferArithmetic.Held(HsCode.of(code), value, others.byCode().get(code))));
        arithmetic.holdApart(us.keySet().stream().filter(c -> c.length() == 8).map(HsCode::of).toList());
        return new Statistics(held, synthetic);
    }

    /** Splits each subheading the offer touches into the national lines the statistics hold of it. */
    private void nationalLines(int year, OfferArithmetic arithmetic, Map<String, BigDecimal> covered, Map<String, BigDecimal> us) {
        Set<String> touched = new LinkedHashSet<>();
        for (String code : us.keySet()) {
            if (code.length() == 6 && covered.keySet().stream().anyMatch(l -> l.startsWith(code))) {
                touched.add(code);
            }
        }
        List<HsCode> lines = touched.stream().flatMap(c -> arithmetic.under(HsCode.of(c)).stream()).map(TariffLine::code).toList();
        if (lines.isEmpty()) {
            return;
        }
        Map<String, BigDecimal> byLine = new HashMap<>();
        for (ProductFlows.CodeYear cy : flows.years(VIETNAM, US, Flow.IMPORT, lines, year, year)) {
            if (cy.year() == year && cy.valueUsd() != null && cy.valueUsd().signum() != 0) {
                byLine.put(cy.code().digits(), cy.valueUsd());
            }
        }
        for (String subheading : touched) {
            BigDecimal rest = us.getOrDefault(subheading, BigDecimal.ZERO);
            for (Map.Entry<String, BigDecimal> line : byLine.entrySet()) {
                if (line.getKey().startsWith(subheading)) {
                    us.put(line.getKey(), line.getValue());
                    rest = rest.subtract(line.getValue());
                }
            }
            // what the lines of the schedule do not account for (another national code, a line left blank) stays at the subheading
            if (rest.signum() > 0) {
                us.put(subheading, rest);
            } else {
                us.remove(subheading);
            }
        }
    }

    /** Vietnam's imports of each product from its other suppliers (null: not known), and whether any is demonstration data. */
    private record Others(Map<String, @Nullable BigDecimal> byCode, boolean synthetic) {
    }

    /**
     * Vietnam's imports of each product from every supplier but the US: the world less the US where the world is held,
     * else the sum of the partners held; null (not known, never zero) where neither is. A product the partners held do
     * not trade in is zero once any partner is held that year.
     */
    private Others others(int year, Map<String, BigDecimal> us) {
        List<HsCode> asked = us.keySet().stream().map(HsCode::of).toList();
        Map<String, BigDecimal> world = new HashMap<>();
        for (ProductFlows.CodeYear cy : flows.years(VIETNAM, CountryCode.WORLD, Flow.IMPORT, asked, year, year)) {
            if (cy.year() == year && cy.valueUsd() != null) {
                world.put(cy.code().digits(), cy.valueUsd());
            }
        }
        Map<String, BigDecimal> partners = new HashMap<>();
        Set<CountryCode> seen = new HashSet<>();
        Map<HsLevel, List<String>> byLevel = new HashMap<>();
        us.keySet().stream().filter(c -> c.length() <= 6)
                .forEach(c -> byLevel.computeIfAbsent(HsCode.of(c).hsLevel(), l -> new ArrayList<>()).add(c));
        byLevel.forEach((level, codes) -> flows.suppliers(VIETNAM, Flow.IMPORT, level, codes, year).forEach(s -> {
            if (!s.partner().equals(US) && !s.partner().equals(CountryCode.WORLD)) {
                partners.merge(s.code(), s.valueUsd(), BigDecimal::add);
                seen.add(s.partner());
            }
        }));
        Map<String, @Nullable BigDecimal> others = new HashMap<>();
        for (Map.Entry<String, BigDecimal> product : us.entrySet()) {
            BigDecimal w = world.get(product.getKey());
            if (w != null) {
                // the world's statistics and the US's may be of different imports (revisions): never less than none
                others.put(product.getKey(), w.subtract(product.getValue()).max(BigDecimal.ZERO));
            } else if (!seen.isEmpty() && product.getKey().length() <= 6) {
                others.put(product.getKey(), partners.getOrDefault(product.getKey(), BigDecimal.ZERO));
            } else {
                others.put(product.getKey(), null);
            }
        }
        boolean synthetic = !world.isEmpty() && synthetic(CountryCode.WORLD, year);
        for (CountryCode partner : seen) {
            synthetic |= synthetic(partner, year);
        }
        return new Others(others, synthetic);
    }

    /** Whether Vietnam's statistics on a partner of the year are demonstration data, whole years as months. */
    private boolean synthetic(CountryCode partner, int year) {
        return sources.sourced(VIETNAM, partner, List.of(year)).synthetic();
    }

    /** The year's balance as each side's own statistics show it: the US's deficit, Vietnam's surplus. */
    private Balances deficit(int year) {
        Balance usSide = balances.balance(new BalanceRequest(US, VIETNAM, Granularity.YEAR, HsLevel.TOTAL, year, year, 0));
        Balance vnSide = balances.balance(new BalanceRequest(VIETNAM, US, Granularity.YEAR, HsLevel.TOTAL, year, year, 0));
        // a side whose statistics hold only part of the year has no deficit of the year to set the offer against
        BigDecimal usDeficit = usSide.rows().stream().filter(r -> r.months() == 12).findFirst()
                .map(r -> r.imports().subtract(r.exports())).orElse(null);
        BigDecimal vnSurplus = vnSide.rows().stream().filter(r -> r.months() == 12).findFirst()
                .map(r -> r.exports().subtract(r.imports())).orElse(null);
        return new Balances(new Deficit(year, usDeficit, vnSurplus, trade.cifFobFactor()),
                usSide.synthetic() || vnSide.synthetic());
    }
}
