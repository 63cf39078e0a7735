package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilateral.engagements.EngagementKind;
import org.bilateral.extraction.Extraction;
import org.bilateral.extraction.KnownNames;
import org.bilateral.extraction.PressRelease;
import org.junit.jupiter.api.Test;

/** Who took part in an event. */
class EventParticipantsTest {

    private final PressReleaseReader reader = new PressReleaseReader(KnownNames.none());

    private Extraction.Event only(String text, EngagementKind kind) {
        return reader.read(new PressRelease("t.txt", text)).events().stream().filter(e -> e.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void theSubjectAndTheObjectOfTheCueTakePart() {
        Extraction.Event e = only("Minister of Trade Tran Van Lam met with U.S. Secretary of Commerce Daniel Harper in Hanoi on March 3.",
                EngagementKind.MEETING);
        assertThat(e.participants()).containsExactly("Tran Van Lam", "Daniel Harper");
    }

    @Test
    void thoseASentenceSaysJoinedTakePart() {
        Extraction.Event e = only("""
                Deputy Minister Nguyen Thi Hoa chaired a workshop on customs valuation on March 3. \
                The workshop was attended by Ambassador Peter Brandt.""", EngagementKind.OTHER);
        assertThat(e.participants()).contains("Nguyen Thi Hoa", "Peter Brandt");
    }

    @Test
    void theProtagonistActsWhereTheSentenceSaysHe() {
        Extraction.Event e = only("""
                Minister of Trade Tran Van Lam arrived in Canberra on Monday. \
                He then met with Australian Trade Minister Helen Marsh.""", EngagementKind.MEETING);
        assertThat(e.participants()).containsExactly("Tran Van Lam", "Helen Marsh");
    }

    @Test
    void theClauseOfTheCueStartsAfterItsConjunction() {
        String text = "Trade rose, as the ministers met in Hanoi.";
        assertThat(EventParticipants.clauseStart(text, text.indexOf("met"))).isEqualTo(text.indexOf("the ministers"));
        assertThat(EventParticipants.join("Participants included officials of both ministries.")).isTrue();
        assertThat(EventParticipants.join("The officials discussed tariffs.")).isFalse();
    }
}
