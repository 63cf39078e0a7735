package org.bilateral.engagements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesakesTest {

    @Test
    void aSharedFamilyNameMakesTwoAmericansNamesakes() {
        assertThat(Namesakes.kinship("Bill Hagerty", "US", "William Hagerty")).contains("same last name");
    }

    @Test
    void twoVietnameseSharingOnlyTheLastNameAreNotNamesakes() {
        // the last name is the given name in a Vietnamese name: Lê and Nguyễn are two families
        assertThat(Namesakes.kinship("Lê Mạnh Hùng", "VN", "Nguyễn Mạnh Hùng")).isEmpty();
    }

    @Test
    void twoVietnameseSharingFirstAndLastNamesAreNamesakesWhateverTheAccents() {
        assertThat(Namesakes.kinship("Lê Mạnh Hùng", "VN", "Le Van Hung")).contains("same first and last names");
    }

    @Test
    void aNameOfOneWordHasNoNamesakes() {
        assertThat(Namesakes.kinship("Hagerty", null, "William Hagerty")).isEmpty();
        assertThat(Namesakes.kinship("William Hagerty", null, "Hagerty")).isEmpty();
    }

    @Test
    void theReasonAddsTheCountryAndTitleBothHave() {
        assertThat(Namesakes.reason("same last name", "US", "Ambassador")).isEqualTo("same last name, both US, both Ambassador");
        assertThat(Namesakes.reason("same last name", null, null)).isEqualTo("same last name");
    }
}
