package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.engagements.Talks;
import org.bilateral.extraction.reading.Sentences.Sentence;
import org.junit.jupiter.api.Test;

/** An event held beside a negotiation round belongs to it. */
class EventSidelinesTest {

    private static EventDraft draft(EngagementKind kind, String text) {
        return new EventDraft(kind, new Sentence(0, text.length(), text, 0, false));
    }

    @Test
    void anEventOnTheSidelinesBelongsToTheOnlyRoundTold() {
        EventDraft round = draft(EngagementKind.NEGOTIATION_ROUND, "The fourth round of negotiations opened.");
        round.round = 4;
        round.talks = Talks.of("US", "VN");
        Map<Integer, EventDraft> rounds = new LinkedHashMap<>(Map.of(4, round));
        String text = "On the sidelines, Minister Lan met Secretary Hale.";
        EventDraft meeting = draft(EngagementKind.MEETING, text);
        EventSidelines.place(meeting, text, null, rounds);
        assertThat(meeting.sidelinesOf).isEqualTo(4);
        assertThat(meeting.talks).isEqualTo(Talks.of("US", "VN"));
    }

    @Test
    void anEventNotOnTheSidelinesBelongsToNoRound() {
        EventDraft round = draft(EngagementKind.NEGOTIATION_ROUND, "The fourth round of negotiations opened.");
        String text = "Minister Lan met Secretary Hale in Hanoi.";
        EventDraft meeting = draft(EngagementKind.MEETING, text);
        EventSidelines.place(meeting, text, null, Map.of(4, round));
        assertThat(meeting.sidelinesOf).isNull();
    }
}
