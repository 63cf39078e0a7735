package org.bilateral.briefs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.engagements.Engagements;
import org.bilateral.hill.LegislatorMatches;
import org.bilateral.hill.Legislators;
import org.bilateral.hill.UsStates;
import org.bilateral.reference.Nomenclature;
import org.bilateral.shared.Counted;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.UsState;
import org.bilateral.tradestats.StateTrade;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The Hill in the brief: each member of Congress who took part in an engagement of the pair from the brief's start date
 * (by default the last brief's date: met since it) or after the brief's date (expected, as at the round), with their
 * trade-relevant seats and what their state sells the partner, from the register's, the Congress data's, the state
 * statistics' and the deal register's own use cases. Nothing is computed here that one of them owns but a product's
 * share of its state's exports and which engagements are the pair's ({@link PairEngagements}).
 */
@Component
class HillSection {

    /** The products a paragraph names: the three a negotiator can say in a sentence. */
    static final int TOP = 3;

    static final CountryCode US = CountryCode.of("US");

    private final LegislatorMatches matches;
    private final Legislators legislators;
    private final UsStates states;
    private final StateTrade stateTrade;
    private final PurchaseCommitments commitments;
    private final Nomenclature nomenclature;

    HillSection(LegislatorMatches matches, Legislators legislators, UsStates states, StateTrade stateTrade, PurchaseCommitments commitments,
                Nomenclature nomenclature) {
        this.matches = matches;
        this.legislators = legislators;
        this.states = states;
        this.stateTrade = stateTrade;
        this.commitments = commitments;
        this.nomenclature = nomenclature;
    }

    /** One legislator as found among the engagements: who, and each engagement of the pair they took part in. */
    private record Found(org.bilateral.hill.Legislator legislator, List<Brief.Meeting> meetings) {
    }

    /** @param pairDeals how many deals of the pair the register holds, as the deal register's source says */
    Brief.Hill of(BriefRequest r, List<Engagements.Engagement> timeline, int pairDeals, BriefSources sources) {
        LocalDate since = CommitmentsSection.since(r);
        CountryCode partner = r.b().equals(US) ? r.a() : r.a().equals(US) ? r.b() : null;
        if (partner == null) {
            return new Brief.Hill("brief.hill.notUs", since, r.forDate(), null, List.of());
        }
        // who is a member of Congress, asked once for every person of the timeline rather than once a participant
        Map<Long, org.bilateral.hill.Legislator> members = matches.legislatorsOf(timeline.stream().flatMap(e -> e.participants().stream())
                .filter(p -> "person".equals(p.type())).map(Engagements.Participant::id).distinct().toList());
        Map<String, Found> found = found(r, since, timeline, sources, members);
        List<String> undated = undated(r, timeline, found, members);
        if (found.isEmpty()) {
            return new Brief.Hill("brief.hill.none", since, r.forDate(), partner, List.of(), undated);
        }
        Map<UsState, Brief.@Nullable StateFigures> figures = new HashMap<>();
        Map<UsState, List<Brief.StateDeal>> deals = new HashMap<>();
        Pair pair = Pair.of(r);
        List<Brief.Legislator> lines = new ArrayList<>();
        for (Found f : found.values()) {
            org.bilateral.hill.Legislator l = f.legislator();
            UsState state = l.state();
            Brief.StateFigures stateFigures = figures.computeIfAbsent(state, s -> figures(s, partner, sources, r.language()));
            List<Brief.StateDeal> stateDeals = deals.computeIfAbsent(state, s -> deals(s, pair));
            int dealSource = stateDeals.isEmpty() ? 0 : sources.of("deal register", Brief.Source.Kind.REGISTER, "Bilateral deal register",
                    Counted.of(pairDeals, "deal", "deals") + " of " + r.a().value() + " and " + r.b().value(), false);
            int congress = sources.of("congress", Brief.Source.Kind.REGISTER, CONGRESS, "", false);
            List<Brief.Committee> seats = legislators.seats(l.id()).stream().filter(org.bilateral.hill.Seat::tradeRelevant)
                    .map(s -> new Brief.Committee(s.committeeId(), s.committeeName(), s.parentId(), s.parentName(), s.title())).toList();
            lines.add(new Brief.Legislator(l.id().value(), l.fullName(), l.chamber().name(), state.usps(), states.name(state), l.district(),
                    l.party(), seats, List.copyOf(f.meetings()), stateFigures, stateDeals, dealSource, congress));
        }
        return new Brief.Hill(null, since, r.forDate(), partner, List.copyOf(lines), undated);
    }

    /**
     * The members met in an engagement of the pair whose report gives no year ("XXXX-05-21"), and listed for none dated:
     * the brief cannot say whether it was before or after the last brief, so it names them without their paragraph.
     */
    private List<String> undated(BriefRequest r, List<Engagements.Engagement> timeline, Map<String, Found> found,
                                 Map<Long, org.bilateral.hill.Legislator> members) {
        Map<Long, Engagements.Engagement> byId = new HashMap<>();
        timeline.forEach(e -> byId.put(e.id(), e));
        Map<String, String> names = new LinkedHashMap<>();
        for (Engagements.Engagement e : timeline) {
            if (PairEngagements.day(e.happened()) != null || !PairEngagements.ofPair(e, r.a(), r.b(), byId)) {
                continue;
            }
            for (Engagements.Participant p : e.participants()) {
                if ("person".equals(p.type())) {
                    Optional.ofNullable(members.get(p.id())).filter(l -> !found.containsKey(l.id().value()))
                            .ifPresent(l -> names.putIfAbsent(l.id().value(), l.fullName()));
                }
            }
        }
        return List.copyOf(names.values());
    }

    /** The label BriefWords knows the Congress data by. */
    static final String CONGRESS = "Members of Congress and their committees";

    /** The label BriefWords knows the state statistics by. */
    static final String STATE_EXPORTS = "US Census, exports by state of origin";

    /**
     * The legislators among the participants of the pair's engagements from the start date on, in the order first met
     * (those met before those only expected), each engagement once.
     */
    private Map<String, Found> found(BriefRequest r, LocalDate since, List<Engagements.Engagement> timeline, BriefSources sources,
                                     Map<Long, org.bilateral.hill.Legislator> members) {
        Map<Long, Engagements.Engagement> byId = new HashMap<>();
        timeline.forEach(e -> byId.put(e.id(), e));
        List<Engagements.Engagement> ordered = new ArrayList<>();
        for (Engagements.Engagement e : timeline) {
            LocalDate day = PairEngagements.day(e.happened());
            if (day != null && !day.isBefore(since) && PairEngagements.ofPair(e, r.a(), r.b(), byId)) {
                ordered.add(e);
            }
        }
        ordered.sort(Comparator.comparing((Engagements.Engagement e) -> PairEngagements.day(e.happened())).thenComparingLong(Engagements.Engagement::id));
        Map<String, Found> found = new LinkedHashMap<>();
        for (Engagements.Engagement e : ordered) {
            LocalDate day = PairEngagements.day(e.happened());
            if (day == null) {
                continue;
            }
            for (Engagements.Participant p : e.participants()) {
                if (!"person".equals(p.type())) {
                    continue;
                }
                Optional<org.bilateral.hill.Legislator> l = Optional.ofNullable(members.get(p.id()));
                if (l.isEmpty()) {
                    continue;
                }
                Found f = found.computeIfAbsent(l.get().id().value(), k -> new Found(l.get(), new ArrayList<>()));
                if (f.meetings().stream().noneMatch(m -> m.engagement() == e.id())) {
                    f.meetings().add(new Brief.Meeting(e.id(), day, day.isAfter(r.forDate()), source(e, sources)));
                }
            }
        }
        return found;
    }

    /** The engagement's first source, numbered as the engagements section numbers it. */
    private static int source(Engagements.Engagement e, BriefSources sources) {
        if (e.sources().isEmpty()) {
            return 0;
        }
        Engagements.Source s = e.sources().get(0);
        return sources.of("press release " + s.pressReleaseId(), Brief.Source.Kind.PRESS_RELEASE, s.name(), "press release #" + s.pressReleaseId(),
                false);
    }

    /**
     * The state's exports to the partner: the latest whole year held against the year before (like for like, as the
     * statistics compare it), the months held of the current year against the same months a year before, and the top
     * products of the whole year (of the months held where no year is whole) with their share of the state's exports.
     * Null where no state figures are held for the partner at all.
     */
    private Brief.@Nullable StateFigures figures(UsState state, CountryCode partner, BriefSources sources, BriefLanguage language) {
        Optional<StateTrade.HeldYear> latest = stateTrade.latestYear(partner, Flow.EXPORT);
        if (latest.isEmpty()) {
            return null;
        }
        boolean synthetic = stateTrade.synthetic(partner);
        Optional<org.bilateral.shared.Period> months = stateTrade.held(partner, Flow.EXPORT);
        String held = months.map(m -> m.first() + " to " + m.last()).orElse("");
        int source = sources.of("state exports " + partner.value(), Brief.Source.Kind.STATISTICS, STATE_EXPORTS + " (" + partner.value() + ")",
                held, synthetic);
        int latestYear = latest.get().year();
        boolean partial = latest.get().months() < 12;
        int wholeYear = partial ? latestYear - 1 : latestYear;
        StateTrade.StateChange whole = change(state, partner, wholeYear, true);
        StateTrade.StateChange current = partial ? change(state, partner, latestYear, false) : null;
        // the top products of the whole year; of the months held where the state has no whole year
        StateTrade.StateChange ofProducts = whole != null ? whole : current;
        int productsYear = whole != null ? wholeYear : latestYear;
        List<Brief.StateProduct> top = ofProducts == null ? List.of() : top(state, partner, productsYear, ofProducts.valueUsd(), language);
        return new Brief.StateFigures(whole == null ? null : wholeYear, whole == null ? null : whole.valueUsd(),
                whole == null ? null : whole.previousUsd(), current == null ? null : latestYear, current == null ? 0 : current.months(),
                months.map(m -> m.last().getMonthValue()).orElse(12),
                current == null ? null : current.valueUsd(), current == null ? null : current.previousUsd(),
                ofProducts == null ? null : productsYear, top, synthetic, source);
    }

    /** The state's row of a year; of a whole year only where all twelve months are held. */
    private StateTrade.@Nullable StateChange change(UsState state, CountryCode partner, int year, boolean whole) {
        return stateTrade.yearOnYear(partner, Flow.EXPORT, year, List.of()).stream()
                .filter(c -> c.state().equals(state.usps()) && (!whole || c.months() == 12)).findFirst().orElse(null);
    }

    /** The state's largest products of the year, each with its share of the state's exports (of {@code total}). */
    private List<Brief.StateProduct> top(UsState state, CountryCode partner, int year, BigDecimal total, BriefLanguage language) {
        // a product the state sold the year before and not this year is not among its largest
        return stateTrade.productsInYear(state, partner, Flow.EXPORT, year).stream().filter(p -> p.valueUsd().signum() > 0).limit(TOP)
                .map(p -> new Brief.StateProduct(p.hsCode().digits(), nomenclature.description(p.hsCode().digits(), language.locale())
                        .orElse(null), p.valueUsd(), share(p.valueUsd(), total)))
                .toList();
    }

    /** A part of a whole, to six places (the brief says it to one place of a percent); null where the whole is nothing. */
    static @Nullable BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, 6, RoundingMode.HALF_EVEN);
    }

    /** The pair's deals that buy from the state, by the register's reading of where their goods are made. */
    private List<Brief.StateDeal> deals(UsState state, Pair pair) {
        return commitments.dealsFrom(state).stream().filter(d -> DealOfPair.ofPair(d.deal(), pair))
                .map(d -> new Brief.StateDeal(d.deal().id().value(), d.deal().label(), d.deal().stage().name(), d.deal().valueLowUsd(),
                        d.deal().valueHighUsd(), d.basis().name()))
                .toList();
    }
}
