package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.bilateral.extraction.Confidence;
import org.bilateral.extraction.Extraction;
import org.bilateral.extraction.KnownNames;
import org.bilateral.extraction.PressRelease;
import org.junit.jupiter.api.Test;

/**
 * Names of shapes the rules do not know, read by the rules and then the shipped mentions model: what the model adds
 * comes with its title and country as the rules would give them, and with the model's probability as its confidence.
 */
class MentionsTest {

    private final PressReleaseReader reader = new PressReleaseReader(KnownNames.none());
    private final PressReleaseReader rulesAlone = new PressReleaseReader(KnownNames.none(), ReaderModels.shipped().withoutMentions());

    private static Extraction read(PressReleaseReader r, String text) {
        return r.read(new PressRelease("t.txt", text));
    }

    @Test
    void anAcronymBetweenTheTitleAndTheNameHidesNoPerson() {
        String text = "United States Trade Representative (USTR) Marla Greer met Vietnamese Minister of Industry and Trade "
                + "Tran Van Minh in Washington on Tuesday.";

        assertThat(read(reader, text).people()).extracting(Extraction.Person::name).containsExactly("Marla Greer", "Tran Van Minh");
    }

    @Test
    void aRegionInTheTitlesPortfolioIsPartOfTheTitleAndTheOfficeSaysTheSide() {
        Extraction x = read(reader, "Assistant Secretary for South and Central Asia Noor Haddad met Minister Le Thi Anh in Hanoi on Friday.");

        // "Assistant Secretary" is among the offices the genre's American officials hold (Lexicon.AMERICAN_OFFICES).
        assertThat(x.people()).extracting(Extraction.Person::name, Extraction.Person::title, Extraction.Person::country)
                .containsExactly(tuple("Noor Haddad", "Assistant Secretary for South and Central Asia", "US"), tuple("Le Thi Anh", "Minister", "VN"));
    }

    @Test
    void officialsHeadedByAPersonAreOfTheDemonymsCountry() {
        Extraction x = read(reader, "Australian officials headed by Rhys Calder met Vice Minister Pham Duc Anh in Hanoi on Thursday.");

        assertThat(x.people()).extracting(Extraction.Person::name, Extraction.Person::country)
                .containsExactly(tuple("Rhys Calder", "AU"), tuple("Pham Duc Anh", "VN"));
    }

    @Test
    void aPersonTheModelAddedCarriesItsProbabilityAndOneTheRulesFoundTheRulesConfidence() {
        Extraction x = read(reader, "Deputy Prime Minister Tran Hong Minh held talks with Boeing Commercial Airplanes president "
                + "Stan Dewitt in Hanoi on Monday.");

        Extraction.Person dewitt = x.people().stream().filter(p -> p.name().equals("Stan Dewitt")).findFirst().orElseThrow();
        Extraction.Person minh = x.people().stream().filter(p -> p.name().equals("Tran Hong Minh")).findFirst().orElseThrow();
        assertThat(minh.confidence()).isEqualTo(Confidence.RULES_PEOPLE);
        assertThat(dewitt.confidence()).isNotEqualTo(Confidence.RULES_PEOPLE);
        assertThat(dewitt.confidence().value()).isBetween(MentionModel.THRESHOLD, 1.0);
        assertThat(dewitt.title()).isEqualTo("Boeing Commercial Airplanes president");
    }

    @Test
    void aStatesCommissionerAndVietnameseGivenNamesAreKeptWhole() {
        Extraction x = read(reader, "Texas Agriculture Commissioner Dale Pruett met Vice Minister Pham Duc Anh and Deputy Minister "
                + "Tran Van Minh in Austin on Wednesday.");

        assertThat(x.people()).extracting(Extraction.Person::name, Extraction.Person::title)
                .containsExactly(tuple("Dale Pruett", "Texas Agriculture Commissioner"), tuple("Pham Duc Anh", "Vice Minister"),
                        tuple("Tran Van Minh", "Deputy Minister"));
    }

    @Test
    void aReaderWithoutTheModelFindsOnlyWhatTheRulesFind() {
        // A company's lower-case title before the name is a shape no rule reads; the model learnt it from the corpus.
        String text = "Deputy Prime Minister Tran Hong Minh held talks with Boeing Commercial Airplanes president "
                + "Stan Dewitt in Hanoi on Monday.";

        assertThat(read(rulesAlone, text).people()).extracting(Extraction.Person::name).containsExactly("Tran Hong Minh");
        assertThat(read(reader, text).people()).extracting(Extraction.Person::name).containsExactly("Tran Hong Minh", "Stan Dewitt");
    }
}
