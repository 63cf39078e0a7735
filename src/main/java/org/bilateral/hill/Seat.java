package org.bilateral.hill;

import org.jspecify.annotations.Nullable;

/**
 * A seat on a committee or subcommittee; tradeRank 1.. for the trade-relevant ones (the order of
 * {@link Legislators#TRADE_COMMITTEES}), 0 otherwise.
 *
 * @param side  majority or minority, as the source says it
 * @param rank  the member's rank within the side, when the source gives one
 * @param title Chairman, Ranking Member, Ex Officio, …, as the source writes it
 */
public record Seat(String committeeId, String committeeName, @Nullable String parentId, @Nullable String parentName,
                   String side, @Nullable Integer rank, @Nullable String title, int tradeRank) {

    public boolean tradeRelevant() {
        return tradeRank > 0;
    }
}
