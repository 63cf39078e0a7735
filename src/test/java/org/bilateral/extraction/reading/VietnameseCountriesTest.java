package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseCountriesTest {

    @Test
    void thePressNamesAndTheJdkNamesBothGiveTheCode() {
        assertThat(VietnameseCountries.code("Mỹ")).isEqualTo("US");
        assertThat(VietnameseCountries.code("Hoa Kỳ")).isEqualTo("US");
        assertThat(VietnameseCountries.code("Hàn Quốc")).isEqualTo("KR");
        assertThat(VietnameseCountries.code("Na Uy")).isEqualTo("NO");
        assertThat(VietnameseCountries.code("Việt nam")).as("the second word's case varies").isEqualTo("VN");
        assertThat(VietnameseCountries.code("Bộ Công Thương")).isNull();
    }

    @Test
    void aCountryIsReadWholeAndCapitalisedAtItsPlace() {
        String s = "Thủ tướng Nhật Bản Ishiba Shigeru";
        assertThat(VietnameseCountries.codeAt(s, 10)).isEqualTo("JP");
        assertThat(VietnameseCountries.at(s, 10)).isEqualTo("Nhật Bản".length());
        assertThat(VietnameseCountries.at("anh ấy", 0)).as("a lower-case word is no country").isZero();
    }

    @Test
    void theForeignCountryAReportIsAboutIsTheOneNamedInThreeOfFiveForeignMentions() {
        assertThat(VietnameseCountries.dominantForeign("Việt Nam và Hoa Kỳ; phía Mỹ; Đại sứ quán Mỹ; Việt Nam")).isEqualTo("US");
        // Mỹ twice, Nhật Bản once, Hàn Quốc once: 2 of 4 foreign mentions, under three in five
        assertThat(VietnameseCountries.dominantForeign("Mỹ, Nhật Bản, Hàn Quốc và Mỹ")).isNull();
    }
}
