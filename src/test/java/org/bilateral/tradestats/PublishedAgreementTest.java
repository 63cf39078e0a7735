package org.bilateral.tradestats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Period;
import org.junit.jupiter.api.Test;

class PublishedAgreementTest {

    private static final Period YEAR = new Period(YearMonth.of(2024, 1), YearMonth.of(2024, 12));
    private static final BigDecimal TOLERANCE = new BigDecimal("0.02");

    private static PublishedStore.Row row(String monthly, int months, String annual) {
        return new PublishedStore.Row(YEAR, CountryCode.of("US"), CountryCode.of("VN"), "X", new BigDecimal("1000"),
                monthly == null ? null : new BigDecimal(monthly), months, annual == null ? null : new BigDecimal(annual),
                "US", null, null);
    }

    @Test
    void everyMonthHeldIsComparedByTheSumOfTheMonths() {
        PublishedComparison c = PublishedAgreement.compare(row("1030", 12, null), TOLERANCE);
        // 1030 − 1000 = 30; 30 ÷ 1000 = 0.03, beyond 0.02
        assertThat(c.imported()).isEqualByComparingTo("1030");
        assertThat(c.difference()).isEqualByComparingTo("30");
        assertThat(c.relativeDifference()).isEqualByComparingTo("0.03");
        assertThat(c.disagrees()).isTrue();
        assertThat(c.flow()).isEqualTo("export");
    }

    @Test
    void aYearHeldWholeIsComparedByItsOwnFigure() {
        PublishedComparison c = PublishedAgreement.compare(row("900", 11, "990"), TOLERANCE);
        // 11 of 12 months held: the year's own 990; 990 − 1000 = −10; −10 ÷ 1000 = −0.01, within 0.02
        assertThat(c.imported()).isEqualByComparingTo("990");
        assertThat(c.relativeDifference()).isEqualByComparingTo("-0.01");
        assertThat(c.disagrees()).isFalse();
    }

    @Test
    void aPeriodNotHeldWholeIsNotCompared() {
        PublishedComparison c = PublishedAgreement.compare(row("500", 5, null), TOLERANCE);
        assertThat(c.imported()).isNull();
        assertThat(c.difference()).isNull();
        assertThat(c.disagrees()).isFalse();
    }
}
