package org.bilateral.briefs;

import java.util.Optional;
import org.bilateral.policy.ExportControlStakes;
import org.bilateral.policy.MarketEconomyStakes;
import org.bilateral.policy.TariffStakes;
import org.bilateral.policy.TopicStakes;
import org.bilateral.policy.TransshipmentPremium;
import org.bilateral.policy.YearFigure;
import org.jspecify.annotations.Nullable;

/**
 * What an ask is worth, in the brief's one line of it, from the measure of its topic the policy computed: the orders and
 * the imports they cover in their latest year, the export-control groups and the dual-use exports, the tariff in force
 * and its duties, or the rate on goods found transshipped.
 */
final class StakeLines {

    private StakeLines() {
    }

    /** The stake by its measure; empty for a topic none of these measure. */
    static Optional<Brief.Stake> of(@Nullable TopicStakes stakes) {
        if (stakes instanceof MarketEconomyStakes m) {
            return Optional.of(orders(m));
        }
        if (stakes instanceof ExportControlStakes x) {
            YearFigure last = x.total().isEmpty() ? null : x.total().get(x.total().size() - 1);
            return Optional.of(new Brief.Stake(Brief.Stake.Kind.EXPORT_CONTROLS, x.groups().size(), last == null ? null : last.valueUsd(),
                    last == null ? null : last.year(), null,
                    String.join(", ", x.groups().stream().map(ExportControlStakes.Group::group).toList()), null));
        }
        if (stakes instanceof TariffStakes t) {
            TariffStakes.DutyYear last = t.duties().isEmpty() ? null : t.duties().get(t.duties().size() - 1);
            return Optional.of(new Brief.Stake(Brief.Stake.Kind.TARIFF, null, last == null ? null : last.dutiesUsd(),
                    last == null ? null : last.year(), t.rateToday(), null, null));
        }
        return Optional.empty();
    }

    /** The orders' imports are those of the orders whose numbers the statistics can count, and may be one order's. */
    private static Brief.Stake orders(MarketEconomyStakes m) {
        MarketEconomyStakes.Counted c = m.counted();
        if (c == null) {
            return new Brief.Stake(Brief.Stake.Kind.ORDERS, m.orders().size(), null, null, null, null, null, null, null, null);
        }
        YearFigure last = c.year();
        return new Brief.Stake(Brief.Stake.Kind.ORDERS, m.orders().size(), last == null ? null : last.valueUsd(),
                last == null ? null : last.year(), null, c.leading().isEmpty() ? null : String.join(", ", c.leading()), null,
                c.counted().size(), c.leadingUsd(), null);
    }

    /** The rate charged on goods found transshipped, from the year it began, until the day it stopped where it has. */
    static Brief.Stake transshipment(TransshipmentPremium.Rates t) {
        return new Brief.Stake(Brief.Stake.Kind.TRANSSHIPMENT, null, null, t.from().getYear(), t.transshippedPercent(), t.instrument(),
                null, null, null, t.until());
    }
}
