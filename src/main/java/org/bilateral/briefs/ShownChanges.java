package org.bilateral.briefs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes since a previous brief kept before briefs kept what they held: only what it showed is compared, its deals
 * that moved and its asks.
 */
final class ShownChanges {

    private ShownChanges() {
    }

    /** Deals whose stage differs from the one the previous brief showed them at, among those that moved. */
    static List<Brief.DealChange> deals(Brief now, Brief previous) {
        List<Brief.DealChange> deals = new ArrayList<>();
        if (now.commitments() != null && previous.commitments() != null) {
            Map<Long, String> stages = new LinkedHashMap<>();
            previous.commitments().moved().forEach(d -> stages.put(d.id(), d.stage()));
            for (Brief.DealLine d : now.commitments().moved()) {
                String before = stages.get(d.id());
                if (!d.stage().equals(before)) {
                    deals.add(new Brief.DealChange(d.id(), org.bilateral.shared.DealId.written(d.id()) + " " + d.buyer() + " – " + d.seller() + ": " + d.goods(), before,
                            d.stage(), null, null, null, null));
                }
            }
        }
        return List.copyOf(deals);
    }

    static List<Brief.AskChange> asks(Brief now, Brief previous) {
        List<Brief.AskChange> changes = new ArrayList<>();
        if (now.asks() != null && previous.asks() != null) {
            Map<Long, String> status = new LinkedHashMap<>();
            previous.asks().lines().forEach(a -> status.put(a.number(), a.status()));
            for (Brief.AskLine a : now.asks().lines()) {
                String before = status.get(a.number());
                if (!a.status().equals(before)) {
                    changes.add(new Brief.AskChange(a.number(), before, a.status()));
                }
            }
        }
        return List.copyOf(changes);
    }
}
