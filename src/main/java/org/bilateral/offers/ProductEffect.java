package org.bilateral.offers;

import java.math.BigDecimal;
import org.bilateral.shared.HsCode;
import org.jspecify.annotations.Nullable;

/**
 * One product (the statistics' code) priced in one phase year. Money in US dollars, each figure rounded once, to the
 * cent (HALF_EVEN), from the unrounded product figure; the year's sums add the unrounded figures and round at the end.
 *
 * @param linesCovered        priced lines under the code that the offer covers (those whose MFN is already at or below
 *                            the rate included: they keep their rate)
 * @param linesInCode         priced lines under the code: the lines its cut is averaged over
 * @param linesUnpriced       lines under the code without a numeric MFN rate (Chapter 98 references): not priced
 * @param importsFromOthersUsd Vietnam's imports of the code from every other supplier; null when not held
 * @param divertedUsd         null when the other suppliers' trade is not known
 * @param averaged            the code has more than one line: the cut is their simple average, its range the revenue's
 */
public record ProductEffect(HsCode code, int linesCovered, int linesInCode, int linesUnpriced, BigDecimal importsFromUsUsd,
                            @Nullable BigDecimal importsFromOthersUsd, BigDecimal mfnAveragePercent, BigDecimal offeredAveragePercent,
                            BigDecimal revenueForgoneUsd, BigDecimal revenueLowUsd, BigDecimal revenueHighUsd,
                            BigDecimal createdUsd, @Nullable BigDecimal divertedUsd, boolean averaged) {
}
