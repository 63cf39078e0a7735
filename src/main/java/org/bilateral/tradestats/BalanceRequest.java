package org.bilateral.tradestats;

import java.util.Objects;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Granularity;
import org.bilateral.shared.HsLevel;
import org.jspecify.annotations.Nullable;

/**
 * The balance of one country's trade with another, from the reporter's own statistics.
 *
 * @param top at a product level, how many products to show, the largest over the range; 0 for the default: every
 *            product at section, chapter and sector level, the largest 20 at heading and subheading. At total level
 *            there are no products to choose, and a top is refused rather than ignored.
 */
public record BalanceRequest(CountryCode reporter, CountryCode partner, Granularity by, HsLevel level,
                             @Nullable Integer fromYear, @Nullable Integer toYear, int top) {

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
        if (top < 0 || top > MOST) {
            throw new IllegalArgumentException("top: " + top + " is not between 1 and " + MOST);
        }
        if (top > 0 && level == HsLevel.TOTAL) {
            throw new IllegalArgumentException("top: at total level there are no products to choose; ask for a product level "
                    + "(section, chapter, heading, subheading or sector)");
        }
    }

    /** The most products a balance lists of each period. */
    public static final int MOST = 500;

    /** At heading and subheading level, the products listed when no top is asked for. */
    public static final int DEFAULT_FINE_TOP = 20;

    public static BalanceRequest of(CountryCode reporter, CountryCode partner, Granularity by, HsLevel level) {
        return new BalanceRequest(reporter, partner, by, level, null, null, 0);
    }

    /** How many products to list, the largest first; empty for every one. */
    public java.util.OptionalInt productLimit() {
        if (level == HsLevel.TOTAL) {
            return java.util.OptionalInt.empty();
        }
        if (top > 0) {
            return java.util.OptionalInt.of(top);
        }
        return level == HsLevel.HEADING || level == HsLevel.SUBHEADING ? java.util.OptionalInt.of(DEFAULT_FINE_TOP) : java.util.OptionalInt.empty();
    }
}
