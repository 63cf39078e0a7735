package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilateral.engagements.EngagementKind;
import org.bilateral.extraction.Extraction;
import org.bilateral.extraction.KnownNames;
import org.bilateral.extraction.PressRelease;
import org.junit.jupiter.api.Test;

/** People named by what they are: "the President", "the Vietnamese leader", "the two leaders". */
class DescriptionsTest {

    private final PressReleaseReader reader = new PressReleaseReader(KnownNames.none());

    private Extraction read(String text) {
        return reader.read(new PressRelease("t.txt", text));
    }

    @Test
    void theTitleAloneStandsForTheOnePersonWhoHoldsIt() {
        Extraction x = read("""
                date 2023-04-15 Secretary of State Antony J. Blinken met today with Vietnamese General Secretary Nguyen Phu Trong. \
                The Secretary reiterated President Biden's wish, as the President and the General Secretary discussed on their March 29 call.""");
        Extraction.Event call = x.events().stream().filter(e -> e.kind() == EngagementKind.CALL).findFirst().orElseThrow();
        assertThat(call.participants()).as("the clause after 'as' has its own subject").containsExactly("Biden", "Nguyen Phu Trong");
        assertThat(call.date()).hasToString("2023-03-29");
    }

    @Test
    void aNationalityAndAWordForAnyLeaderPickThatSidesPerson() {
        Extraction x = read("""
                Welcoming the invitation of General Secretary of the Communist Party of Vietnam To Lam, EU Ambassador to Vietnam \
                Julien Guerrier met with the Vietnamese leader on 24 April in Hanoi.""");
        assertThat(x.events()).singleElement().satisfies(e -> assertThat(e.participants()).containsExactlyInAnyOrder("To Lam", "Julien Guerrier"));
    }

    @Test
    void aPluralRightAfterAnEventIsThatEventsPeople() {
        Extraction x = read("""
                date 2026-06-09 Trade Minister Don Farrell and Secretary of Commerce Robert Hale met today in Canberra. \
                Prime Minister Anthony Albanese was not there. The two ministers last met in Geneva on 14 March.""");
        assertThat(x.events()).extracting(Extraction.Event::participants)
                .containsExactly(java.util.List.of("Don Farrell", "Robert Hale"), java.util.List.of("Don Farrell", "Robert Hale"));
    }
}
