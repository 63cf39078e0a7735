package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.bilateral.extraction.reading.Names.PersonMention;
import org.junit.jupiter.api.Test;

class SharedNationalityTest {

    @Test
    void aNationalityBeforeTwoJoinedTitlesCoversBoth() {
        String s = "Secretary Blinken met Indonesian Coordinating Minister for Maritime Affairs Luhut Pandjaitan and Minister of Trade Mohammed Lutfi.";
        assertThat(RuleFixture.people(s, new TitledPeople()))
                .filteredOn(p -> !p.shortForm()).extracting(PersonMention::name, PersonMention::country)
                .containsExactly(tuple("Luhut Pandjaitan", "ID"), tuple("Mohammed Lutfi", null));
        assertThat(RuleFixture.people(s, new TitledPeople(), Claims::inTextOrder, new SharedNationality()))
                .filteredOn(p -> !p.shortForm()).extracting(PersonMention::name, PersonMention::country)
                .containsExactly(tuple("Luhut Pandjaitan", "ID"), tuple("Mohammed Lutfi", "ID"));
    }

    @Test
    void aTitleNotJoinedByAndKeepsItsOwnCountry() {
        String s = "Indonesian Minister of Trade Budi Santoso spoke; later Minister of Finance Sri Mulyani replied.";
        assertThat(RuleFixture.people(s, new TitledPeople(), Claims::inTextOrder, new SharedNationality()))
                .extracting(PersonMention::name, PersonMention::country)
                .containsExactly(tuple("Budi Santoso", "ID"), tuple("Sri Mulyani", null));
    }
}
