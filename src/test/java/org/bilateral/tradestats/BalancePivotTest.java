package org.bilateral.tradestats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Granularity;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.Period;
import org.junit.jupiter.api.Test;

/** The pivot both ways round, with totals added by hand, and headings short enough for a column. */
class BalancePivotTest {

    static final String AIRCRAFT = "8802 Other aircraft (for example, helicopters, aeroplanes); spacecraft";

    private static Balance.Row row(String period, String code, String label, long exports, long imports) {
        return new Balance.Row(period, code, label, BigDecimal.valueOf(exports), BigDecimal.valueOf(imports),
                BigDecimal.valueOf(exports - imports), null, null, null, null, null, 12, "Census", false,
                Period.year(Integer.parseInt(period)), false, period, null);
    }

    private static Balance balance() {
        // 2024: soybeans 50 - 10 = 40, aircraft 0 - 300 = -300. 2025: soybeans 70 - 20 = 50, aircraft missing.
        return new Balance(CountryCode.of("VN"), CountryCode.of("US"), Granularity.YEAR, HsLevel.HEADING, List.of(
                row("2024", "1201", "1201 Soya beans", 50, 10),
                row("2024", "8802", AIRCRAFT, 0, 300),
                row("2025", "1201", "1201 Soya beans", 70, 20)), List.of(), false, List.of());
    }

    @Test
    void turnedRoundEachProductIsALineWithAPeriodACellAndItsTotalOverThem() {
        BalancePivot pivot = BalancePivot.of(balance(), BalancePivot.Measure.BALANCE);

        assertThat(pivot.periods()).containsExactly("2024", "2025");
        List<BalancePivot.ProductLine> lines = pivot.productLines();
        assertThat(lines).extracting(l -> l.product().code()).containsExactly("1201", "8802");
        // Soybeans: 40 in 2024 and 50 in 2025, 90 in all.
        assertThat(lines.get(0).cells()).extracting(BigDecimal::intValue).containsExactly(40, 50);
        assertThat(lines.get(0).total()).isEqualByComparingTo("90");
        // Aircraft: -300 in 2024, nothing in 2025 (a blank, not a zero); -300 in all.
        assertThat(lines.get(1).cells()).containsExactly(new BigDecimal("-300"), null);
        assertThat(lines.get(1).total()).isEqualByComparingTo("-300");
        // The other way round the totals are by period: 2024 40 - 300 = -260; 2025 50.
        assertThat(pivot.lines()).extracting(l -> l.total().intValue()).containsExactly(-260, 50);
    }

    @Test
    void aLongProductLabelIsShortenedForItsHeadingAtAWordsEndAndAShortOneIsKept() {
        BalancePivot pivot = BalancePivot.of(balance(), BalancePivot.Measure.EXPORTS);

        assertThat(pivot.products().get(0).heading()).isEqualTo("1201 Soya beans");
        // Cut at the last space within 28 characters, "8802 Other aircraft (for", and the bracket opened there left out.
        assertThat(pivot.products().get(1).heading()).isEqualTo("8802 Other aircraft…");
        assertThat(pivot.products().get(1).label()).isEqualTo(AIRCRAFT);
    }
}
