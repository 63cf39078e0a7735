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
}
