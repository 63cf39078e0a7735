package org.bilateral.tradestats;

import java.util.Objects;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Granularity;
import org.bilateral.shared.HsLevel;

/**
 * The balance of one country's trade with another, from the reporter's own statistics.
 *
 * @param top at heading and subheading level, how many products to show (the largest over the range)
 */
public record BalanceRequest(CountryCode reporter, CountryCode partner, Granularity by, HsLevel level,
                             Integer fromYear, Integer toYear, int top) {

    public BalanceRequest {
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(partner, "partner");
        if (reporter.equals(partner)) {
            throw new IllegalArgumentException("reporter and partner must differ");
        }
        by = by == null ? Granularity.YEAR : by;
        level = level == null ? HsLevel.TOTAL : level;
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw new IllegalArgumentException("from year " + fromYear + " is after to year " + toYear);
        }
        if (top <= 0) {
            top = 20;
        }
        if (top > 500) {
            throw new IllegalArgumentException("top is at most 500");
        }
    }

    public static BalanceRequest of(CountryCode reporter, CountryCode partner, Granularity by, HsLevel level) {
        return new BalanceRequest(reporter, partner, by, level, null, null, 20);
    }
}
