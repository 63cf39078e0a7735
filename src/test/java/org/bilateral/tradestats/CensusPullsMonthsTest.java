package org.bilateral.tradestats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CensusPullsMonthsTest {

    private static Set<YearMonth> span(String from, String to) {
        Set<YearMonth> months = new TreeSet<>();
        for (YearMonth m = YearMonth.parse(from); !m.isAfter(YearMonth.parse(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    @Test
    void theMonthsNotHeldAreAskedAndTheTwoLatestHeldAgain() {
        // held January–March; wanted January–June: April, May, June new, February and March again for revisions
        assertThat(CensusPulls.months(YearMonth.of(2025, 1), YearMonth.of(2025, 6), span("2025-01", "2025-03"), 2))
                .containsExactly(new CensusPulls.Asked(YearMonth.of(2025, 2), true), new CensusPulls.Asked(YearMonth.of(2025, 3), true),
                        new CensusPulls.Asked(YearMonth.of(2025, 4), false), new CensusPulls.Asked(YearMonth.of(2025, 5), false),
                        new CensusPulls.Asked(YearMonth.of(2025, 6), false));
    }

    @Test
    void aNewAprilAsksTheYearBeforeAgainForCensussAnnualRevision() {
        // held 2024-01 to 2025-03; April 2025 is new, so all twelve months of 2024 are asked again, and February and March
        // 2025 as the latest held: 1 + 12 + 2 = 15 months
        var asked = CensusPulls.months(YearMonth.of(2024, 1), YearMonth.of(2025, 4), span("2024-01", "2025-03"), 2);
        assertThat(asked).hasSize(15);
        assertThat(asked).filteredOn(a -> !a.again()).extracting(CensusPulls.Asked::month).containsExactly(YearMonth.of(2025, 4));
        assertThat(asked).filteredOn(a -> a.month().getYear() == 2025 && a.again()).extracting(CensusPulls.Asked::month)
                .containsExactly(YearMonth.of(2025, 2), YearMonth.of(2025, 3));
    }

    @Test
    void heldMonthsOutsideTheSpanAreNotAskedAgain() {
        // held 2024 whole; wanted 2025-01 only: only January 2025, new
        assertThat(CensusPulls.months(YearMonth.of(2025, 1), YearMonth.of(2025, 1), span("2024-01", "2024-12"), 2))
                .containsExactly(new CensusPulls.Asked(YearMonth.of(2025, 1), false));
    }
}
