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

    @Test
    void aCountryIsNamedInTheReadersLanguageFromTheJdksOwnLocaleData() {
        java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
        java.util.Locale en = java.util.Locale.ENGLISH;
        assertThat(CountryCode.of("VN").name(vi)).isEqualTo("Việt Nam");
        assertThat(CountryCode.of("US").name(vi)).isEqualTo("Hoa Kỳ");
        assertThat(CountryCode.of("KR").name(vi)).isEqualTo("Hàn Quốc");
        assertThat(CountryCode.of("CN").name(vi)).isEqualTo("Trung Quốc");
        assertThat(CountryCode.of("VN").name(en)).isEqualTo("Vietnam");
        assertThat(CountryCode.of("US").name(en)).isEqualTo("United States");
    }

    @Test
    void theWorldTheEuAndACodeNoOneNamesFollowTheStatedRule() {
        java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
        // XW is said as the JDK says region 001, capitalised in English ("world" in CLDR)
        assertThat(CountryCode.WORLD.name(vi)).isEqualTo("Thế giới");
        assertThat(CountryCode.WORLD.name(java.util.Locale.ENGLISH)).isEqualTo("World");
        assertThat(CountryCode.of("EU").name(java.util.Locale.ENGLISH)).isEqualTo("European Union");
        assertThat(CountryCode.of("EU").name(vi)).isEqualTo("Liên Minh Châu Âu");
        // QZ is reserved and named nowhere: its code is shown
        assertThat(CountryCode.of("QZ").name(vi)).isEqualTo("QZ");
    }
}
