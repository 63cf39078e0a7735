package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.extraction.Extraction;
import org.bilateral.extraction.KnownNames;
import org.bilateral.extraction.PressRelease;
import org.junit.jupiter.api.Test;

/**
 * The event shapes the issue found failing, each in a report written for the purpose and read with the shipped models:
 * the events the rules miss, the people only spoken about, the rounds and forums told in words the rules do not know.
 */
class LearntEventsTest {

    private final PressReleaseReader reader = new PressReleaseReader(KnownNames.none());

    @Test
    void aMinisterWhoToldAnotherDuringTalksMetThem() {
        Extraction x = read("SANTIAGO, March 6, 2026 - Chilean Finance Minister Alvaro Reyes told Canadian Trade Minister Claire Dubois "
                + "during talks in Santiago on Thursday that copper exports would rise. Reyes said the two governments would meet again in June.");
        assertThat(x.events()).anySatisfy(e -> {
            assertThat(e.participants()).contains("Alvaro Reyes", "Claire Dubois");
            // Thursday before Friday 6 March 2026
            assertThat(e.date()).hasToString("2026-03-05");
            // placed as the rules place their events: the place after "in"
            assertThat(e.place()).isEqualTo("Santiago");
        });
    }

    @Test
    void bothMinistersWhoCoChairedARoundTakePart() {
        Extraction x = read("March 6, 2026\n\nThe third round of the Joint Trade Committee was co-chaired by Norway's Trade Minister Anna Berg "
                + "and India's Commerce Minister Rahul Mehta in Oslo on Tuesday. The committee reviewed market access for seafood.");
        assertThat(participants(x)).contains("Anna Berg", "Rahul Mehta");
    }

    @Test
    void aPresidentWhoseTariffsWorryTheMinistersDidNotTakePart() {
        Extraction x = read("March 6, 2026\n\nTrade Minister Anna Berg met Commerce Minister Rahul Mehta in Oslo on Tuesday "
                + "amid worries over President Victor Crane's tariffs. They discussed seafood exports.");
        assertThat(participants(x)).contains("Anna Berg", "Rahul Mehta").doesNotContain("Victor Crane");
    }

    @Test
    void aMinisterWhoSpokeAfterTheCeremonyTookPartInIt() {
        Extraction x = read("March 6, 2026\n\nA dozen contracts were signed in Oslo on Tuesday. \"This is a good day for our farmers,\" "
                + "Trade Minister Anna Berg said after the ceremony with Commerce Minister Rahul Mehta.");
        assertThat(participants(x)).contains("Anna Berg");
    }

    @Test
    void aMeetingADayBeforeASigningIsDatedTheDayBefore() {
        Extraction x = read("March 6, 2026\n\nThe two countries signed a fisheries agreement in Oslo on Wednesday, "
                + "a day after Trade Minister Anna Berg met Commerce Minister Rahul Mehta.");
        // Wednesday before Friday 6 March 2026 is 4 March; a day after the meeting: the meeting on 3 March
        assertThat(x.events()).anySatisfy(e -> {
            assertThat(e.participants()).contains("Anna Berg", "Rahul Mehta");
            assertThat(e.date()).hasToString("2026-03-03");
        });
    }

    @Test
    void aFifthRoundOfMinisterialConsultationsIsRoundFive() {
        Extraction x = read("March 6, 2026\n\nDeputy Foreign Minister Kim Jae-won held his fifth round of ministerial consultations "
                + "with Foreign Secretary Priya Nair in New Delhi on Monday. They discussed shipbuilding.");
        assertThat(x.events()).extracting(Extraction.Event::round).contains(5);
    }

    @Test
    void anInvestmentSummitIsABusinessForum() {
        Extraction x = read("March 6, 2026\n\nCommerce Secretary Laura Pike opened a U.S.-Peru Investment Summit in Lima on Tuesday "
                + "with Peruvian Production Minister Jorge Salas. Dozens of companies attended.");
        assertThat(x.events()).extracting(Extraction.Event::kind).contains(EngagementKind.BUSINESS_FORUM);
    }

    @Test
    void aTradeRepresentativeInSeoulThisWeekForTalksMeetsTheMinister() {
        Extraction x = read("March 6, 2026\n\nTrade Representative Mark Olsen is in Seoul this week for talks with Trade Minister "
                + "Park Min-soo on steel quotas. The talks follow a tariff dispute.");
        assertThat(participants(x)).contains("Mark Olsen", "Park Min-soo");
    }

    @Test
    void everyEventCarriesAConfidenceBetweenTheRulesAndTheModel() {
        Extraction x = read("March 6, 2026\n\nTrade Minister Anna Berg met Commerce Minister Rahul Mehta in Oslo on Tuesday.");
        assertThat(x.events()).isNotEmpty().allSatisfy(e -> assertThat(e.confidence().value()).isBetween(0.0, 1.0).isNotEqualTo(0.85));
    }

    private Extraction read(String text) {
        return reader.read(new PressRelease("written.txt", text));
    }

    private static List<String> participants(Extraction x) {
        return x.events().stream().flatMap(e -> e.participants().stream()).distinct().toList();
    }
}
