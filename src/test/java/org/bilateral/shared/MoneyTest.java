package org.bilateral.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Money is dollars, exact: added without rounding, equal whatever scale it was written with. */
class MoneyTest {

    @Test
    void amountsAddAndSubtractWithoutLosingACent() {
        // 7,800,000,000.10 + 0.25 − 1 = 7,799,999,999.35
        Money sum = Money.usd("7800000000.10").plus(Money.usd("0.25")).minus(Money.usd(1));

        assertThat(sum.usd()).isEqualByComparingTo("7799999999.35");
    }

    @Test
    void amountsReportedInBillionsOrMillionsAreKeptExactly() {
        // $8.1 billion = 8,100,000,000; $380 million = 380,000,000
        assertThat(Money.billions(new BigDecimal("8.1"))).isEqualTo(Money.usd(8_100_000_000L));
        assertThat(Money.millions(new BigDecimal("380"))).isEqualTo(Money.usd(380_000_000L));
    }

    @Test
    void oneDollarWrittenWithOneOrTwoDecimalsIsTheSameAmount() {
        assertThat(Money.usd("1.0")).isEqualTo(Money.usd("1.00")).hasSameHashCodeAs(Money.usd("1"));
        assertThat(Money.usd("1.01")).isNotEqualTo(Money.usd("1"));
    }

    @Test
    void aChartAxisShowsBillionsToTheMillion() {
        // 123,456,789,012 / 1e9 = 123.456789012 → 123.457 (half-even at the third decimal)
        assertThat(Money.usd(123_456_789_012L).inBillions()).isEqualByComparingTo("123.457");
    }

    @Test
    void aDeficitIsNegativeAndItsSizeIsItsAbsoluteValue() {
        Money deficit = Money.usd(13_000_000_000L).minus(Money.usd(136_600_000_000L));

        // 13.0 − 136.6 = −123.6 bn
        assertThat(deficit.isNegative()).isTrue();
        assertThat(deficit.abs()).isEqualTo(Money.billions(new BigDecimal("123.6")));
    }

    @Test
    void textThatIsNotANumberIsRefusedByWhatWasGiven() {
        assertThatThrownBy(() -> Money.usd("8.1 bn")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("8.1 bn");
    }

    @Test
    void inJsonAnAmountIsThePlainNumberOfDollars() throws Exception {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();

        assertThat(json.writeValueAsString(Money.usd("7800000000.5"))).isEqualTo("7800000000.5");
        assertThat(json.readValue("12.25", Money.class)).isEqualTo(Money.usd("12.25"));
    }
}
