package org.bilateral.tradestats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GapSplitTest {

    @Test
    void theGapSplitsIntoTimingTheCifMarginAndAResidual() {
        Mirror.Line line = GapSplit.line("94", "Furniture", new BigDecimal("1000"), new BigDecimal("1100"),
                new BigDecimal("20"), true, new BigDecimal("1.05"));
        // gap 1100 − 1000 = 100; shipped 1000 + 20 = 1020; margin 1020 × 0.05 = 51.00; residual 100 − 20 − 51 = 29
        assertThat(line.gap()).isEqualByComparingTo("100");
        assertThat(line.cifFobMargin()).isEqualByComparingTo("51.00");
        assertThat(line.residual()).isEqualByComparingTo("29");
    }

    @Test
    void anImporterValuingFobHasNoMargin() {
        Mirror.Line line = GapSplit.line("94", "Furniture", new BigDecimal("1000"), new BigDecimal("1100"),
                new BigDecimal("20"), false, new BigDecimal("1.05"));
        // residual 100 − 20 − 0 = 80
        assertThat(line.cifFobMargin()).isEqualByComparingTo("0");
        assertThat(line.residual()).isEqualByComparingTo("80");
    }
}
