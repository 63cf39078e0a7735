package org.bilateral.tradestats.census;

import java.math.BigDecimal;

/**
 * One state's trade in one product with the partner in the month asked: a row of a {@code statehs} answer.
 *
 * @param state    the USPS code: for exports the state of origin of movement, for imports the state of destination;
 *                 {@code XX} where Census could not tell
 * @param hsCode   2, 4 or 6 digits, as the level asked
 * @param valueUsd US dollars (exports f.a.s., general imports at customs value)
 * @param line     the line of the pulled file it was read from
 */
public record StateFigure(String state, String hsCode, BigDecimal valueUsd, int line) {
}
