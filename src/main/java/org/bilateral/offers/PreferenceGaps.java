package org.bilateral.offers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.HsLevel;
import org.bilateral.tariffs.Agreement;
import org.bilateral.tariffs.Preference;
import org.bilateral.tariffs.Schedule;
import org.bilateral.tariffs.TariffLine;
import org.bilateral.tariffs.TariffSchedules;
import org.bilateral.tradestats.ProductFlows;
import org.bilateral.tradestats.StatisticsSources;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The preference gap: for each product Vietnam imports from the US in a year, at the finest level its statistics' totals
 * hold (HS6 normally; a heading or chapter where that is all there is), what US goods pay (the schedule's MFN rates on the
 * lines under the code) against what competitors pay under Vietnam's agreements, and the duty US goods pay above them.
 * Read from the schedule's and the statistics' own use cases; nothing is stored.
 *
 * <p>A line's best competitor rate is the lowest any partner other than the US pays on it under an agreement: each
 * agreement's printed rate where the line is eligible (not "*") and numeric, to each of its partners
 * ({@link Agreement#partners()}) but those it excepts ("0(-KR)": not to Korea), at a partner's own rate where the schedule
 * prints one ("M: 15,3"); never above the line's MFN rate (where no agreement does better, competitors pay MFN as the US
 * does). The product's best rate is the simple average over its priced lines, as its MFN rate is; unpriced lines are
 * counted and left out of both, never taken as zero.
 */
@Service
public class PreferenceGaps {

    static final CountryCode VIETNAM = CountryCode.of("VN");
    static final CountryCode US = CountryCode.of("US");

    /** Percent averages are kept to four places (a hundredth of a basis point); money to the cent at the end of a product. */
    static final int PERCENT_SCALE = 4;

    private final TariffSchedules schedules;
    private final ProductFlows flows;
    private final StatisticsSources sources;

    PreferenceGaps(TariffSchedules schedules, ProductFlows flows, StatisticsSources sources) {
        this.schedules = schedules;
        this.flows = flows;
        this.sources = sources;
    }

    /**
     * The gap of a year's statistics against the schedule in force on a day.
     *
     * @param top how many products of each list to give, largest first; 0 for all (the totals are over all either way)
     */
    public PreferenceGap gap(int year, LocalDate scheduleOn, int top) {
        Schedule schedule = schedules.existingInForceOn(scheduleOn);
        // the schedule read once and sliced for each of the thousands of products looked up
        List<TariffLine> all = schedules.lines(schedule.id());
        List<ProductFlows.ProductYear> bought = flows.productsAtFinestLevel(VIETNAM, US, Flow.IMPORT, year).stream()
                .filter(p -> HsCode.isValid(p.code())).toList();
        int months = bought.stream().mapToInt(ProductFlows.ProductYear::months).max().orElse(0);
        Held held = new Held(year);
        List<Priced> priced = new ArrayList<>();
        List<PreferenceGap.UnpricedProduct> unpriced = new ArrayList<>();
        for (ProductFlows.ProductYear p : bought) {
            HsCode code = HsCode.of(p.code());
            List<TariffLine> lines = TariffSchedules.under(all, code);
            Rates rates = rates(lines);
            if (rates == null) {
                unpriced.add(new PreferenceGap.UnpricedProduct(code, p.valueUsd(), lines.size()));
            } else {
                priced.add(new Priced(code, p.valueUsd(), rates));
            }
        }
        List<GapLine> lines = new ArrayList<>();
        Map<HsCode, @Nullable BigDecimal> favoured = favouredImports(priced, held);
        for (Priced p : priced) {
            lines.add(line(p.code(), p.importsUsd(), p.rates(), favoured.get(p.code())));
        }
        lines.sort(Comparator.comparing(GapLine::dutyDisadvantageUsd).reversed().thenComparing(GapLine::importsFromUsUsd,
                Comparator.reverseOrder()).thenComparing(GapLine::code));
        BigDecimal imports = bought.stream().map(ProductFlows.ProductYear::valueUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal duty = lines.stream().map(GapLine::dutyDisadvantageUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
        Set<String> fromUs = new HashSet<>();
        bought.forEach(p -> fromUs.add(p.code()));
        List<GapLine> competitorsOnly = competitorsOnly(all, year, fromUs, held);
        boolean synthetic = sources.sourced(VIETNAM, US, List.of(year)).synthetic()
                || held.partners.entrySet().stream().anyMatch(e -> e.getValue()
                        && sources.sourced(VIETNAM, e.getKey(), List.of(year)).synthetic())
                || (!competitorsOnly.isEmpty() && sources.sourced(VIETNAM, CountryCode.WORLD, List.of(year)).synthetic());
        return new PreferenceGap(year, schedule, limit(lines, top), imports, duty, synthetic, months, limit(competitorsOnly, top),
                unpriced);
    }

    private static <T> List<T> limit(List<T> list, int top) {
        return top <= 0 ? list : list.subList(0, Math.min(top, list.size()));
    }

    /** A product with its rates, before its competitors' imports are read (once for every product). */
    private record Priced(HsCode code, BigDecimal importsUsd, Rates rates) {
    }

    /**
     * The rates of the lines under a code: MFN average, min and max over the priced lines, the best competitor rate's average,
     * the agreements and partners that give a line its best rate below MFN. Null when no line is priced.
     */
    record Rates(BigDecimal mfnAverage, BigDecimal mfnMin, BigDecimal mfnMax, @Nullable BigDecimal bestAverage,
                 List<Agreement> agreements, Set<CountryCode> partners, int lines, int unpriced, BigDecimal exactMargin) {

        /** The margin as shown, from the averages as shown. */
        BigDecimal margin() {
            return bestAverage == null ? BigDecimal.ZERO : mfnAverage.subtract(bestAverage);
        }
    }

    static @Nullable Rates rates(List<TariffLine> lines) {
        BigDecimal mfnSum = BigDecimal.ZERO;
        BigDecimal bestSum = BigDecimal.ZERO;
        BigDecimal min = null;
        BigDecimal max = null;
        int priced = 0;
        boolean anyPreference = false;
        Set<Agreement> agreements = EnumSet.noneOf(Agreement.class);
        Set<CountryCode> partners = new TreeSet<>(Comparator.comparing(CountryCode::value));
        for (TariffLine line : lines) {
            BigDecimal mfn = line.mfnPercent();
            if (mfn == null) {
                continue;
            }
            priced++;
            mfnSum = mfnSum.add(mfn);
            min = min == null || mfn.compareTo(min) < 0 ? mfn : min;
            max = max == null || mfn.compareTo(max) > 0 ? mfn : max;
            Best best = best(line);
            if (best != null && best.rate().compareTo(mfn) < 0) {
                anyPreference = true;
                bestSum = bestSum.add(best.rate());
                agreements.addAll(best.agreements());
                partners.addAll(best.partners());
            } else {
                bestSum = bestSum.add(mfn);
            }
        }
        if (priced == 0 || min == null || max == null) {
            return null;
        }
        BigDecimal n = BigDecimal.valueOf(priced);
        BigDecimal mfnAverage = mfnSum.divide(n, PERCENT_SCALE, RoundingMode.HALF_EVEN);
        BigDecimal bestAverage = anyPreference ? bestSum.divide(n, PERCENT_SCALE, RoundingMode.HALF_EVEN) : null;
        // the duty is imports × the margin unrounded ((Σ MFN − Σ best) / n): rounding the averages first would move it by up to
        // a dollar on each million of imports
        BigDecimal exactMargin = anyPreference ? mfnSum.subtract(bestSum).divide(n, java.math.MathContext.DECIMAL128) : BigDecimal.ZERO;
        return new Rates(mfnAverage, min, max, bestAverage, List.copyOf(agreements), partners, lines.size(), lines.size() - priced,
                exactMargin);
    }

    /** The lowest rate a partner other than the US pays on a line, the agreements that give it and the partners who pay it. */
    record Best(BigDecimal rate, Set<Agreement> agreements, Set<CountryCode> partners) {
    }

    static @Nullable Best best(TariffLine line) {
        BigDecimal lowest = null;
        Set<Agreement> agreements = EnumSet.noneOf(Agreement.class);
        Set<CountryCode> partners = new HashSet<>();
        for (Preference p : line.preferences()) {
            if (p.notEligible() || p.ratePercent() == null) {
                continue;
            }
            Set<CountryCode> covered = new HashSet<>(p.agreement().partners());
            covered.addAll(p.partnerRates().keySet());
            for (CountryCode partner : covered) {
                if (partner.equals(US) || p.exceptPartners().contains(partner)) {
                    continue;
                }
                BigDecimal rate = p.partnerRates().getOrDefault(partner, p.ratePercent());
                int compared = lowest == null ? -1 : rate.compareTo(lowest);
                if (compared < 0) {
                    lowest = rate;
                    agreements.clear();
                    partners.clear();
                }
                if (compared <= 0) {
                    agreements.add(p.agreement());
                    partners.add(partner);
                }
            }
        }
        return lowest == null ? null : new Best(lowest, agreements, partners);
    }

    private static GapLine line(HsCode code, BigDecimal importsUsd, Rates r, @Nullable BigDecimal favouredImports) {
        return new GapLine(code, importsUsd, r.mfnAverage(), r.mfnMin(), r.mfnMax(), r.bestAverage(), r.agreements(),
                r.partners(), r.partners().isEmpty() ? null : favouredImports, r.margin(), duty(importsUsd, r.exactMargin()), r.lines(),
                r.unpriced());
    }

    /** Imports × a margin in percentage points, to the cent (HALF_EVEN, once, at the end of the product). */
    static BigDecimal duty(BigDecimal importsUsd, BigDecimal marginPoints) {
        return importsUsd.multiply(marginPoints).movePointLeft(2).setScale(2, RoundingMode.HALF_EVEN);
    }

    /**
     * Which partners' statistics of Vietnam's imports are held for the year: a favoured partner without any is not known,
     * rather than selling nothing.
     */
    private final class Held {
        final int year;
        final Map<CountryCode, Boolean> partners = new LinkedHashMap<>();

        Held(int year) {
            this.year = year;
        }

        boolean holds(CountryCode partner) {
            return partners.computeIfAbsent(partner, p -> flows.detail(VIETNAM, p, Flow.IMPORT, year).isPresent());
        }
    }

    /**
     * Each product's imports from its favoured partners whose statistics are held that year (a held partner without the
     * product sold none of it); null where none of them is held. Read for every product at once, level by level.
     */
    private Map<HsCode, @Nullable BigDecimal> favouredImports(List<Priced> priced, Held held) {
        Map<String, Map<CountryCode, BigDecimal>> supplied = new HashMap<>();
        Map<HsLevel, List<String>> byLevel = new LinkedHashMap<>();
        for (Priced p : priced) {
            if (!p.rates().partners().isEmpty()) {
                byLevel.computeIfAbsent(p.code().hsLevel(), l -> new ArrayList<>()).add(p.code().digits());
            }
        }
        byLevel.forEach((level, codes) -> flows.suppliers(VIETNAM, Flow.IMPORT, level, codes, held.year)
                .forEach(s -> supplied.computeIfAbsent(s.code(), c -> new HashMap<>()).merge(s.partner(), s.valueUsd(), BigDecimal::add)));
        Map<HsCode, @Nullable BigDecimal> result = new HashMap<>();
        for (Priced p : priced) {
            result.put(p.code(), sum(p.rates().partners(), supplied.getOrDefault(p.code().digits(), Map.of()), held));
        }
        return result;
    }

    private static @Nullable BigDecimal sum(Set<CountryCode> partners, Map<CountryCode, BigDecimal> supplied, Held held) {
        BigDecimal total = null;
        for (CountryCode partner : partners) {
            if (held.holds(partner)) {
                total = (total == null ? BigDecimal.ZERO : total).add(supplied.getOrDefault(partner, BigDecimal.ZERO));
            }
        }
        return total;
    }

    /**
     * The products Vietnam imports from the world at HS6 in the year but not from the US, where some line has a preference
     * and the favoured partners' held statistics show them selling it: how we decide that the statistics hold them (the
     * world totals list the products; the partners' own statistics say who sells them). Largest spared duty first.
     */
    private List<GapLine> competitorsOnly(List<TariffLine> all, int year, Set<String> fromUs, Held held) {
        List<ProductFlows.ProductYear> world = flows.productsOfYear(VIETNAM, CountryCode.WORLD, Flow.IMPORT, HsLevel.SUBHEADING, year);
        List<Priced> candidates = new ArrayList<>();
        for (ProductFlows.ProductYear p : world) {
            if (fromUs.contains(p.code()) || !HsCode.isValid(p.code()) || p.valueUsd().signum() <= 0) {
                continue;
            }
            HsCode code = HsCode.of(p.code());
            Rates rates = rates(TariffSchedules.under(all, code));
            if (rates != null && rates.bestAverage() != null) {
                candidates.add(new Priced(code, BigDecimal.ZERO, rates));
            }
        }
        Map<HsCode, @Nullable BigDecimal> favoured = favouredImports(candidates, held);
        return candidates.stream().map(p -> line(p.code(), BigDecimal.ZERO, p.rates(), favoured.get(p.code())))
                .filter(l -> l.favouredImportsUsd() != null && l.favouredImportsUsd().signum() > 0)
                .sorted(Comparator.comparing((GapLine l) -> java.util.Objects.requireNonNull(l.competitorsSparedUsd())).reversed()
                        .thenComparing(GapLine::code))
                .toList();
    }
}
