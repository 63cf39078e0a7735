package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilateral.engagements.EngagementKind;
import org.bilateral.extraction.KnownNames;
import org.junit.jupiter.api.Test;

/** Where an event took place. */
class EventPlacesTest {

    private final Cast nobody = new Cast("", new Register(KnownNames.none()));

    @Test
    void thePlaceFollowsInOrAt() {
        assertThat(EventPlaces.in("The ministers met in Washington, D.C. on Monday.", nobody)).isEqualTo("Washington, D.C.");
        assertThat(EventPlaces.in("The ministers met at Jakarta on Monday.", nobody)).isEqualTo("Jakarta");
    }

    @Test
    void aMonthOrATitleAfterInIsNoPlace() {
        assertThat(EventPlaces.in("The ministers met in March to discuss tariffs.", nobody)).isNull();
        assertThat(EventPlaces.in("The talks were led in person by Minister Lan.", nobody)).isNull();
    }

    @Test
    void aVisitIsToThePlaceVisited() {
        String text = "Minister Lan visited Canberra on 22 September, with stops in Sydney.";
        EventCues.Cue cue = EventCues.first(text);
        assertThat(cue.kind()).isEqualTo(EngagementKind.VISIT);
        assertThat(EventPlaces.visited(text, cue, nobody)).isEqualTo("Canberra");
    }
}
