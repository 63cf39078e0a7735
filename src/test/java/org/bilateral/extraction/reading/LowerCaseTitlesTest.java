package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.bilateral.extraction.reading.Names.PersonMention;
import org.junit.jupiter.api.Test;

class LowerCaseTitlesTest {

    @Test
    void aTitleInLowerCaseBeforeAFullName() {
        assertThat(RuleFixture.people("The firm sent a delegation led by its chairman Robert Keller.", new LowerCaseTitles()))
                .extracting(PersonMention::name, PersonMention::title).containsExactly(tuple("Robert Keller", "chairman"));
    }

    @Test
    void aWordThatIsNoTitleBeforeANameIsNotOne() {
        assertThat(RuleFixture.people("The firm sent its team Robert Keller.", new LowerCaseTitles())).isEmpty();
    }

    @Test
    void aCountrysLowerCaseTitleBeforeANameSetOffByCommasGivesTitleAndCountry() {
        assertThat(RuleFixture.people("He met Korea's lead steel negotiator, Park Min-jun, and the U.S. chief agricultural negotiator Doug Harlan.",
                new LowerCaseTitles()))
                .extracting(PersonMention::name, PersonMention::title, PersonMention::country)
                .containsExactly(tuple("Park Min-jun", "lead steel negotiator", "KR"), tuple("Doug Harlan", "chief agricultural negotiator", "US"));
        assertThat(RuleFixture.people("Korea's steel exporters, Posco Holdings among them, objected.", new LowerCaseTitles())).isEmpty();
        assertThat(RuleFixture.people("Qatar's emir, Sheikh Khalid bin Saeed Al Harthi, spoke.", new LowerCaseTitles()))
                .as("a style before the name is no part of it").extracting(PersonMention::name).containsExactly("Khalid bin Saeed Al Harthi");
    }
}
