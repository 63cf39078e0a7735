package org.bilateral.tradestats.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.junit.jupiter.api.Test;

/** The sums an import gathers while it reads: exact at every level, and given up past their bound. */
class FigureSumsTest {

    static final CountryCode US = CountryCode.of("US");
    static final CountryCode VN = CountryCode.of("VN");
    static final Slice HS10 = new Slice(US, VN, Flow.IMPORT, false, YearMonth.of(2024, 1), 10);

    private static Figure figure(String hs, String value) {
        return new Figure(US, VN, Flow.IMPORT, false, YearMonth.of(2024, 1), hs, value, null, "CV", null, null, null, 2, 2022, null);
    }

    @Test
    void eachLevelSumsTheLinesUnderItsCodeExactly() {
        FigureSums sums = new FigureSums();
        sums.add(HS10, figure("8471300100", "1200.5"));
        sums.add(HS10, figure("8471300200", "0.000001"));
        sums.add(HS10, figure("8471410000", "300"));
        sums.add(HS10, figure("9403600000", "99"));

        assertThat(sums.of(HS10, 0)).contains(Map.of("", new BigDecimal("1599.500001")));
        assertThat(sums.of(HS10, 1)).contains(Map.of("84", new BigDecimal("1500.500001"), "94", new BigDecimal("99")));
        assertThat(sums.of(HS10, 3).orElseThrow()).containsEntry("847130", new BigDecimal("1200.500001"))
                .containsEntry("847141", new BigDecimal("300")).hasSize(3);
        assertThat(sums.complete()).isTrue();
    }

    @Test
    void codesKeepTheirLeadingZerosAndSumsPastTheLargestLongStayExact() {
        FigureSums sums = new FigureSums();
        for (int i = 0; i < 1_001; i++) {
            sums.add(HS10, figure("0901" + String.format("%06d", i), "9999999999999999")); // past 2^63 after 923 lines
        }
        sums.add(HS10, figure("0902100000", "0.25"));

        assertThat(sums.of(HS10, 1).orElseThrow()).containsOnlyKeys("09");
        assertThat(sums.of(HS10, 1).orElseThrow().get("09")).isEqualTo(new BigDecimal("10009999999999998999.25"));
        assertThat(sums.of(HS10, 2).orElseThrow()).containsOnlyKeys("0901", "0902");
        assertThat(sums.of(HS10, 2).orElseThrow().get("0901")).isEqualTo(new BigDecimal("10009999999999998999"));
    }

    @Test
    void pastTheirBoundTheSumsAreGivenUpAndTheTotalsReadFromTheFigures() {
        FigureSums sums = new FigureSums(10);
        for (int i = 0; i < 10; i++) {
            sums.add(HS10, figure((847110 + i) + "0000", "1")); // ten subheadings, with their heading, chapter and total
        }

        assertThat(sums.complete()).isFalse();
        assertThat(sums.of(HS10, 0)).isEmpty();
    }
}
