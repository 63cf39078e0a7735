package org.bilateral.tradestats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** A year-on-year change as a fraction of the year before: 350 after 400 is -0.125. */
final class YearOnYear {

    private YearOnYear() {
    }

    /** (now − before) ÷ before to four decimals; null when there was nothing the year before to grow from. */
    static @Nullable BigDecimal change(BigDecimal now, BigDecimal before) {
        if (before.signum() == 0) {
            return null;
        }
        return now.subtract(before).divide(before, 4, RoundingMode.HALF_EVEN);
    }

    /** A figure the statistics do not hold, where a sum needs a number: none traded. */
    static BigDecimal zero(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
