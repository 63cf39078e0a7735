package org.bilateral.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.bilateral.policy.measures.TariffAction;
import org.junit.jupiter.api.Test;

/** A year's duties added up period by period, each charged day by day at the rate of each day. */
class DutyTallyTest {

    /** 10% on all goods from 2025-04-05, nothing before. */
    private static final RatePath TEN_FROM_APRIL_5 = RatePath.of(List.of(new TariffAction(LocalDate.parse("2025-04-05"),
            BigDecimal.TEN, "all articles of Vietnam", "order", null, null, TariffAction.Kind.of(BigDecimal.TEN, "all articles of Vietnam"))));

    @Test
    void aYearsDutiesAreTheSumOfItsMonthsEachChargedDayByDay() {
        DutyTally tally = new DutyTally(TEN_FROM_APRIL_5);
        tally.add(YearMonth.of(2025, 4), true, new BigDecimal("3000"));
        tally.add(YearMonth.of(2025, 5), true, new BigDecimal("3100"));
        TariffStakes.DutyYear y = tally.years().get(0);
        assertThat(y.year()).isEqualTo(2025);
        // 3,000 + 3,100
        assertThat(y.importsUsd()).isEqualByComparingTo("6100");
        assertThat(y.months()).isEqualTo(2);
        // April: 4 days at 0% and 26 at 10% = 260 rate-days of 30: 3,000 × 260 / (100 × 30) = 260.00;
        // May: 31 days at 10% = 310 rate-days of 31: 3,100 × 310 / (100 × 31) = 310.00; together 570.00
        assertThat(y.dutiesUsd()).isEqualByComparingTo("570.00");
        // (260 + 310) rate-days / (30 + 31) days = 570 / 61 = 9.344262... → 9.3443
        assertThat(y.averageRatePercent()).isEqualByComparingTo("9.3443");
    }

    @Test
    void aWholeYearHeldOnlyAsAYearCountsTwelveMonthsAndTheYearsComeInOrder() {
        DutyTally tally = new DutyTally(TEN_FROM_APRIL_5);
        tally.add(YearMonth.of(2025, 5), true, new BigDecimal("3100"));
        tally.add(YearMonth.of(2024, 1), false, new BigDecimal("1000"));
        List<TariffStakes.DutyYear> years = tally.years();
        assertThat(years).extracting(TariffStakes.DutyYear::year).containsExactly(2024, 2025);
        // 2024 is wholly before the first rate: 366 days at 0%, no duty
        assertThat(years.get(0).months()).isEqualTo(12);
        assertThat(years.get(0).dutiesUsd()).isEqualByComparingTo("0");
        assertThat(years.get(0).averageRatePercent()).isEqualByComparingTo("0");
        assertThat(years.get(1).averageRatePercent()).isEqualByComparingTo("10");
    }
}
