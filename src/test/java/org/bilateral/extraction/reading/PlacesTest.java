package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlacesTest {

    @Test
    void aTextsCountriesAreCountedByNameOrDemonymTheLongestNameFirst() {
        // "United States of America" once (not "America" again), "Vietnam's" and "Vietnamese" twice for VN
        assertThat(Places.countriesIn("The United States of America and Vietnam's ministry met the Vietnamese side."))
                .containsExactly(org.assertj.core.api.Assertions.entry("US", 1), org.assertj.core.api.Assertions.entry("VN", 2));
        assertThat(Places.NATIONALITIES).containsEntry("Indonesian", "ID");
        assertThat(Places.DEMONYMS).contains("Indonesian").doesNotContain("Indonesia");
        assertThat(Places.STATES).containsEntry("Texas", "US").containsEntry("Ontario", "CA");
    }
}
