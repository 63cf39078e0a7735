package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilateral.extraction.reading.TypedNames.PersonName;
import org.junit.jupiter.api.Test;

class TypedNamesTest {

    @Test
    void aTitleBeforeANameMakesItAPersonsEvenWithOneWord() {
        assertThat(TypedNames.person("President Biden")).contains(new PersonName("Biden", "President"));
        assertThat(TypedNames.person("Minister of Industry and Trade Nguyễn Hồng Diên"))
                .contains(new PersonName("Nguyễn Hồng Diên", "Minister of Industry and Trade"));
        assertThat(TypedNames.person("US Trade Representative Jamieson Greer"))
                .contains(new PersonName("Jamieson Greer", "US Trade Representative"));
        assertThat(TypedNames.person("Mr. Greer")).contains(new PersonName("Greer", null));
    }

    @Test
    void twoOrMoreCapitalisedWordsReadAsAPersonsName() {
        assertThat(TypedNames.person("Joe Biden")).contains(new PersonName("Joe Biden", null));
        assertThat(TypedNames.person("Tô Lâm")).contains(new PersonName("Tô Lâm", null));
        assertThat(TypedNames.person("Ursula von der Leyen")).contains(new PersonName("Ursula von der Leyen", null));
    }

    @Test
    void organisationsCountriesTitlesAndSingleWordsDoNot() {
        assertThat(TypedNames.person("Boeing")).isEmpty();
        assertThat(TypedNames.person("Biden")).as("one bare word may be a company as well").isEmpty();
        assertThat(TypedNames.person("Vietnam Airlines")).isEmpty();
        assertThat(TypedNames.person("Senate Finance Committee")).isEmpty();
        assertThat(TypedNames.person("Ministry of Industry and Trade")).isEmpty();
        assertThat(TypedNames.person("United States")).isEmpty();
        assertThat(TypedNames.person("Trade Representative")).isEmpty();
        assertThat(TypedNames.person("the White House")).isEmpty();
        assertThat(TypedNames.person("Boeing 787")).isEmpty();
        assertThat(TypedNames.person("President Vietnam Airlines")).isEmpty();
    }
}
