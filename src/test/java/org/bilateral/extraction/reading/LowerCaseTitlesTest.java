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
}
