package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.bilateral.engagements.EngagementKind;
import org.bilateral.extraction.Extraction;
import org.bilateral.extraction.KnownNames;
import org.bilateral.extraction.PressRelease;
import org.junit.jupiter.api.Test;

/** Kinds of event told in the genre's fixed wordings: summits of business, visits under way, visits events took place in. */
class EventKindsTest {

    private final PressReleaseReader reader = new PressReleaseReader(KnownNames.none());

    private Extraction read(String text) {
        return reader.read(new PressRelease("t.txt", text));
    }

    @Test
    void anInvestmentSummitOfTwoCountriesIsABusinessForum() {
        assertThat(EventCues.first("Secretary Hale addressed a U.S.-Peru Investment Summit in Lima.").kind()).isEqualTo(EngagementKind.BUSINESS_FORUM);
        assertThat(EventCues.first("The ministry hosted the ASEAN-Korea CEO Summit in Busan.").kind()).isEqualTo(EngagementKind.BUSINESS_FORUM);
        assertThat(EventCues.first("The leaders attended the East Asia Summit in Kuala Lumpur.").kind()).as("a summit of leaders").isEqualTo(EngagementKind.OTHER);
    }

    @Test
    void someoneInACityThisWeekIsOnAVisitThere() {
        Extraction x = read("Trade Minister Park Ji-hoon is in Lima this week for talks on critical minerals.");
        assertThat(x.events()).extracting(Extraction.Event::kind, Extraction.Event::place).containsExactly(tuple(EngagementKind.VISIT, "Lima"));
        assertThat(x.events().get(0).participants()).containsExactly("Park Ji-hoon");
        assertThat(EventCues.first("The company is in Lima to stay, its chief executive said.")).as("no time, no visit").isNull();
    }

    @Test
    void aMeetingDuringAStateVisitIsAMeetingAndTheVisitorsVisit() {
        Extraction x = read("President Daniel Ortega Reyes met with Prime Minister Somchai Wongsa during a state visit to Thailand on Tuesday.");
        assertThat(x.events()).extracting(Extraction.Event::kind).containsExactly(EngagementKind.MEETING, EngagementKind.VISIT);
        Extraction.Event visit = x.events().get(1);
        assertThat(visit.participants()).containsExactly("Daniel Ortega Reyes");
        assertThat(visit.place()).isEqualTo("Thailand");
        assertThat(x.events().get(0).participants()).containsExactly("Daniel Ortega Reyes", "Somchai Wongsa");
    }

    @Test
    void aVisitToldFirstKeepsTheMeetingTold() {
        Extraction x = read("During his state visit to Japan, President Daniel Ortega Reyes met with Prime Minister Kenji Mori.");
        assertThat(x.events()).extracting(Extraction.Event::kind).containsExactly(EngagementKind.MEETING, EngagementKind.VISIT);
        assertThat(x.events().get(1).participants()).containsExactly("Daniel Ortega Reyes");
        assertThat(x.events().get(1).place()).isEqualTo("Japan");
    }
}
