package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.extraction.reading.Sentences.Sentence;
import org.junit.jupiter.api.Test;

/** What an event was about: its sentence and those after it, up to the next event. */
class EventTopicsTest {

    @Test
    void anEventIsAboutWhatIsSaidUntilTheNextEvent() {
        List<Sentence> s = List.of(
                new Sentence(0, 10, "Minister Lan met Secretary Hale.", 0, false),
                new Sentence(11, 20, "They discussed aircraft purchases and energy cooperation.", 0, false),
                new Sentence(21, 30, "Minister Lan later met Governor Ames.", 0, false),
                new Sentence(31, 40, "They discussed agricultural exports.", 0, false));
        EventDraft first = new EventDraft(EngagementKind.MEETING, s.get(0));
        EventDraft second = new EventDraft(EngagementKind.MEETING, s.get(2));
        EventTopics.assign(List.of(first, second), s);
        assertThat(first.topics).containsAll(Topics.of(s.get(1).text())).doesNotContainAnyElementsOf(
                Topics.of(s.get(3).text()).stream().filter(t -> !Topics.of(s.get(1).text()).contains(t)).toList());
        assertThat(second.topics).containsAll(Topics.of(s.get(3).text()));
        assertThat(Topics.of(s.get(1).text())).as("the test's sentences name topics").isNotEmpty();
    }
}
