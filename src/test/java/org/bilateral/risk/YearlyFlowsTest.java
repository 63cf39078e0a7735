package org.bilateral.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The yearly arithmetic every signal shares, on figures small enough to check by hand. */
class YearlyFlowsTest {

    private static Map<Integer, BigDecimal> series(int firstYear, long... values) {
        Map<Integer, BigDecimal> m = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(firstYear + i, BigDecimal.valueOf(values[i]));
        }
        return m;
    }

    @Test
    void theYearsInAllAreThoseEverySeriesHoldsAndThePredicateKeeps() {
        Map<Integer, BigDecimal> a = series(2017, 1, 2, 3);
        Map<Integer, BigDecimal> b = series(2018, 5, 6, 7);
        // a holds 2017–2019, b 2018–2020: both hold 2018 and 2019; the predicate drops nothing of those
        assertThat(YearlyFlows.inAll(y -> y > 2017, a, b)).containsExactly(2018, 2019);
        assertThat(YearlyFlows.inAll(y -> y > 2018, a, b)).containsExactly(2019);
    }

    @Test
    void aMeanIsTakenOverTheYearsGivenAndAMissingYearCountsAsNothing() {
        Map<Integer, BigDecimal> a = series(2017, 1, 2, 3);
        // (2 + 3) / 2 = 2.5
        assertThat(YearlyFlows.mean(a, List.of(2018, 2019))).isEqualTo(2.5);
        // (3 + 0) / 2 = 1.5: 2020 is not in the series
        assertThat(YearlyFlows.mean(a, List.of(2019, 2020))).isEqualTo(1.5);
        assertThat(YearlyFlows.mean(a, List.of())).isZero();
    }

    @Test
    void growthIsInLogPointsAndTradeFromOrToNothingIsBounded() {
        // ln(200 / 100) = ln 2 = 0.693147...
        assertThat(YearlyFlows.growth(100, 200)).isCloseTo(0.693147, within(1e-6));
        assertThat(YearlyFlows.growth(0, 5)).isEqualTo(YearlyFlows.NEW_TRADE);
        assertThat(YearlyFlows.growth(5, 0)).isEqualTo(-YearlyFlows.NEW_TRADE);
        assertThat(YearlyFlows.growth(0, 0)).isZero();
    }

    @Test
    void aPricePerUnitDividesTheValuesSummedByTheQuantitiesSummed() {
        Map<Integer, ProductSeries.UnitValue> units = Map.of(
                2018, new ProductSeries.UnitValue("tonnes", BigDecimal.valueOf(10), BigDecimal.valueOf(1000)),
                2019, new ProductSeries.UnitValue("tonnes", BigDecimal.valueOf(30), BigDecimal.valueOf(2000)));
        // (1,000 + 2,000) / (10 + 30) = 75 a tonne, not the mean of 100 and 66.67 (83.33)
        assertThat(YearlyFlows.perUnit(units, List.of(2018, 2019))).isEqualTo(75.0);
    }

    @Test
    void aSpanOfYearsIsWrittenFromFirstToLast() {
        assertThat(YearlyFlows.span(List.of(2019))).isEqualTo("2019");
        assertThat(YearlyFlows.span(List.of(2018, 2019, 2020))).isEqualTo("2018–2020");
    }

    @Test
    void signalWordsWriteSharesToATenthOfAPercentAndPricesByTheirSize() {
        // 0.125 × 100 = 12.5%
        assertThat(SignalWords.percent(0.125)).isEqualTo("12.5%");
        assertThat(SignalWords.unitMoney(12.5)).isEqualTo("$12.50");
        // above $100 to the dollar: 1,234.4 → $1,234
        assertThat(SignalWords.unitMoney(1234.4)).isEqualTo("$1,234");
        assertThat(SignalWords.singular("tonnes")).isEqualTo("tonne");
        assertThat(SignalWords.mark(true)).isEqualTo("✓");
    }
}
