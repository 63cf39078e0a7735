package org.bilateral.tradestats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.bilateral.shared.Period;
import org.junit.jupiter.api.Test;

class AmountsTest {

    private static final YearMonth JAN = YearMonth.of(2025, 1);
    private static final YearMonth FEB = YearMonth.of(2025, 2);

    private static Amounts amounts() {
        Amounts amounts = new Amounts();
        amounts.add("M", "84", JAN, "X", new BigDecimal("100"));
        amounts.add("M", "84", JAN, "M", new BigDecimal("40"));
        amounts.add("M", "84", FEB, "X", new BigDecimal("50"));
        amounts.add("Y", "84", JAN, "X", new BigDecimal("1000"));
        return amounts;
    }

    @Test
    void monthsAreSummedFlowByFlowAndAMissingFlowAddsNothing() {
        BigDecimal[] sum = amounts().sum("84", new Cover(List.of(JAN, FEB), false, false), new Period(JAN, FEB));
        // exports 100 + 50 = 150; imports 40 in January, none in February: 40
        assertThat(sum[0]).isEqualByComparingTo("150");
        assertThat(sum[1]).isEqualByComparingTo("40");
    }

    @Test
    void aWholeYearIsReadFromTheYearsOwnFigure() {
        BigDecimal[] sum = amounts().sum("84", new Cover(List.of(JAN), true, false), Period.year(2025));
        assertThat(sum[0]).isEqualByComparingTo("1000");
        assertThat(sum[1]).as("no import figure for the year").isNull();
    }

    @Test
    void aProductWithoutFiguresHasNoSum() {
        assertThat(amounts().codes()).containsExactly("84");
        assertThat(amounts().sum("85", new Cover(List.of(JAN), false, false), new Period(JAN, JAN))).isNull();
    }
}
