package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.extraction.reading.Cast.Ref;
import org.junit.jupiter.api.Test;

/** Where a sentence reports an event and of what kind. */
class EventCuesTest {

    @Test
    void eachKindIsKnownByTheWordsReportsUseForIt() {
        assertThat(EventCues.first("Minister Lan met with Secretary Hale in Hanoi.").kind()).isEqualTo(EngagementKind.MEETING);
        assertThat(EventCues.first("Minister Lan spoke by phone with Secretary Hale.").kind()).isEqualTo(EngagementKind.CALL);
        assertThat(EventCues.first("Minister Lan paid an official visit to Canberra.").kind()).isEqualTo(EngagementKind.VISIT);
        assertThat(EventCues.first("Minister Lan addressed the Vietnam–Australia Business Forum.").kind()).isEqualTo(EngagementKind.BUSINESS_FORUM);
        assertThat(EventCues.first("The ministry convened a workshop on rules of origin.").kind()).isEqualTo(EngagementKind.OTHER);
        assertThat(EventCues.first("The two firms signed a memorandum of understanding.").kind()).isEqualTo(EngagementKind.SIGNING);
    }

    @Test
    void aCallWinsOverTheMeetingWordingItBeginsWith() {
        EventCues.Cue cue = EventCues.first("Minister Lan had a phone conversation with Secretary Hale.");
        assertThat(cue.kind()).isEqualTo(EngagementKind.CALL);
    }

    @Test
    void anEventToldAsPlannedIsNoEvent() {
        assertThat(EventCues.first("Minister Lan is expected to meet Secretary Hale next month.")).isNull();
        assertThat(EventCues.first("The two sides will hold talks in Geneva.")).isNull();
    }

    @Test
    void aDefiniteNounReturnsToAnEventTold() {
        EventCues.Cue cue = EventCues.first("Deputy Minister Quang chaired the workshop.");
        assertThat(cue.kind()).isEqualTo(EngagementKind.OTHER);
        assertThat(cue.noun()).isEqualTo("workshop");
        assertThat(cue.definite()).isTrue();
        assertThat(EventCues.first("Deputy Minister Quang chaired a workshop.").definite()).isFalse();
    }

    @Test
    void eventsJoinedByAndAreAChainOfOneSubject() {
        String text = "Minister Lan held talks with Secretary Hale and attended a business forum with investors.";
        List<EventCues.Cue> chain = EventCues.chained(text, EventCues.first(text));
        assertThat(chain).extracting(EventCues.Cue::kind).containsExactly(EngagementKind.MEETING, EngagementKind.BUSINESS_FORUM);
    }

    @Test
    void twoPeopleWhoAgreedTogetherMet() {
        String text = "Minister Lan and Secretary Hale agreed on Thursday to widen market access.";
        List<Ref> here = List.of(Ref.person(0, 12, "Lan"), Ref.person(17, 30, "Hale"));
        assertThat(EventCues.agreedTogether(text, here).kind()).isEqualTo(EngagementKind.MEETING);
        assertThat(EventCues.agreedTogether(text, List.of(Ref.person(0, 12, "Lan")))).as("one person agrees alone").isNull();
    }
}
