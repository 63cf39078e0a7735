package org.bilateral.briefs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.commitments.Deal;
import org.bilateral.commitments.DealStage;
import org.jspecify.annotations.Nullable;

/**
 * A deal of the pair as the brief reads it from the register: who buys what from whom, its stage, whether the totals
 * count it, its value's ends, and the days it reached each stage.
 */
record DealOfPair(long id, String label, @Nullable String buyer, @Nullable String seller, @Nullable String goods, DealStage stage,
                  boolean counted, @Nullable BigDecimal lowUsd, @Nullable BigDecimal highUsd, List<Moved> stages) {

    /** A stage the deal reached, and when (null where not reported). */
    record Moved(DealStage stage, @Nullable LocalDate happened) {
    }

    static DealOfPair of(Deal d) {
        return new DealOfPair(d.id().value(), d.label(), d.buyer(), d.seller(), d.goods(), d.stage(), d.counted(), d.valueLowUsd(),
                d.valueHighUsd(), d.stages().stream().map(e -> new Moved(e.stage(), e.happened())).toList());
    }

    /** Whether both its countries are known and are the pair's. */
    static boolean ofPair(Deal d, Pair pair) {
        return d.buyerCountry() != null && d.sellerCountry() != null
                && Pair.of(org.bilateral.shared.CountryCode.of(d.buyerCountry()), org.bilateral.shared.CountryCode.of(d.sellerCountry()))
                        .equals(pair);
    }
}
