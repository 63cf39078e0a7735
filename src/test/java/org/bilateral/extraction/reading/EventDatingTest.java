package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.extraction.reading.Sentences.Sentence;
import org.junit.jupiter.api.Test;

/** An event's date from its sentence. */
class EventDatingTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 12);

    private static EventDraft dated(String text) {
        EventDraft d = new EventDraft(EngagementKind.MEETING, new Sentence(0, text.length(), text, 0, false));
        EventDating.date(d, EventDating.in(text, PUBLISHED));
        return d;
    }

    @Test
    void theDatelinesDateIsTheReleasesNotTheEvents() {
        assertThat(dated("HANOI, March 12, 2026 – Minister Lan met Secretary Hale on March 10.").date).hasToString("2026-03-10");
        assertThat(dated("HANOI, March 12, 2026 – Minister Lan met Secretary Hale.").date).isNull();
    }

    @Test
    void aReportingDateIsNotTheEvents() {
        // "said on Wednesday" is when it was told; "on Monday" 2026-03-09 is the Monday on or before Thursday 12 March.
        assertThat(dated("The ministry said on Wednesday that Minister Lan met Secretary Hale on Monday.").date).hasToString("2026-03-09");
    }

    @Test
    void aRangeGivesTheEventsLastDayToo() {
        EventDraft d = dated("The round was held from March 2 to 5 in Jakarta.");
        assertThat(d.date).hasToString("2026-03-02");
        assertThat(d.until).hasToString("2026-03-05");
    }
}
