package org.bilateral.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HsCodeTest {

    @Test
    void aCodeHasAnEvenNumberOfDigitsFromTwoToTen() {
        assertThat(HsCode.isValid("10")).isTrue();
        assertThat(HsCode.isValid("8802400010")).isTrue();
        assertThat(HsCode.isValid("880")).as("odd").isFalse();
        assertThat(HsCode.isValid("880240001012")).as("twelve").isFalse();
        assertThat(HsCode.isValid("")).isFalse();
        assertThat(HsCode.isValid("88a2")).isFalse();
        // Arabic-Indic digits are digits to Character.isDigit, not to a customs form
        assertThat(HsCode.isValid("٨٨")).isFalse();
    }

    @Test
    void ofTrimsAndRefusesNothingOrNonsenseSayingWhatWasGiven() {
        assertThat(HsCode.of(" 880240 ")).isEqualTo(new HsCode("880240"));
        assertThatThrownBy(() -> HsCode.of(null)).hasMessage("not an HS code (2, 4, 6, 8 or 10 digits): nothing");
        assertThatThrownBy(() -> HsCode.of("88024")).hasMessage("not an HS code (2, 4, 6, 8 or 10 digits): '88024'");
    }

    @Test
    void aNationalLineCountsAsASubheadingAndItsChapterIsItsFirstTwoDigits() {
        HsCode line = HsCode.of("1006309900");
        assertThat(line.level()).isEqualTo(10);
        assertThat(line.hsLevel()).isEqualTo(HsLevel.SUBHEADING);
        assertThat(HsCode.of("1006").hsLevel()).isEqualTo(HsLevel.HEADING);
        assertThat(line.chapter()).isEqualTo("10");
        assertThat(line.truncate(4)).isEqualTo(HsCode.of("1006"));
        assertThatThrownBy(() -> HsCode.of("1006").truncate(6)).hasMessage("1006 has no level 6");
    }

    @Test
    void codesSortAsTheirDigitsSoAChapterComesBeforeItsHeadings() {
        assertThat(HsCode.of("10")).isLessThan(HsCode.of("1006")).isLessThan(HsCode.of("11"));
        assertThat(HsCode.of("1006").toString()).isEqualTo("1006");
    }
}
