package org.bilateral.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The small enums every capability speaks in: flows, HS levels and granularities, read and named. */
class ValueNamesTest {

    @Test
    void aFlowIsReadByItsComtradeCodeAndMirroredByThePartnersFlow() {
        assertThat(Flow.ofCode("RX")).isEqualTo(Flow.RE_EXPORT);
        assertThat(Flow.EXPORT.mirror()).isEqualTo(Flow.IMPORT);
        assertThat(Flow.RE_EXPORT.mirror()).as("a re-export arrives as an import").isEqualTo(Flow.IMPORT);
        assertThat(Flow.RE_IMPORT.label()).isEqualTo("re-import");
        assertThatThrownBy(() -> Flow.ofCode("Z")).hasMessage("unknown flow code: Z");
    }

    @Test
    void anHsLevelIsReadByNameOrDigits() {
        assertThat(HsLevel.parse(" Heading ")).isEqualTo(HsLevel.HEADING);
        assertThat(HsLevel.ofDigits(6)).isEqualTo(HsLevel.SUBHEADING);
        assertThat(HsLevel.SECTOR.isDigitLevel()).isFalse();
        assertThat(HsLevel.TOTAL.isDigitLevel()).as("zero digits").isTrue();
        assertThatThrownBy(() -> HsLevel.ofDigits(8)).hasMessage("no HS level with 8 digits");
        assertThatThrownBy(() -> HsLevel.parse("tariff line")).hasMessageContaining("use total, section, chapter, heading, subheading or sector");
    }

    @Test
    void aMonthFallsInItsQuarterAndYear() {
        // August is month 8: (8 + 2) / 3 = quarter 3, July to September
        assertThat(Granularity.QUARTER.periodOf(YearMonth.of(2025, 8))).isEqualTo(Period.quarter(2025, 3));
        assertThat(Granularity.MONTH.periodOf(YearMonth.of(2025, 8))).isEqualTo(Period.month(YearMonth.of(2025, 8)));
        assertThat(Granularity.YTD.periodOf(YearMonth.of(2025, 8))).isEqualTo(Period.year(2025));
        assertThat(Granularity.parse("YTD")).isEqualTo(Granularity.YTD);
        assertThatThrownBy(() -> Granularity.parse("week")).hasMessageContaining("use month, quarter, year or ytd");
    }

    @Test
    void aCountSaysItsNounInTheRightNumber() {
        assertThat(Counted.of(1, "month", "months")).isEqualTo("1 month");
        assertThat(Counted.of(0, "month", "months")).isEqualTo("0 months");
        assertThat(Counted.of(1_200, "row", "rows")).isEqualTo("1,200 rows");
    }
}
