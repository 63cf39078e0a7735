package org.bilateral.worldjob.store;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One kept row of a bulk file as the store holds it: year and reporter name its partition, the rest are the columns of
 * {@code flows}. Amounts are exact decimals of at most six places (the store's decimal(38,6)), never rounded.
 *
 * @param cmd HS digits as written (2, 4 or 6, leading zeros kept) or {@code TOTAL}
 * @param qtyUnit Comtrade's qtyUnitCode; null where the row names no unit (-1, 1 or blank)
 * @param qty null where the unit is null or the quantity is blank or negative
 */
public record FlowRow(int year, int reporter, String flow, int partner, String cmd, String classification,
                      BigDecimal value, @Nullable Integer qtyUnit, @Nullable BigDecimal qty) {
}
