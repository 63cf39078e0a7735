package org.bilateral.tradestats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MirrorLineTest {

    private static final BigDecimal IMF_FACTOR = new BigDecimal("1.06");

    @Test
    void aCifImporterIsExpectedToReportSixPercentMoreThanTheExporter() {
        Mirror.Line line = GapSplit.line("84", "Machinery", new BigDecimal("1000"), new BigDecimal("1100"),
                BigDecimal.ZERO, true, IMF_FACTOR);
        assertThat(line.gap()).isEqualByComparingTo("100");
        assertThat(line.cifFobMargin()).isEqualByComparingTo("60");
        assertThat(line.residual()).isEqualByComparingTo("40");
    }

    @Test
    void anImporterValuingFobLeavesTheWholeGapAsResidual() {
        Mirror.Line line = GapSplit.line("", "All", new BigDecimal("1000"), new BigDecimal("900"), BigDecimal.ZERO,
                false, IMF_FACTOR);
        assertThat(line.cifFobMargin()).isEqualByComparingTo("0");
        assertThat(line.residual()).isEqualByComparingTo("-100");
    }

    @Test
    void timingComesFirstAndTheMarginIsOnWhatWasShippedInTheShiftedYear() {
        // exporter: 1000 in the year; 200 shipped last December arrived this year, 100 shipped this December did not
        Mirror.Line line = GapSplit.line("", "All", new BigDecimal("1000"), new BigDecimal("1166"),
                new BigDecimal("100"), true, IMF_FACTOR);
        assertThat(line.gap()).isEqualByComparingTo("166");
        assertThat(line.timing()).isEqualByComparingTo("100");
        assertThat(line.cifFobMargin()).isEqualByComparingTo("66");
        assertThat(line.residual()).isEqualByComparingTo("0");
        assertThat(line.timing().add(line.cifFobMargin()).add(line.residual())).isEqualByComparingTo(line.gap());
    }

    @Test
    void changeOnAYearEarlierIsAFractionAndUndefinedFromZero() {
        assertThat(YearOnYear.change(new BigDecimal("350"), new BigDecimal("400"))).isEqualByComparingTo("-0.125");
        assertThat(YearOnYear.change(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
    }
}
