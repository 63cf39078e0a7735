package org.bilateral.engagements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TalksTest {

    @Test
    void theTalksOfTwoCountriesAreTheSameWhicheverIsNamedFirst() {
        assertThat(Talks.of("VN", "US")).isEqualTo(Talks.of("US", "VN")).hasToString("US-VN");
        assertThat(Talks.parse("vn–us")).isEqualTo(Talks.of("US", "VN"));
        assertThat(Talks.parse(" ")).isNull();
    }

    @Test
    void aCountryAloneOrTwiceIsNoTalks() {
        assertThatThrownBy(() -> Talks.of("US", "US")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Talks.parse("Vietnam")).hasMessageContaining("US-VN");
    }
}
