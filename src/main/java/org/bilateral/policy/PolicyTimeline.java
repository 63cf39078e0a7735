package org.bilateral.policy;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.bilateral.policy.measures.AntidumpingOrder;
import org.bilateral.policy.measures.MarketEconomyEvent;
import org.bilateral.policy.measures.Measures;
import org.bilateral.policy.measures.TariffAction;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Unavailable;
import org.springframework.stereotype.Service;

/**
 * The relationship's policy on one dated view: the positions taken on the asks, the tariff actions and court rulings,
 * the market-economy events and the anti-dumping orders, filterable by topic and side. A measure file that is missing
 * leaves its entries out and says so; the asks are always there.
 */
@Service
public class PolicyTimeline {

    /** What an entry records. */
    public enum Kind {
        POSITION("position on an ask"), TARIFF_ACTION("tariff action"), COURT("court"), MARKET_ECONOMY("event"),
        ORDER("anti-dumping or countervailing duty order");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param printedDate the date as its source gives it (a year alone for some events)
     * @param side        the side that acted, null when both did
     * @param ask         the ask a position is on, null for the rest
     */
    public record Entry(LocalDate date, String printedDate, Kind kind, PolicyTopic topic, @Nullable CountryCode side,
                        String title, @Nullable String detail, @Nullable String sourceUrl, @Nullable Long ask, Parts parts) {
    }

    /**
     * The title's parts, for a page that says it in its own language: the workbench's own words are said by message
     * around what they name (the ask's addressee, a rate, the day it ended, an order's kind and case), and {@code quoted}
     * is the source's text in the source's language (an ask's statement, what a tariff action applies to, an event, an
     * order's product), which the workbench cannot translate; {@code quotedVi} is an ask's own Vietnamese statement.
     */
    public record Parts(@Nullable CountryCode addressee, @Nullable BigDecimal rate, @Nullable LocalDate until,
                        AntidumpingOrder.@Nullable Kind order, @Nullable String caseNumber, String quoted, @Nullable String quotedVi) {

        static Parts quote(String quoted) {
            return new Parts(null, null, null, null, null, quoted, null);
        }
    }

    /** The entries chosen, newest first (what changed last is what a negotiator asks about), with the measure files that could not be read. */
    public record Timeline(List<Entry> entries, List<String> missing) {
    }

    /** Which entries: of a topic, a side (entries both sides acted in count for either), between two dates; null for all. */
    public record Filter(@Nullable PolicyTopic topic, @Nullable CountryCode side, @Nullable LocalDate from, @Nullable LocalDate to) {
        boolean admits(Entry e) {
            return (topic == null || e.topic() == topic) && (side == null || e.side() == null || e.side().equals(side))
                    && (from == null || !e.date().isBefore(from)) && (to == null || !e.date().isAfter(to));
        }
    }

    private final Asks asks;
    private final Measures measures;

    PolicyTimeline(Asks asks, Measures measures) {
        this.asks = asks;
        this.measures = measures;
    }

    public Timeline of(CountryCode partner, Filter filter) {
        List<Entry> entries = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Asks.Ask a : asks.list(null, null)) {
            if (!a.side().equals(partner) && !a.addressee().equals(partner)) {
                continue;
            }
            for (Asks.Position p : a.positions()) {
                entries.add(new Entry(p.saidOn(), p.saidOn().toString(), Kind.POSITION, a.topic(), a.side(),
                        "A" + a.id() + " " + a.side().value() + " asks " + a.addressee().value() + ": " + a.statement(),
                        String.join(", ", Stream.of(p.who(), p.whereSaid()).filter(Objects::nonNull).toList())
                                + (p.quote() == null ? "" : " \u201c" + p.quote() + "\u201d"),
                        p.sourceUrl(), a.id(), new Parts(a.addressee(), null, null, null, null, a.statement(), a.statementVi())));
            }
        }
        if (Measures.covers(partner)) {
            CountryCode us = Measures.UNITED_STATES;
            read(missing, () -> {
                List<TariffAction> history = measures.tariffHistory(partner);
                for (TariffAction t : history) {
                    // a rate on all goods ends at the next entry of the timeline; a narrower rate's end is said on it
                    LocalDate until = t.kind() == TariffAction.Kind.ALL_GOODS ? null : RatePath.until(t, history);
                    entries.add(new Entry(t.effective(), t.effective().toString(),
                            t.kind() == TariffAction.Kind.RULING ? Kind.COURT : Kind.TARIFF_ACTION, PolicyTopic.TARIFFS, us,
                            (t.ratePercent() == null ? "" : StakesTables.percent(t.ratePercent()) + " on ") + t.appliesTo()
                                    + (until == null ? "" : " (until " + until + ")"),
                            t.instrument(), t.sourceUrl(), null, new Parts(null, t.ratePercent(), until, null, null, t.appliesTo(), null)));
                }
            });
            read(missing, () -> {
                for (MarketEconomyEvent m : measures.marketEconomyEvents(partner)) {
                    entries.add(new Entry(m.date(), m.printedDate(), Kind.MARKET_ECONOMY, PolicyTopic.MARKET_ECONOMY_STATUS, m.side(),
                            m.event(), m.actor(), m.sourceUrl(), null, Parts.quote(m.event())));
                }
            });
            read(missing, () -> {
                for (AntidumpingOrder o : measures.orders(partner)) {
                    if (o.orderDate() != null) {
                        entries.add(new Entry(o.orderDate(), o.orderDate().toString(), Kind.ORDER, PolicyTopic.MARKET_ECONOMY_STATUS, us,
                                o.kind() + " order " + o.caseNumber() + ": " + o.product(), o.note(), o.sourceUrl(), null,
                                new Parts(null, null, null, o.kind(), o.caseNumber(), o.product(), null)));
                    }
                }
            });
        }
        List<Entry> chosen = entries.stream().filter(filter::admits)
                .sorted(Comparator.comparing(Entry::date).reversed().thenComparing(e -> e.kind().ordinal())).toList();
        return new Timeline(chosen, List.copyOf(missing));
    }

    private static void read(List<String> missing, Runnable part) {
        try {
            part.run();
        } catch (Unavailable e) {
            missing.add(e.getMessage());
        }
    }
}
