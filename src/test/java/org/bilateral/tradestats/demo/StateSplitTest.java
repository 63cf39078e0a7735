package org.bilateral.tradestats.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.bilateral.tradestats.census.StateFigure;
import org.junit.jupiter.api.Test;

/** The demonstration's synthetic state figures: split in whole dollars, adding up to the national figures exactly. */
class StateSplitTest {

    @Test
    void aSplitGivesTheDollarsLostInRoundingToTheLargestRemainders() {
        // 7 by 50:30:20 = 3.5, 2.1, 1.4: floors 3 + 2 + 1 = 6, the 1 dollar left to the largest remainder (0.5): 4, 2, 1
        assertThat(StateSplit.largestRemainder(7, new long[] {50, 30, 20})).containsExactly(4, 2, 1);
        // 100 in three equal parts = 33⅓ each: floors 99, the dollar left to the first of the equals: 34, 33, 33
        assertThat(StateSplit.largestRemainder(100, new long[] {1, 1, 1})).containsExactly(34, 33, 33);
        // 10 by 50:30:20 divides exactly: 5, 3, 2
        assertThat(StateSplit.largestRemainder(10, new long[] {50, 30, 20})).containsExactly(5, 3, 2);
        // 1,000,099 by 70:25:3:2 = 700,069.3, 250,024.75, 30,002.97, 20,001.98: floors 700,069 + 250,024 + 30,002 + 20,001
        // = 1,000,096, the 3 dollars left to the largest remainders .98, .97, .75: 700,069, 250,025, 30,003, 20,002
        // (= 1,000,099), the first part, whose remainder .3 is the smallest, getting none
        assertThat(StateSplit.largestRemainder(1_000_099, new long[] {70, 25, 3, 2})).containsExactly(700_069, 250_025, 30_003, 20_002);
        assertThat(StateSplit.largestRemainder(0, new long[] {1, 2})).containsExactly(0, 0);
    }

    @Test
    void aProductsStatesFollowItsLongestListedPrefix() {
        // aircraft (8802) from Washington first, soybeans (1201) from Iowa, anything unlisted from the general ports
        assertThat(StateSplit.weights("880240", false)).startsWith("WA", 70, "SC", 25);
        assertThat(StateSplit.weights("120190", false)).startsWith("IA", 25, "IL", 25);
        assertThat(StateSplit.weights("271112", false)).startsWith("LA", 55, "TX", 40);
        assertThat(StateSplit.weights("330499", false)).startsWith("CA", 20, "TX", 18);
        // furniture from Vietnam (chapter 94) into California, then North Carolina
        assertThat(StateSplit.weights("940360", true)).startsWith("CA", 28, "NC", 14);
    }

    @Test
    void aMonthsProductIsSplitAmongItsStatesInWholeDollars() {
        // January 2017 of aircraft exports, 1,000,099 dollars, by WA 70, SC 25, KS 3, XX 2: as hand-split above; February
        // has none, so no figure
        SortedMap<YearMonth, List<StateFigure>> split = StateSplit.split(Map.of("880240", new long[] {1_000_099, 0}), false, 2);
        assertThat(split).containsOnlyKeys(YearMonth.of(2017, 1));
        assertThat(split.get(YearMonth.of(2017, 1))).extracting(StateFigure::state, StateFigure::valueUsd).containsExactly(
                org.assertj.core.groups.Tuple.tuple("WA", new BigDecimal(700_069)), org.assertj.core.groups.Tuple.tuple("SC", new BigDecimal(250_025)),
                org.assertj.core.groups.Tuple.tuple("KS", new BigDecimal(30_003)), org.assertj.core.groups.Tuple.tuple("XX", new BigDecimal(20_002)));
    }

    @Test
    void theDemonstrationsStatesAddUpToItsNationalFiguresExactlyEveryMonthFlowAndCode() {
        DemoData demo = new DemoData(DemoLoader.SEED, YearMonth.of(2026, 11));
        for (boolean imports : new boolean[] {false, true}) {
            Map<String, long[]> national = demo.usSeries(imports);
            SortedMap<YearMonth, List<StateFigure>> states = StateSplit.split(national, imports, demo.monthsWritten());
            Map<String, BigDecimal> sums = new HashMap<>();
            states.forEach((month, figures) -> figures.forEach(f -> sums.merge(month + " " + f.hsCode(), f.valueUsd(), BigDecimal::add)));
            int compared = 0;
            for (Map.Entry<String, long[]> e : national.entrySet()) {
                for (int m = 0; m < demo.monthsWritten(); m++) {
                    long value = e.getValue()[m];
                    BigDecimal sum = sums.getOrDefault(DemoData.month(m) + " " + e.getKey(), BigDecimal.ZERO);
                    assertThat(sum).as("%s %s %s", imports ? "imports" : "exports", DemoData.month(m), e.getKey())
                            .isEqualByComparingTo(BigDecimal.valueOf(Math.max(value, 0)));
                    compared++;
                }
            }
            // every month of 2017-01..2026-11 (119) of every code: 40 export codes, 50 import codes
            assertThat(compared).isEqualTo(national.size() * 119);
            assertThat(states).hasSize(119);
            assertThat(states.values().stream().flatMap(List::stream)).allSatisfy(f -> {
                assertThat(f.hsCode()).hasSize(6);
                assertThat(f.valueUsd().signum()).isPositive();
            });
        }
    }
}
