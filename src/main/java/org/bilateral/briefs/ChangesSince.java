package org.bilateral.briefs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What differs from the pair's previous brief: new engagements, the headline balance, and, against what the previous
 * brief held, deals newly counted with their total, deals whose stage or value changed, asks' status and new positions,
 * the merges decided since it was made, and the statistics' latest month then and now. A previous brief kept before
 * briefs kept what they held is compared by what it showed ({@link ShownChanges}).
 */
final class ChangesSince {

    private ChangesSince() {
    }

    /** The brief with its changes since the previous one; {@code merges} those of the pair decided since it was made. */
    static Brief with(Brief now, long previousId, Brief previous, List<Brief.Merge> merges) {
        List<Long> newEngagements = newEngagements(now, previous);
        BigDecimal before = headline(previous);
        BigDecimal after = headline(now);
        Brief.Held then = previous.held();
        Brief.Held held = now.held();
        Brief.Changes changes = then == null || held == null
                ? new Brief.Changes(previousId, previous.request().forDate(), previous.preparedAt(), newEngagements,
                        ShownChanges.deals(now, previous), ShownChanges.asks(now, previous), before, after, null, List.of(), null, null,
                        List.of(), List.of(), previous.dataAsOf(), now.dataAsOf(), List.of())
                : compared(now, previousId, previous, then, held, newEngagements, before, after, merges);
        return new Brief(now.request(), now.preparedAt(), now.dataAsOf(), now.synthetic(), now.balance(), now.commitments(),
                now.engagements(), now.asks(), now.risks(), changes, now.sources(), now.held(), now.hill(), now.offers());
    }

    private static List<Long> newEngagements(Brief now, Brief previous) {
        if (now.engagements() == null) {
            return List.of();
        }
        Set<Long> before = new HashSet<>();
        if (previous.engagements() != null) {
            previous.engagements().lines().forEach(l -> before.add(l.id()));
        }
        return now.engagements().lines().stream().map(Brief.EngagementLine::id).filter(id -> !before.contains(id)).toList();
    }

    private static Brief.Changes compared(Brief now, long previousId, Brief previous, Brief.Held then, Brief.Held held,
                                          List<Long> newEngagements, @Nullable BigDecimal before, @Nullable BigDecimal after,
                                          List<Brief.Merge> merges) {
        DealChanges deals = DealChanges.between(then, held);
        AskChanges asks = AskChanges.between(then, held);
        return new Brief.Changes(previousId, previous.request().forDate(), previous.preparedAt(), newEngagements, deals.changed(),
                asks.statuses(), before, after, true, deals.counted(), deals.countedLowUsd(), deals.countedHighUsd(), merges,
                asks.positions(), previous.dataAsOf(), now.dataAsOf(), deals.uncounted());
    }

    /** The first side's balance in the latest year: the headline a negotiator quotes. */
    static @Nullable BigDecimal headline(Brief b) {
        return b.balance() == null || b.balance().sides().isEmpty() ? null : b.balance().sides().get(0).balance();
    }

    /** The asks whose status changed, or that are new, and the positions the previous brief did not hold. */
    record AskChanges(List<Brief.AskChange> statuses, List<Brief.NewPosition> positions) {

        static AskChanges between(Brief.Held then, Brief.Held now) {
            Map<Long, Brief.HeldAsk> asksThen = new LinkedHashMap<>();
            then.asks().forEach(a -> asksThen.put(a.number(), a));
            List<Brief.AskChange> statuses = new ArrayList<>();
            List<Brief.NewPosition> positions = new ArrayList<>();
            for (Brief.HeldAsk a : now.asks()) {
                Brief.HeldAsk was = asksThen.get(a.number());
                if (was == null || !a.status().equals(was.status())) {
                    statuses.add(new Brief.AskChange(a.number(), was == null ? null : was.status(), a.status()));
                }
                Set<String> known = new HashSet<>();
                if (was != null) {
                    was.positions().forEach(p -> known.add(p.saidOn() + "|" + p.where()));
                }
                a.positions().stream().filter(p -> !known.contains(p.saidOn() + "|" + p.where()))
                        .forEach(p -> positions.add(new Brief.NewPosition(a.number(), p.saidOn(), p.who(), p.where())));
            }
            positions.sort(java.util.Comparator.comparing(Brief.NewPosition::saidOn).thenComparingLong(Brief.NewPosition::ask));
            return new AskChanges(List.copyOf(statuses), List.copyOf(positions));
        }
    }
}
