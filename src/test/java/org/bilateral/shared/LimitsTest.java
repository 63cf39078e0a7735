package org.bilateral.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LimitsTest {

    @Test
    void aTextOfTwoThousandCharactersIsKeptAndOneMoreIsNot() {
        assertThat(Limits.textProblem("x".repeat(2_000))).isEmpty();
        assertThat(Limits.textProblem("x".repeat(2_001))).contains("is 2,001 characters long; at most 2,000 are kept");
        assertThat(Limits.textProblem(null)).isEmpty();
    }

    @Test
    void aControlCharacterIsNamedByItsCodeAndPosition() {
        // "ab" then NUL: the third character
        assertThat(Limits.textProblem("ab\u0000")).contains("holds the character U+0000 at position 3 (a control character)");
        // "Hanoi" is five characters; the replacement character the sixth
        assertThat(Limits.characterProblem("Hanoi\uFFFD")).contains("holds the character U+FFFD at position 6 (a character that was not UTF-8)");
        assertThat(Limits.characterProblem("two\tcolumns\r\non two lines")).isEmpty();
    }

    @Test
    void aLineHoldsNoTabOrBreakEvenAtItsEnd() {
        assertThat(Limits.lineProblem("Boeing 787")).isEmpty();
        // "Boeing" is six characters; the line break is the seventh
        assertThat(Limits.lineProblem("Boeing\n")).contains("holds the character U+000A at position 7 (a control character)");
    }

    @Test
    void numbersStayBelowAQuadrillionWithSixDecimalsAtMost() {
        assertThat(Limits.numberProblem(new BigDecimal("999999999999999.999999"))).isEmpty();
        assertThat(Limits.numberProblem(new BigDecimal("1E15"))).contains("'1E+15' is not a number below 1,000,000,000,000,000 with at most six decimals");
        assertThat(Limits.numberProblem(new BigDecimal("0.1234567"))).isPresent();
        // trailing zeros are not decimals: 1.50000000 is 1.5
        assertThat(Limits.numberProblem(new BigDecimal("1.50000000"))).isEmpty();
    }

    @Test
    void moneyIsZeroOrMoreInWholeCents() {
        assertThat(Limits.moneyProblem(new BigDecimal("1250000.50"))).isEmpty();
        assertThat(Limits.moneyProblem(new BigDecimal("0.005"))).contains("'0.005' has more decimals than cents");
        assertThat(Limits.moneyProblem(new BigDecimal("-1"))).contains("'-1' is negative; an amount is zero or more");
        assertThat(Limits.quantityProblem(new BigDecimal("-0.5"))).contains("'-0.5' is negative; a quantity is zero or more");
        assertThat(Limits.quantityProblem(new BigDecimal("0.125"))).isEmpty();
    }

    @Test
    void numbersAreReadAsWrittenWithSeparators() {
        assertThat(Limits.number("1,250.5")).isEqualByComparingTo("1250.5");
        assertThat(Limits.number("1e6")).isEqualTo(new BigDecimal("1000000"));
        assertThat(Limits.number("2 500_000")).isEqualTo(new BigDecimal("2500000"));
        assertThatThrownBy(() -> Limits.number("twelve")).hasMessage("'twelve' is not a number");
        assertThatThrownBy(() -> Limits.number("1e999999999")).hasMessage("'1e999999999' is not a number below 1,000,000,000,000,000 with at most six decimals");
    }

    @Test
    void yearsAndBaselinesLieWithinTheCentury() {
        assertThat(Limits.yearProblem(new BigDecimal("2030"))).isEmpty();
        assertThat(Limits.yearProblem(new BigDecimal("2030.5"))).contains("'2030.5' is not a year from 2000 to 2100");
        assertThat(Limits.yearProblem(new BigDecimal("1999"))).isPresent();
        assertThat(Limits.baselineProblem(2099)).isEmpty();
        assertThat(Limits.baselineProblem(2100)).contains("'2100' is not a baseline year from 2000 to 2099");
    }

    @Test
    void aValueShownIsCutAtFortyCharacters() {
        assertThat(Limits.shown("short")).isEqualTo("'short'");
        assertThat(Limits.shown("9".repeat(41))).isEqualTo("'" + "9".repeat(40) + "…'");
    }

    @Test
    void onlyHttpAndHttpsAddressesAreLinked() {
        assertThat(Limits.isWebAddress("HTTPS://moit.gov.vn/tin-tuc")).isTrue();
        assertThat(Limits.isWebAddress("javascript:alert(1)")).isFalse();
        assertThat(Limits.isWebAddress("not an address")).isFalse();
        assertThat(Limits.webAddressProblem("")).isEmpty();
        assertThat(Limits.webAddressProblem("ftp://x")).contains("'ftp://x' is not a web address (http or https)");
    }
}
