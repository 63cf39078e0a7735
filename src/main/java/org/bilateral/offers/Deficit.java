package org.bilateral.offers;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The deficit of the statistics year both ways; null where a side's statistics of that year are not held.
 *
 * @param usMeasuredUsd       US imports from Vietnam − US exports to Vietnam, US statistics
 * @param vietnamMeasuredUsd  Vietnam's exports to the US − its imports from the US, Vietnam's statistics
 * @param cifFobFactor        what a CIF import is over the same goods' FOB export value
 */
public record Deficit(int year, @Nullable BigDecimal usMeasuredUsd, @Nullable BigDecimal vietnamMeasuredUsd, BigDecimal cifFobFactor) {
}
