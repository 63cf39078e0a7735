package org.bilateral.commitments;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the register adds up to. Each deal counts once: aggregates, cancelled and lapsed deals, and deals that may
 * duplicate another (an open merge proposal) are listed beside the totals, not in them.
 *
 * @param byStage counted deals' low and high values by their current stage
 */
public record DealTotals(int counted, BigDecimal lowUsd, BigDecimal highUsd, Map<DealStage, Amount> byStage,
                         List<Deal> notCounted) {

    public record Amount(int deals, BigDecimal lowUsd, BigDecimal highUsd) {
    }

    static DealTotals of(List<Deal> deals) {
        Map<DealStage, Amount> byStage = new java.util.EnumMap<>(DealStage.class);
        int counted = 0;
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        for (Deal d : deals) {
            if (!d.counted()) {
                continue;
            }
            counted++;
            BigDecimal lo = d.valueLowUsd() == null ? BigDecimal.ZERO : d.valueLowUsd();
            BigDecimal hi = d.valueHighUsd() == null ? BigDecimal.ZERO : d.valueHighUsd();
            low = low.add(lo);
            high = high.add(hi);
            byStage.merge(d.stage(), new Amount(1, lo, hi),
                    (a, b) -> new Amount(a.deals() + b.deals(), a.lowUsd().add(b.lowUsd()), a.highUsd().add(b.highUsd())));
        }
        return new DealTotals(counted, low, high, byStage, deals.stream().filter(d -> !d.counted()).toList());
    }
}
