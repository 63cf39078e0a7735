package org.bilateral.tradestats;

import java.time.format.TextStyle;
import java.util.Locale;
import org.bilateral.shared.Granularity;
import org.bilateral.shared.Period;

/** One period shown: the months it spans and how the flows hold them. */
record Bucket(Granularity by, Period span, Cover cover) {

    String period() {
        return span.toString();
    }

    boolean partial() {
        return cover.mixed() || cover.months().size() < span.months();
    }

    /** The period as downloads, the command line and JSON say it: the months after it when not all of it is held. */
    String shown() {
        boolean sayMonths = partial() || (by == Granularity.YTD && !span.isCalendarYear());
        if (!sayMonths) {
            return period();
        }
        String base = by == Granularity.YTD || by == Granularity.YEAR ? Integer.toString(span.first().getYear()) : period();
        return base + " (" + Balance.monthsSaid(cover.months(), m -> m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)) + ")";
    }
}
