package org.bilateral.tradestats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MirrorLineTest {

    @Test
    void aCifImporterIsExpectedToReportSixPercentMoreThanTheExporter() {
        Mirror.Line line = TradeBalances.line("84", "Machinery", new BigDecimal("1000"), new BigDecimal("1100"), true,
                new BigDecimal("0.06"));
        assertThat(line.gap()).isEqualByComparingTo("100");
        assertThat(line.cifFobMargin()).isEqualByComparingTo("60");
        assertThat(line.residual()).isEqualByComparingTo("40");
    }

    @Test
    void anImporterValuingFobLeavesTheWholeGapAsResidual() {
        Mirror.Line line = TradeBalances.line("", "All", new BigDecimal("1000"), new BigDecimal("900"), false,
                new BigDecimal("0.06"));
        assertThat(line.cifFobMargin()).isEqualByComparingTo("0");
        assertThat(line.residual()).isEqualByComparingTo("-100");
    }

    @Test
    void changeOnAYearEarlierIsAFractionAndUndefinedFromZero() {
        assertThat(TradeBalances.change(new BigDecimal("350"), new BigDecimal("400"))).isEqualByComparingTo("-0.125");
        assertThat(TradeBalances.change(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
    }
}
