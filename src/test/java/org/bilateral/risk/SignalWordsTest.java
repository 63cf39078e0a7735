package org.bilateral.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a signal's arithmetic writes its figures, each worked out by hand. */
class SignalWordsTest {

    @Test
    void aShareIsWrittenInPercentToATenth() {
        // 0.1234 × 100 = 12.34, to a tenth 12.3
        assertThat(SignalWords.percent(0.1234)).isEqualTo("12.3%");
        // 1 × 100 = 100.0
        assertThat(SignalWords.percent(1.0)).isEqualTo("100.0%");
    }

    @Test
    void anAmountIsRoundedToTheWholeDollarBeforeItIsWritten() {
        // 1,234.6 rounds to 1,235
        assertThat(SignalWords.money(1234.6)).isEqualTo("$1,235");
        // 2,450,000 = 2.45 m, to a tenth (half even) 2.4 m
        assertThat(SignalWords.money(2_450_000)).isEqualTo("$2.4 m");
    }

    @Test
    void aPriceIsWrittenToTheCentBelowAHundredDollarsAndToTheDollarFromThere() {
        // 1,400 / 220 = 6.3636… to the cent 6.36
        assertThat(SignalWords.unitMoney(1400.0 / 220)).isEqualTo("$6.36");
        assertThat(SignalWords.unitMoney(99.5)).isEqualTo("$99.50");
        assertThat(SignalWords.unitMoney(100)).isEqualTo("$100");
        // 1,234.4 to the dollar 1,234
        assertThat(SignalWords.unitMoney(1234.4)).isEqualTo("$1,234");
    }

    @Test
    void aUnitIsNamedInTheSingularAfterPer() {
        assertThat(SignalWords.singular("tonnes")).isEqualTo("tonne");
        assertThat(SignalWords.singular("pairs")).isEqualTo("pair");
        assertThat(SignalWords.singular("kg")).as("a symbol has no plural").isEqualTo("kg");
    }

    @Test
    void aConditionOfTheFreundTestIsTickedWhereItHoldsAndCrossedWhereNot() {
        assertThat(SignalWords.mark(true)).isEqualTo("✓");
        assertThat(SignalWords.mark(false)).isEqualTo("✗");
    }
}
