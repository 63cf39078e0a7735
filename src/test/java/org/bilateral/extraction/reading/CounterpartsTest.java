package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.bilateral.extraction.reading.Names.PersonMention;
import org.junit.jupiter.api.Test;

class CounterpartsTest {

    @Test
    void aCounterpartOfANationalityIsAPersonOfThatCountry() {
        assertThat(RuleFixture.people("Minister Goyal held a virtual meeting with his Australian counterpart Don Farrell.", new Counterparts()))
                .extracting(PersonMention::name, PersonMention::title, PersonMention::country).containsExactly(tuple("Don Farrell", null, "AU"));
    }

    @Test
    void aCounterpartWithoutAFullNameIsNobody() {
        assertThat(RuleFixture.people("He met his Australian counterpart Farrell.", new Counterparts())).isEmpty();
    }

    @Test
    void aCounterpartsNameEndingInNamKeepsIt() {
        assertThat(RuleFixture.people("He met his Vietnamese counterpart Tran Quoc Nam.", new Counterparts()))
                .extracting(PersonMention::name, PersonMention::country).containsExactly(tuple("Tran Quoc Nam", "VN"));
    }
}
