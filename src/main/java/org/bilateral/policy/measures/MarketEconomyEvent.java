package org.bilateral.policy.measures;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import org.bilateral.shared.CountryCode;

/**
 * A dated event of the market-economy request.
 *
 * @param printedDate the date as the file gives it: a day, or a year alone
 * @param date        the day, or the year's first day when only the year is known
 * @param side        the side that acted, or null when both did (a joint statement, a meeting)
 */
public record MarketEconomyEvent(String printedDate, LocalDate date, String event, @Nullable String actor, @Nullable CountryCode side,
                                 @Nullable String sourceUrl, @Nullable String note) {
}
