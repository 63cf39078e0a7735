package org.bilateral.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A product's years over the arrays its flow shares read as the sorted map the signals were written for. */
class YearValuesTest {

    static final Integer[] YEARS = {2019, 2020, 2021};

    @Test
    void aYearsValueIsFoundByItsIndexAndAYearNotHeldIsAbsent() {
        YearValues v = new YearValues(YEARS, new BigDecimal[] {new BigDecimal("100"), BigDecimal.ZERO, new BigDecimal("300")});
        assertThat(v.get(2020)).isEqualByComparingTo("0");
        assertThat(v.get(2018)).isNull();
        assertThat(v.containsKey(2021)).isTrue();
        assertThat(v.containsKey(2022)).isFalse();
        assertThat(v.getOrDefault(2024, BigDecimal.ONE)).isEqualByComparingTo("1");
        assertThat(v.keySet()).containsExactly(2019, 2020, 2021);
    }

    @Test
    void itIsTheSameMapAsTheSortedOneItReplacesAndTheSignalsSumItAlike() {
        YearValues v = new YearValues(YEARS, new BigDecimal[] {new BigDecimal("100"), BigDecimal.ZERO, new BigDecimal("300")});
        Map<Integer, BigDecimal> sorted = new TreeMap<>(Map.of(2019, new BigDecimal("100"), 2020, BigDecimal.ZERO, 2021,
                new BigDecimal("300")));
        assertThat(v).isEqualTo(sorted);
        assertThat(sorted).isEqualTo(v);
        // 2019 and 2021: 100 + 300 = 400; the years both hold, in order
        assertThat(YearlyFlows.sum(v, List.of(2019, 2021))).isEqualTo(400.0);
        assertThat(YearlyFlows.inAll(y -> y > 2019, v, sorted)).containsExactly(2020, 2021);
    }
}
