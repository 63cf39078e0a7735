package org.bilateral.hill;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.commitments.StateDeal;
import org.bilateral.engagements.Engagements;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.UsState;
import org.bilateral.tradestats.StateTrade;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Use case: one state as a negotiator reads it before meeting its delegation: what it sells the partner and buys from it
 * by year, its largest products and the products that moved most in the latest year held, its senators and House members
 * with their seats on the trade-relevant committees, the deals that buy from it, and the engagements with its members.
 */
@Service
public class StatePortrait {

    /** How many products the top lists and each of the movers' lists hold. */
    public static final int TOP = 10;
    public static final int MOVERS = 5;

    /**
     * A state's figures with the partner: exports and imports by year, oldest first (a year of fewer than twelve months
     * held is partial); the latest year of each flow held with its months; the largest products of each in that year; the
     * exports' movers against the same months of the year before; whether any of it is synthetic.
     */
    public record Figures(List<StateTrade.StateYear> exports, List<StateTrade.StateYear> imports, StateTrade.@Nullable HeldYear exportYear,
                          StateTrade.@Nullable HeldYear importYear, List<StateTrade.ProductYear> topExports,
                          List<StateTrade.ProductYear> topImports, Movers.Moves movers, boolean synthetic) {

        public boolean empty() {
            return exports.isEmpty() && imports.isEmpty();
        }
    }

    /** A member of the state's delegation with their seats on the trade-relevant committees (none when on none). */
    public record Member(Legislator legislator, List<Seat> tradeSeats) {
    }

    /** An engagement with members of the delegation, and which of them. */
    public record Met(Engagements.Engagement engagement, List<Legislator> with) {
    }

    /** The state's page: its name, the partner, its figures, its delegation, the deals from it and the engagements. */
    public record Portrait(UsStateInfo state, CountryCode partner, Figures figures, List<Member> delegation,
                          List<StateDeal> deals, List<Met> engagements) {
    }

    private final StateTrade trade;
    private final UsStates states;
    private final Legislators legislators;
    private final LegislatorMatches matches;
    private final PurchaseCommitments commitments;
    private final Engagements engagements;

    StatePortrait(StateTrade trade, UsStates states, Legislators legislators, LegislatorMatches matches, PurchaseCommitments commitments,
                  Engagements engagements) {
        this.trade = trade;
        this.states = states;
        this.legislators = legislators;
        this.matches = matches;
        this.commitments = commitments;
        this.engagements = engagements;
    }

    /** The state's page; a state the reference data does not name (its codes file absent) is named by its code. */
    public Portrait of(UsState state, CountryCode partner) {
        UsStateInfo info = info(states, state);
        List<Legislator> delegation = legislators.ofState(state);
        List<Member> members = delegation.stream().map(l -> new Member(l,
                legislators.seats(l.id()).stream().filter(Seat::tradeRelevant).toList())).toList();
        return new Portrait(info, partner, figures(state, partner), members, commitments.dealsFrom(state), met(delegation));
    }

    /** The state's figures with the partner, as its page and a legislator's page show them. */
    public Figures figures(UsState state, CountryCode partner) {
        StateTrade.HeldYear exportYear = trade.latestYear(partner, Flow.EXPORT).orElse(null);
        StateTrade.HeldYear importYear = trade.latestYear(partner, Flow.IMPORT).orElse(null);
        List<StateTrade.ProductYear> exported = exportYear == null ? List.of()
                : trade.productsInYear(state, partner, Flow.EXPORT, exportYear.year());
        List<StateTrade.ProductYear> imported = importYear == null ? List.of()
                : trade.productsInYear(state, partner, Flow.IMPORT, importYear.year());
        return new Figures(trade.years(state, partner, Flow.EXPORT), trade.years(state, partner, Flow.IMPORT), exportYear, importYear,
                exported.stream().limit(TOP).toList(), imported.stream().limit(TOP).toList(), Movers.of(exported, MOVERS),
                trade.synthetic(partner));
    }

    /** The engagements with any of these legislators (through the register persons matched to them), newest first. */
    List<Met> met(List<Legislator> delegation) {
        Map<Long, Engagements.Engagement> byId = new LinkedHashMap<>();
        Map<Long, List<Legislator>> with = new LinkedHashMap<>();
        Map<BioguideId, List<Long>> persons = matches.persons(delegation.stream().map(Legislator::id).toList());
        for (Legislator l : delegation) {
            for (long person : persons.getOrDefault(l.id(), List.of())) {
                for (Engagements.Engagement e : engagements.timeline(person, null)) {
                    byId.putIfAbsent(e.id(), e);
                    List<Legislator> who = with.computeIfAbsent(e.id(), k -> new ArrayList<>());
                    if (!who.contains(l)) {
                        who.add(l);
                    }
                }
            }
        }
        return byId.values().stream().sorted(newestFirst()).map(e -> new Met(e, List.copyOf(with.get(e.id())))).toList();
    }

    /** A state as the reference data names it, or by its code alone where the reference data has no codes file. */
    static UsStateInfo info(UsStates states, UsState state) {
        return states.of(state).orElseGet(() -> new UsStateInfo(state, "", state.usps()));
    }

    /** Newest first by the day it happened (ISO, so as text); an undated one last, then by number. */
    static Comparator<Engagements.Engagement> newestFirst() {
        return Comparator.comparing(Engagements.Engagement::happened, Comparator.nullsLast(Comparator.<String>reverseOrder()))
                .thenComparing(Engagements.Engagement::id, Comparator.reverseOrder());
    }
}
