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
        if (level == HsLevel.SECTION || level == HsLevel.SECTOR || level == HsLevel.TOTAL || level == HsLevel.CHAPTER) {
            top = top <= 0 ? 500 : top;
        } else {
            top = top <= 0 ? 25 : top;
        }
    }
}
