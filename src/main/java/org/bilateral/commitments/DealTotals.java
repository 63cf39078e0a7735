package org.bilateral.commitments;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the register adds up to. Each deal counts once: aggregates, cancelled and lapsed deals, and deals that may
 * duplicate another (an open merge proposal) are listed beside the totals, not in them.
 *
 * @param unvalued counted deals whose value was never reported: in the count, not in the sums, and said as such
 * @param byStage  counted deals' low and high values by their current stage
 */
public record DealTotals(int counted, int unvalued, BigDecimal lowUsd, BigDecimal highUsd, Map<DealStage, Amount> byStage,
                         List<Deal> notCounted) {

    /** Deals of one stage: how many, how many of them without a value, and the sum of the values reported. */
    public record Amount(int deals, int unvalued, BigDecimal lowUsd, BigDecimal highUsd) {

        /** No deal of the stage has a value: its sum is unknown, not $0. */
        public boolean valued() {
            return unvalued < deals;
        }
    }

    static DealTotals of(List<Deal> deals) {
        Map<DealStage, Amount> byStage = new java.util.EnumMap<>(DealStage.class);
        int counted = 0;
        int unvalued = 0;
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        for (Deal d : deals) {
            if (!d.counted()) {
                continue;
            }
            counted++;
            int without = d.valueLowUsd() == null ? 1 : 0;
            unvalued += without;
            BigDecimal lo = d.valueLowUsd() == null ? BigDecimal.ZERO : d.valueLowUsd();
            BigDecimal hi = d.valueHighUsd() == null ? BigDecimal.ZERO : d.valueHighUsd();
            low = low.add(lo);
            high = high.add(hi);
            byStage.merge(d.stage(), new Amount(1, without, lo, hi),
                    (a, b) -> new Amount(a.deals() + b.deals(), a.unvalued() + b.unvalued(), a.lowUsd().add(b.lowUsd()), a.highUsd().add(b.highUsd())));
        }
        return new DealTotals(counted, unvalued, low, high, byStage, deals.stream().filter(d -> !d.counted()).toList());
    }
}
