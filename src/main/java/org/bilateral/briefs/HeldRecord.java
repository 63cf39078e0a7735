package org.bilateral.briefs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import org.bilateral.policy.Asks;

/** What the record holds of the pair now: each deal with its stage and value, each ask with its positions, by number. */
final class HeldRecord {

    private HeldRecord() {
    }

    /**
     * @param who who took a position, as the asks section names them
     */
    static Brief.Held of(List<DealOfPair> deals, List<Asks.Ask> pairAsks, BiFunction<Asks.Ask, Asks.Position, String> who) {
        List<Brief.HeldDeal> held = deals.stream().sorted(Comparator.comparingLong(DealOfPair::id))
                .map(d -> new Brief.HeldDeal(d.id(), d.label(), d.stage().name(), d.counted(), d.lowUsd(), d.highUsd())).toList();
        List<Brief.HeldAsk> asks = new ArrayList<>();
        for (Asks.Ask a : pairAsks) {
            asks.add(new Brief.HeldAsk(a.id(), a.status().name(), a.positions().stream()
                    .map(p -> new Brief.HeldPosition(p.saidOn(), p.whereSaid(), who.apply(a, p))).toList()));
        }
        asks.sort(Comparator.comparingLong(Brief.HeldAsk::number));
        return new Brief.Held(held, List.copyOf(asks));
    }
}
