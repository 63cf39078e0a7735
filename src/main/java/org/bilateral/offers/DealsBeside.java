package org.bilateral.offers;

import java.math.BigDecimal;
import org.bilateral.shared.Share;
import org.jspecify.annotations.Nullable;

/**
 * The purchase deals beside the offer: the gap of {@code commitments.targets.Projection} (by US statistics, the deficit
 * the talks are about), what the deals are expected to add, and the share of the gap each closes (the offer's from its
 * final year's US-valued added exports).
 */
public record DealsBeside(@Nullable BigDecimal gapUsd, BigDecimal dealsExpectedUsd, @Nullable Share dealsShareOfGap,
                          @Nullable Share offerShareOfGap) {
}
