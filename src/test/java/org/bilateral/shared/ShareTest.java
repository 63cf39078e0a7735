package org.bilateral.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A share is a part of a whole, divided to eight decimals and never of nothing. */
class ShareTest {

    @Test
    void aPartOfAWholeIsDividedToEightDecimals() {
        // 1 ÷ 3 = 0.333333333… → 0.33333333
        assertThat(Share.of(Money.usd(1), Money.usd(3))).isEqualTo(Share.of(new BigDecimal("0.33333333")));
    }

    @Test
    void aTargetOvershotIsMoreThanTheWhole() {
        // attainment: $12.6 bn delivered of a $10.5 bn target = 1.2
        assertThat(Share.of(Money.billions(new BigDecimal("12.6")), Money.billions(new BigDecimal("10.5"))))
                .isEqualTo(Share.of(new BigDecimal("1.2")));
    }

    @Test
    void thereIsNoShareOfNothing() {
        assertThat(Share.of(Money.usd(5), Money.ZERO)).isNull();
    }

    @Test
    void aRateInPercentIsTheSameShareAsItsFraction() {
        // 12.5% = 0.125; back to percent: 12.5
        Share rate = Share.percent(new BigDecimal("12.5"));

        assertThat(rate).isEqualTo(Share.of(new BigDecimal("0.125")));
        assertThat(rate.inPercent()).isEqualByComparingTo("12.5");
    }

    @Test
    void aShareOfAnAmountIsExact() {
        // 25% of $8 bn = $2 bn
        assertThat(Share.of(new BigDecimal("0.25")).of(Money.usd(8_000_000_000L))).isEqualTo(Money.usd(2_000_000_000L));
    }
}
