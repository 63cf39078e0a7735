package org.bilateral.policy;

import java.math.BigDecimal;
import java.util.List;

/**
 * A year's trade in some products.
 *
 * @param months     the months of statistics the year holds (12 for a whole year)
 * @param unmeasured the codes the year's statistics are not detailed enough for: the value leaves them out
 */
public record YearFigure(int year, BigDecimal valueUsd, int months, List<String> unmeasured) {
}
