package org.bilateral.briefs;

import java.util.List;
import java.util.function.Supplier;
import org.bilateral.engagements.Engagements;
import org.bilateral.policy.Asks;
import org.jspecify.annotations.Nullable;

/**
 * The record as a brief reads it, each thing fetched once however many sections use it: every deal and ask (the brief
 * keeps how many there were), the pair's among them, and the timeline of engagements, fetched only when a section or a
 * merge needs it.
 */
final class PairRecord {

    private final int allDeals;
    private final List<DealOfPair> deals;
    private final List<Asks.Ask> allAsks;
    private final List<Asks.Ask> pairAsks;
    private final Supplier<List<Engagements.Engagement>> fetchTimeline;
    private @Nullable List<Engagements.Engagement> timeline;

    PairRecord(int allDeals, List<DealOfPair> deals, List<Asks.Ask> allAsks, Pair pair, Supplier<List<Engagements.Engagement>> timeline) {
        this.allDeals = allDeals;
        this.deals = List.copyOf(deals);
        this.allAsks = List.copyOf(allAsks);
        this.pairAsks = allAsks.stream().filter(a -> Pair.of(a.side(), a.addressee()).equals(pair)).toList();
        this.fetchTimeline = timeline;
    }

    int allDeals() {
        return allDeals;
    }

    List<DealOfPair> deals() {
        return deals;
    }

    List<Asks.Ask> allAsks() {
        return allAsks;
    }

    List<Asks.Ask> pairAsks() {
        return pairAsks;
    }

    List<Engagements.Engagement> timeline() {
        List<Engagements.Engagement> fetched = timeline;
        if (fetched == null) {
            fetched = fetchTimeline.get();
            timeline = fetched;
        }
        return fetched;
    }
}
