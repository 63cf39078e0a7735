package org.bilateral.tradestats;

import java.util.Objects;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsLevel;

/** Both partners' statistics of the same trade side by side for one year. */
public record MirrorRequest(CountryCode a, CountryCode b, int year, HsLevel level, int top) {

    public MirrorRequest {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.equals(b)) {
            throw new IllegalArgumentException("the two partners must differ");
        }
        if (year < 1950 || year > 2100) {
            throw new IllegalArgumentException("year " + year + " is out of range");
        }
        level = level == null ? HsLevel.CHAPTER : level;
        if (top < 0 || top > 500) {
            throw new IllegalArgumentException("top: " + top + " is not between 1 and 500");
        }
        if (top > 0 && level == HsLevel.TOTAL) {
            throw new IllegalArgumentException("top: at total level there are no products to choose; ask for a product level "
                    + "(section, chapter, heading, subheading or sector)");
        }
        if (level == HsLevel.SECTION || level == HsLevel.SECTOR || level == HsLevel.TOTAL || level == HsLevel.CHAPTER) {
            top = top <= 0 ? 500 : top;
        } else {
            top = top <= 0 ? 25 : top;
        }
    }
}
