package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.extraction.Extraction;
import org.bilateral.extraction.reading.Sentences.Sentence;
import org.bilateral.shared.ReportedDate;
import org.junit.jupiter.api.Test;

/** One event however often the report returns to it. */
class EventMergingTest {

    private int at;

    private EventDraft draft(EngagementKind kind, String... participants) {
        Sentence s = new Sentence(at, at + 10, "sentence " + at, 0, false);
        at += 11;
        EventDraft d = new EventDraft(kind, s);
        d.participants.addAll(List.of(participants));
        return d;
    }

    @Test
    void aReturnWithTwoParticipantsInCommonIsTheSameEvent() {
        EventDraft first = draft(EngagementKind.MEETING, "Lan", "Hale");
        EventDraft again = draft(EngagementKind.MEETING, "Lan", "Hale", "Ames");
        List<Extraction.Event> events = EventMerging.merged(List.of(first, again));
        assertThat(events).singleElement().satisfies(e -> assertThat(e.participants()).containsExactly("Lan", "Hale", "Ames"));
    }

    @Test
    void onlyTheProtagonistInCommonIsAnotherEvent() {
        List<Extraction.Event> events = EventMerging.merged(List.of(draft(EngagementKind.MEETING, "Lan", "Hale"),
                draft(EngagementKind.MEETING, "Lan", "Ames")));
        assertThat(events).hasSize(2);
    }

    @Test
    void differentDatesOrKindsAreDifferentEvents() {
        EventDraft first = draft(EngagementKind.MEETING, "Lan", "Hale");
        first.date = ReportedDate.parse("2026-03-02");
        EventDraft later = draft(EngagementKind.MEETING, "Lan", "Hale");
        later.date = ReportedDate.parse("2026-03-09");
        assertThat(EventMerging.merged(List.of(first, later))).hasSize(2);
        assertThat(EventMerging.merged(List.of(draft(EngagementKind.MEETING, "Lan", "Hale"), draft(EngagementKind.CALL, "Lan", "Hale")))).hasSize(2);
    }

    @Test
    void anEventWithoutParticipantsReturnsToTheLastOfItsKindAndGivesItsDate() {
        EventDraft signing = draft(EngagementKind.SIGNING, "Skyways", "Aerion");
        EventDraft ceremony = draft(EngagementKind.SIGNING);
        ceremony.date = ReportedDate.parse("2026-03-04");
        List<Extraction.Event> events = EventMerging.merged(List.of(signing, ceremony));
        assertThat(events).singleElement().satisfies(e -> assertThat(e.date()).hasToString("2026-03-04"));
    }

    @Test
    void aDefiniteWorkshopReturnsToTheWorkshopNotTheSeminar() {
        EventDraft workshop = draft(EngagementKind.OTHER, "Ministry");
        workshop.noun = "workshop";
        EventDraft seminar = draft(EngagementKind.OTHER, "Council");
        seminar.noun = "seminar";
        EventDraft chaired = draft(EngagementKind.OTHER, "Quang");
        chaired.noun = "workshop";
        chaired.definite = true;
        List<Extraction.Event> events = EventMerging.merged(new ArrayList<>(List.of(workshop, seminar, chaired)));
        assertThat(events).hasSize(2);
        assertThat(events.get(0).participants()).containsExactly("Ministry", "Quang");
    }

    @Test
    void aReturnIsFoundAmongManyEventsOfOneProtagonist() {
        List<EventDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            drafts.add(draft(EngagementKind.MEETING, "Lan", "Guest " + i));
        }
        // {Lan, Guest 250} is contained in the return's {Lan, Guest 250, Ames}: the 251st meeting, not a 501st.
        drafts.add(draft(EngagementKind.MEETING, "Lan", "Guest 250", "Ames"));
        List<Extraction.Event> events = EventMerging.merged(drafts);
        assertThat(events).hasSize(500);
        assertThat(events.get(250).participants()).containsExactly("Lan", "Guest 250", "Ames");
    }

    @Test
    void anEventDatedByAReturnIsNoLongerUndated() {
        EventDraft first = draft(EngagementKind.SIGNING, "Skyways", "Aerion");
        EventDraft dated = draft(EngagementKind.SIGNING, "Skyways", "Aerion");
        dated.date = ReportedDate.parse("2026-03-04");
        EventDraft other = draft(EngagementKind.SIGNING, "Halden", "Aerion");
        other.date = ReportedDate.parse("2026-03-06");
        // A ceremony of 5 March fits no event: the first took 4 March from its return, so it is no longer undated.
        EventDraft ceremony = draft(EngagementKind.SIGNING);
        ceremony.date = ReportedDate.parse("2026-03-05");
        List<Extraction.Event> events = EventMerging.merged(List.of(first, dated, other, ceremony));
        assertThat(events).extracting(e -> e.date().toString()).containsExactly("2026-03-04", "2026-03-06", "2026-03-05");
    }
}
