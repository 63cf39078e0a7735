package org.bilateral.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void readsEveryWayStatisticsOfficesWriteAPeriod() {
        assertThat(Period.parse("2024")).isEqualTo(Period.year(2024));
        assertThat(Period.parse("2024-03")).isEqualTo(Period.month(YearMonth.of(2024, 3)));
        assertThat(Period.parse("202403")).isEqualTo(Period.month(YearMonth.of(2024, 3)));
        assertThat(Period.parse("2024-Q2")).isEqualTo(new Period(YearMonth.of(2024, 4), YearMonth.of(2024, 6)));
        assertThat(Period.parse("2023-01/2023-09").months()).isEqualTo(9);
    }

    @Test
    void printsAPeriodTheWayItWasWritten() {
        assertThat(Period.parse("2024").toString()).isEqualTo("2024");
        assertThat(Period.parse("2024-Q2").toString()).isEqualTo("2024-Q2");
        assertThat(Period.parse("2023-01/2023-09").toString()).isEqualTo("2023-01/2023-09");
        assertThat(Period.parse("2023-01/2023-09").yearEarlier().toString()).isEqualTo("2022-01/2022-09");
    }

    @Test
    void refusesWhatIsNotAPeriod() {
        assertThatThrownBy(() -> Period.parse("2024-13")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.parse("2024-09/2024-01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.parse("last year")).hasMessageContaining("not a period");
    }

    @Test
    void foldsNameVariantsToOneKey() {
        assertThat(NameKey.of("Việt Nam")).isEqualTo(NameKey.of("Viet Nam")).isEqualTo(NameKey.of("VIETNAM"));
        assertThat(NameKey.of("Đà Nẵng")).isEqualTo("danang");
    }

    @Test
    void aPeriodLiesInTheYearsFrom1950To2100() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Period.parse("0000-01")).hasMessageContaining("1950 to 2100");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Period.year(9999)).hasMessageContaining("1950 to 2100");
        org.assertj.core.api.Assertions.assertThat(Period.year(2100).toString()).isEqualTo("2100");
    }

    @Test
    void aPeriodCountsItsMonthsAcrossYears() {
        // November 2024 to February 2025: Nov, Dec, Jan, Feb
        Period winter = Period.parse("2024-11/2025-02");
        assertThat(winter.months()).isEqualTo(4);
        assertThat(winter.contains(YearMonth.of(2025, 1))).isTrue();
        assertThat(winter.contains(YearMonth.of(2025, 3))).isFalse();
        assertThat(winter.isCalendarYear()).isFalse();
        assertThat(winter.toString()).isEqualTo("2024-11/2025-02");
    }

    @Test
    void aQuarterIsThreeMonthsFromJanuaryAprilJulyOrOctober() {
        // quarter 4 begins in month 3 * 4 - 2 = 10
        assertThat(Period.quarter(2025, 4)).isEqualTo(new Period(YearMonth.of(2025, 10), YearMonth.of(2025, 12)));
        assertThat(Period.quarter(2025, 4).toString()).isEqualTo("2025-Q4");
        // February to April is three months, but no quarter
        assertThat(Period.parse("2025-02/2025-04").toString()).isEqualTo("2025-02/2025-04");
        assertThat(Period.parse("2025Q3").yearEarlier()).isEqualTo(Period.quarter(2024, 3));
    }

    @Test
    void periodsSortByTheirStartThenTheirEnd() {
        assertThat(Period.parse("2025-01")).isLessThan(Period.parse("2025-Q1")).isLessThan(Period.parse("2025-02"));
        assertThatThrownBy(() -> Period.parse(null)).hasMessageContaining("not a period: ''");
    }
}
