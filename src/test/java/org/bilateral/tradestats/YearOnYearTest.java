package org.bilateral.tradestats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class YearOnYearTest {

    @Test
    void aChangeIsAFractionOfTheYearBefore() {
        // (460 − 400) ÷ 400 = 60 ÷ 400 = 0.15
        assertThat(YearOnYear.change(new BigDecimal("460"), new BigDecimal("400"))).isEqualByComparingTo("0.15");
        // (1 − 3) ÷ 3 = −0.66666…, to four decimals −0.6667
        assertThat(YearOnYear.change(BigDecimal.ONE, new BigDecimal("3"))).isEqualByComparingTo("-0.6667");
    }

    @Test
    void nothingTheYearBeforeGivesNoChange() {
        assertThat(YearOnYear.change(new BigDecimal("5"), BigDecimal.ZERO)).isNull();
    }

    @Test
    void aMissingFigureCountsAsNoneTraded() {
        assertThat(YearOnYear.zero(null)).isEqualByComparingTo("0");
        assertThat(YearOnYear.zero(new BigDecimal("7"))).isEqualByComparingTo("7");
    }
}
