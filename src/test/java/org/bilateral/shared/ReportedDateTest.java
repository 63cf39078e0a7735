package org.bilateral.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportedDateTest {

    @Test
    void aDayWithoutItsYearPrintsXsWhereTheYearWouldBe() {
        ReportedDate may22 = ReportedDate.parse("XXXX-05-22");
        assertThat(may22).isEqualTo(new ReportedDate(null, 5, 22));
        assertThat(may22.yearKnown()).isFalse();
        assertThat(may22.toLocalDate()).isNull();
        assertThat(may22.toString()).isEqualTo("XXXX-05-22");
    }

    @Test
    void aFullDayIsACalendarDay() {
        ReportedDate d = ReportedDate.parse(" 2026-02-04 ");
        assertThat(d.toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 4));
        assertThat(ReportedDate.of(LocalDate.of(2026, 2, 4))).isEqualTo(d);
        assertThat(d.toString()).isEqualTo("2026-02-04");
    }

    @Test
    void nothingReadsAsNoDay() {
        assertThat(ReportedDate.parse(null)).isNull();
        assertThat(ReportedDate.parse("  ")).isNull();
    }

    @Test
    void aDayThatIsNoneIsRefused() {
        assertThatThrownBy(() -> ReportedDate.parse("4 Feb 2026")).hasMessageContaining("a date is written 2026-02-04");
        assertThatThrownBy(() -> ReportedDate.parse("2026-02-30")).isInstanceOf(java.time.DateTimeException.class);
        assertThatThrownBy(() -> ReportedDate.parse("XXXX-13-01")).hasMessage("no such day: 13/1");
        // without a year, 30 February cannot be refused by a calendar: only days past 31 are
        assertThat(ReportedDate.parse("XXXX-02-30").day()).isEqualTo(30);
    }

    @Test
    void aDayWithoutAYearSortsBeforeEveryDatedDay() {
        assertThat(ReportedDate.parse("XXXX-12-31")).isLessThan(ReportedDate.parse("1999-01-01"));
        assertThat(ReportedDate.parse("2026-02-04")).isLessThan(ReportedDate.parse("2026-02-05")).isLessThan(ReportedDate.parse("2026-03-01"));
        assertThat(ReportedDate.parse("XXXX-05-22").compareTo(new ReportedDate(null, 5, 22))).isZero();
    }
}
