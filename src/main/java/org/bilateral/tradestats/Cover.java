package org.bilateral.tradestats;

import java.time.YearMonth;
import java.util.List;
import org.bilateral.shared.Period;

/**
 * How the flows hold a span of months.
 *
 * @param months   the months of the span every flow holds (for a mixed year, those the monthly flows hold); never empty
 * @param readYear whether the figures are the year's totals rather than sums of months
 * @param mixed    a flow holds the year only whole and another only some months: the two cannot be set side by side
 */
record Cover(List<YearMonth> months, boolean readYear, boolean mixed) {

    /** The first and last of the months held. */
    Period held() {
        return new Period(months.get(0), months.get(months.size() - 1));
    }
}
