package org.bilateral.commitments;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bilateral.shared.Money;

/**
 * What a list of deals adds up to: the whole register, or the deals of one pair of countries as the brief shows them.
 * Each deal counts once: aggregates, cancelled and lapsed deals, and deals that may duplicate another (an open merge
 * proposal) are listed beside the totals, not in them. A range adds its low end to {@code low} and its high end to
 * {@code high}; a single amount adds to both.
 *
 * @param unvalued counted deals whose value was never reported: in the count, not in the sums, and said as such
 * @param byStage  counted deals by their current stage, in the stages' order; a stage no counted deal is at is absent
 */
public record DealTotals(int counted, int unvalued, Money lowUsd, Money highUsd, Map<DealStage, Amount> byStage, List<Deal> notCounted) {

    /** Deals of one stage: how many, how many of them without a value, and the sum of the values reported. */
    public record Amount(int deals, int unvalued, Money lowUsd, Money highUsd) {

        /** No deal of the stage has a value: its sum is unknown, not $0. */
        public boolean valued() {
            return unvalued < deals;
        }

        Amount plus(Amount other) {
            return new Amount(deals + other.deals, unvalued + other.unvalued, lowUsd.plus(other.lowUsd), highUsd.plus(other.highUsd));
        }
    }

    public DealTotals {
        byStage = new EnumMap<>(byStage);
        notCounted = List.copyOf(notCounted);
    }

    /** The totals of these deals. */
    public static DealTotals of(Collection<Deal> deals) {
        Map<DealStage, Amount> byStage = new EnumMap<>(DealStage.class);
        Amount all = new Amount(0, 0, Money.ZERO, Money.ZERO);
        for (Deal d : deals) {
            if (d.counted()) {
                Amount one = new Amount(1, d.valueLowUsd() == null ? 1 : 0, money(d.valueLowUsd()), money(d.valueHighUsd()));
                all = all.plus(one);
                byStage.merge(d.stage(), one, Amount::plus);
            }
        }
        return new DealTotals(all.deals(), all.unvalued(), all.lowUsd(), all.highUsd(), byStage,
                deals.stream().filter(d -> !d.counted()).toList());
    }

    /** The deals of one stage; none when no counted deal is at it. */
    public Amount at(DealStage stage) {
        return byStage.getOrDefault(stage, new Amount(0, 0, Money.ZERO, Money.ZERO));
    }

    private static Money money(java.math.@org.jspecify.annotations.Nullable BigDecimal usd) {
        return usd == null ? Money.ZERO : Money.usd(usd);
    }
}
