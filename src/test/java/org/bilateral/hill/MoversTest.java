package org.bilateral.hill;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.bilateral.shared.HsCode;
import org.bilateral.tradestats.StateTrade.ProductYear;
import org.junit.jupiter.api.Test;

class MoversTest {

    private static ProductYear p(String code, String value, String previous) {
        return new ProductYear(HsCode.of(code), new BigDecimal(value), previous == null ? null : new BigDecimal(previous));
    }

    private static final List<ProductYear> YEAR = List.of(
            p("8802", "1000", "1200"),  // −200
            p("1201", "500", "300"),    // +200
            p("5201", "250", "100"),    // +150
            p("2304", "90", "150"),     // −60
            p("0202", "80", null),      // nothing in the same months of the year before: not ranked
            p("1005", "40", "40"));     // no change: neither

    @Test
    void theRisersAndFallersAreRankedByTheirChangeInDollarsLikeForLike() {
        Movers.Moves moves = Movers.of(YEAR, 2);
        assertThat(moves.risers()).extracting(m -> m.hsCode().digits() + " " + m.changeUsd().toPlainString())
                .containsExactly("1201 200", "5201 150");
        assertThat(moves.fallers()).extracting(m -> m.hsCode().digits() + " " + m.changeUsd().toPlainString())
                .containsExactly("8802 -200", "2304 -60");
        // 1201: 200 ÷ 300 = 0.66666667; 8802: −200 ÷ 1200 = −0.16666667; 2304: −60 ÷ 150 = −0.4
        assertThat(moves.risers().get(0).change().fraction()).isEqualByComparingTo("0.66666667");
        assertThat(moves.fallers().get(0).change().fraction()).isEqualByComparingTo("-0.16666667");
        assertThat(moves.fallers().get(1).change().fraction()).isEqualByComparingTo("-0.4");
    }

    @Test
    void noMoreThanAskedAndAProductWithoutABaseIsNeverAMover() {
        Movers.Moves moves = Movers.of(YEAR, 1);
        assertThat(moves.risers()).extracting(m -> m.hsCode().digits()).containsExactly("1201");
        assertThat(moves.fallers()).extracting(m -> m.hsCode().digits()).containsExactly("8802");
        assertThat(Movers.of(YEAR, 10).risers()).extracting(m -> m.hsCode().digits()).doesNotContain("0202", "1005");
    }

    @Test
    void aChangeNeedsSomethingInTheSameMonthsOfTheYearBefore() {
        // 110 against 100: +10%
        assertThat(Movers.change(new BigDecimal("110"), new BigDecimal("100")).fraction()).isEqualByComparingTo("0.1");
        assertThat(Movers.change(new BigDecimal("110"), BigDecimal.ZERO)).isNull();
        assertThat(Movers.change(new BigDecimal("110"), null)).isNull();
    }
}
