package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.bilateral.extraction.reading.Names.PersonMention;
import org.junit.jupiter.api.Test;

class AppositivePeopleTest {

    @Test
    void aCapitalisedTitleAfterTheNameWithItsCountry() {
        assertThat(RuleFixture.people("Jacob Holm, US Deputy Secretary of State for Economic Affairs, said the talks went well.", new AppositivePeople()))
                .extracting(PersonMention::name, PersonMention::title, PersonMention::country)
                .containsExactly(tuple("Jacob Holm", "Deputy Secretary of State for Economic Affairs", "US"));
    }

    @Test
    void aLowerCaseTitleAfterTheName() {
        assertThat(RuleFixture.people("Brandon Lynde, assistant U.S. trade representative for Southeast Asia, led the team.", new AppositivePeople()))
                .extracting(PersonMention::name, PersonMention::title)
                .containsExactly(tuple("Brandon Lynde", "assistant U.S. trade representative for Southeast Asia"));
    }

    @Test
    void aNameRightAfterAnotherCapitalisedWordIsNotTaken() {
        // "Corp" is no name word, so the name would start at "Jacob" with a capitalised word before it: not a clean name
        assertThat(RuleFixture.people("Acme Corp Jacob Holm, Chairman of the board, said so.", new AppositivePeople())).isEmpty();
    }

    @Test
    void aNameEndingInAGivenNameThatIsAPlacesWordOrHoldingBinBeforeItsTitle() {
        assertThat(RuleFixture.people("Nguyen Van Nam, Deputy Minister of Finance, said so.", new AppositivePeople()))
                .extracting(PersonMention::name, PersonMention::title).containsExactly(tuple("Nguyen Van Nam", "Deputy Minister of Finance"));
        assertThat(RuleFixture.people("Sheikh Khalid bin Saeed Al Rumaithi, Minister of Economy, said so.", new AppositivePeople()))
                .extracting(PersonMention::name, PersonMention::title).containsExactly(tuple("Khalid bin Saeed Al Rumaithi", "Minister of Economy"));
    }
}
