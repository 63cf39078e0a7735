package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.extraction.reading.Sentences.Sentence;
import org.bilateral.shared.ReportedDate;
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

    private static EventDraft relative(String text, String cueWord, String reference) {
        EventDraft d = new EventDraft(EngagementKind.MEETING, new Sentence(0, text.length(), text, 0, false));
        EventDating.date(d, EventDating.in(text, PUBLISHED), text, text.indexOf(cueWord), reference == null ? null : ReportedDate.parse(reference));
        return d;
    }

    @Test
    void anEventADayAfterAnotherIsDatedFromIt() {
        String text = "Minister Lan met Secretary Hale on March 10, a day after Governor Ames signed the purchase agreement.";
        // The meeting is 10 March; the signing, told after "a day after", 10 - 1 = 9 March.
        assertThat(relative(text, "met", null).date).hasToString("2026-03-10");
        assertThat(relative(text, "signed", null).date).hasToString("2026-03-09");
        // "met ... a day after the signing on March 3": 3 + 1 = 4 March.
        assertThat(relative("Minister Lan met Secretary Hale a day after the signing on March 3.", "met", null).date).hasToString("2026-03-04");
        // Two days before a summit on 27 February 2026: 27 - 2 = 25 February.
        assertThat(relative("The ministers met two days before the summit on February 27.", "met", null).date).hasToString("2026-02-25");
    }

    @Test
    void theDayBeforeCountsFromTheEventToldLastElseThePublicationDate() {
        // The event told last was on 5 March: the day before is 4 March.
        assertThat(relative("He had met Secretary Hale the day before.", "met", "2026-03-05").date).hasToString("2026-03-04");
        // Nothing told before: from the publication date, 12 March, a day earlier is 11 March.
        assertThat(relative("The ministers met a day earlier in Hanoi.", "met", PUBLISHED.toString()).date).hasToString("2026-03-11");
        assertThat(relative("The ministers met the following day in Hanoi.", "met", "XXXX-02-28").date).as("an unknown year counts as a leap year")
                .hasToString("XXXX-02-29");
        assertThat(relative("The ministers met in Hanoi.", "met", "2026-03-05").date).as("no relative date, no date").isNull();
    }
}
