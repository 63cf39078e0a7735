package org.bilateral.briefs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bilateral.offers.GapLine;
import org.bilateral.offers.Offer;
import org.bilateral.offers.OfferId;
import org.bilateral.offers.OfferPricing;
import org.bilateral.offers.Offers;
import org.bilateral.offers.PreferenceGap;
import org.bilateral.offers.PreferenceGaps;
import org.bilateral.offers.Pricing;
import org.bilateral.offers.YearEffect;
import org.bilateral.reference.Nomenclature;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Share;
import org.bilateral.tariffs.Schedule;
import org.bilateral.tariffs.TariffSchedules;
import org.bilateral.tradestats.StatisticsSources;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What Vietnam can offer, in the brief: the offers the request names (every saved one, up to {@link #MOST}, when it names
 * none, as the asks section gives every ask of the pair), each priced by the offers' own use case on the year's
 * statistics, and the top of the preference gap that year. The year is the latest whose statistics of Vietnam's imports
 * from the US are held, up to the brief's year, whole where a whole one is held (a year of a few months priced as a year
 * would understate every figure); the gap is read against the schedule in force on the brief's date, else the earliest
 * held. Nothing is computed here that the offers own.
 */
@Component
class OffersSection {

    /** The offers a brief prices when it names none: a negotiator compares a handful side by side. */
    static final int MOST = 5;

    /** The products of the gap the brief lists. */
    static final int TOP = 10;

    static final CountryCode VN = CountryCode.of("VN");
    static final CountryCode US = CountryCode.of("US");

    private final Offers offers;
    private final OfferPricing pricing;
    private final PreferenceGaps gaps;
    private final TariffSchedules schedules;
    private final StatisticsSources statistics;
    private final Nomenclature nomenclature;

    OffersSection(Offers offers, OfferPricing pricing, PreferenceGaps gaps, TariffSchedules schedules, StatisticsSources statistics,
                  Nomenclature nomenclature) {
        this.offers = offers;
        this.pricing = pricing;
        this.gaps = gaps;
        this.schedules = schedules;
        this.statistics = statistics;
        this.nomenclature = nomenclature;
    }

    Brief.Offers of(BriefRequest r, BriefSources sources) {
        List<Integer> years = pricing.yearsPriceable().stream().filter(y -> y <= r.forDate().getYear()).toList();
        if (years.isEmpty()) {
            return missing("brief.offers.noStatistics");
        }
        List<Schedule> held = schedules.schedules();
        if (held.isEmpty()) {
            return missing("brief.offers.noSchedule");
        }
        Schedule schedule = schedules.inForceOn(r.forDate()).orElse(held.get(0));
        LocalDate on = schedule.inForceFrom();
        // the latest whole year held up to the brief's: OfferPricing.yearsPriceable gives whole years only
        PreferenceGap gap = gaps.gap(years.get(0), on, TOP);
        int year = gap.year();
        int source = sources.statisticsOf(VN, () -> statistics.sources(VN, US));
        sources.derivedFromSynthetic(gap.synthetic());
        int scheduleSource = sources.of("tariff schedule " + schedule.id().value(), Brief.Source.Kind.MEASURES,
                SCHEDULE + " " + schedule.inForceFrom(), schedule.source(), false);
        List<Offer> chosen = chosen(r);
        int offersSource = chosen.isEmpty() ? 0 : sources.of("offers register", Brief.Source.Kind.REGISTER, REGISTER, "", false);
        List<Brief.OfferLine> lines = new ArrayList<>();
        Pricing first = null;
        boolean synthetic = gap.synthetic();
        for (Offer o : chosen) {
            // an offer that cannot be priced on the brief's year (a phase before it, a code the schedule dropped) is left
            // out of the brief rather than failing it; its own page says why
            Pricing p = pricing.attempt(o.id(), year).pricing();
            if (p == null) {
                continue;
            }
            first = first == null ? p : first;
            synthetic |= p.synthetic();
            sources.derivedFromSynthetic(p.synthetic());
            YearEffect f = p.finalYear();
            lines.add(new Brief.OfferLine(o.id().value(), o.name(), f.year(), p.linesCovered(), f.revenueForgoneUsd(), f.revenueLowUsd(),
                    f.revenueHighUsd(), f.createdUsd(), f.divertedIfKnownUsd(), f.addedCifUsd(), f.addedUsValuedUsd(), fraction(f.ofUsMeasuredDeficit()),
                    fraction(p.deals().offerShareOfGap())));
        }
        List<Brief.GapProduct> top = gap.lines().stream().map(l -> product(l, r)).toList();
        return new Brief.Offers(null, chosen.isEmpty(), year, gap.months(), lines, first == null ? null : first.deficit().usMeasuredUsd(),
                first == null ? null : first.deals().gapUsd(), first == null ? null : first.deals().dealsExpectedUsd(),
                first == null ? null : fraction(first.deals().dealsShareOfGap()), schedule.inForceFrom(), top, gap.importsFromUsUsd(),
                gap.dutyDisadvantageUsd(), source, scheduleSource, offersSource, synthetic);
    }

    /** The labels BriefWords knows the schedule and the register by. */
    static final String SCHEDULE = "Vietnam's tariff schedule in force from";
    static final String REGISTER = "Bilateral offers register";

    private static Brief.Offers missing(String key) {
        return new Brief.Offers(key, true, null, 0, List.of(), null, null, null, null, null, List.of(), null, null, 0, 0, 0, false);
    }

    /** The offers named, those that still exist (a deleted one is left out), or every saved one up to {@link #MOST}. */
    private List<Offer> chosen(BriefRequest r) {
        if (r.offers().isEmpty()) {
            return offers.all().stream().limit(MOST).toList();
        }
        List<Offer> named = new ArrayList<>();
        for (long id : r.offers()) {
            existing(id).ifPresent(named::add);
        }
        return named;
    }

    private Optional<Offer> existing(long id) {
        return offers.all().stream().filter(o -> o.id().equals(new OfferId(id))).findFirst();
    }

    private Brief.GapProduct product(GapLine l, BriefRequest r) {
        String code = l.code().digits();
        return new Brief.GapProduct(code, nomenclature.description(code, r.language().locale()).orElse(null), l.importsFromUsUsd(),
                l.mfnAveragePercent(), l.bestPreferencePercent(), l.agreements().stream().map(a -> a.column()).toList(), l.marginPoints(),
                l.dutyDisadvantageUsd());
    }

    private static java.math.@Nullable BigDecimal fraction(@Nullable Share share) {
        return share == null ? null : share.fraction();
    }
}
