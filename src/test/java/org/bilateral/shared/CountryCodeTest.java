package org.bilateral.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CountryCodeTest {

    @Test
    void ofTrimsAndUpperCasesWhatItIsGiven() {
        assertThat(CountryCode.of(" vn ")).isEqualTo(new CountryCode("VN"));
        assertThat(CountryCode.of("us").toString()).isEqualTo("US");
    }

    @Test
    void theConstructorTakesOnlyTwoCapitalLetters() {
        assertThatThrownBy(() -> new CountryCode("vn")).hasMessage("not an ISO alpha-2 country code: 'vn'");
        assertThatThrownBy(() -> CountryCode.of("VNM")).hasMessage("not an ISO alpha-2 country code: 'VNM'");
        assertThatThrownBy(() -> CountryCode.of(null)).hasMessage("not an ISO alpha-2 country code: nothing");
    }

    @Test
    void theWorldIsAUserAssignedCodeNoCountryHas() {
        assertThat(CountryCode.WORLD.value()).isEqualTo("XW");
    }

    @Test
    void codesSortAlphabetically() {
        assertThat(CountryCode.of("US")).isLessThan(CountryCode.of("VN"));
        assertThat(CountryCode.of("CN").compareTo(CountryCode.of("CN"))).isZero();
    }
}
