package org.bilateral.extraction.reading;

import java.time.LocalDate;
import java.util.List;

/**
 * An event's date: the first date its sentence gives after the dateline (whose date is the release's) that is not the
 * date something was reported or said on.
 */
final class EventDating {

    private EventDating() {
    }

    /** The dates of the sentence past its dateline, in order. */
    static List<Dates.Found> in(String text, LocalDate published) {
        int datelineEnd = Datelines.end(text);
        return Dates.in(text, published).stream().filter(f -> f.start() >= datelineEnd).toList();
    }

    /** Dates the draft by the first of the dates that is not a reporting date; leaves it as it is when none is. */
    static void date(EventDraft d, List<Dates.Found> dates) {
        for (Dates.Found f : dates) {
            if (!f.reporting()) {
                d.date = f.date();
                d.until = f.until();
                return;
            }
        }
    }
}
