package org.bilateral.briefs.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.bilateral.briefs.Brief;
import org.bilateral.briefs.BriefLanguage;
import org.bilateral.briefs.BriefSamples;
import org.junit.jupiter.api.Test;

/** The balance's months as an SVG line chart, its axis rounded up to a figure a reader reads at a glance. */
class BriefChartTest {

    private static final BriefWords EN = new BriefWords(BriefRendering.messages(), Locale.UK);

    @Test
    void theAxisTopIsOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
        assertThat(BriefChart.niceCeiling(0)).isEqualTo(1);
        assertThat(BriefChart.niceCeiling(0.7)).isEqualTo(1); // 0.1 × 10 = 1 ≥ 0.7, the first multiple at or above
        assertThat(BriefChart.niceCeiling(1.2)).isEqualTo(2); // power 1: 1 < 1.2 ≤ 2
        assertThat(BriefChart.niceCeiling(2.3)).isEqualTo(2.5); // 2 < 2.3 ≤ 2.5
        assertThat(BriefChart.niceCeiling(37)).isEqualTo(50); // power 10: 25 < 37 ≤ 50
        assertThat(BriefChart.niceCeiling(800)).isEqualTo(1000); // power 100: 500 < 800 ≤ 1,000
    }

    @Test
    void monthsOfBillionsAreDrawnInBillionsAndFewerThanTwoMonthsAreNoChart() {
        List<Brief.Month> months = List.of(new Brief.Month(YearMonth.of(2024, 12), new BigDecimal("1.2e9"), new BigDecimal("3e9")),
                new Brief.Month(YearMonth.of(2025, 1), new BigDecimal("1.5e9"), new BigDecimal("2.8e9")));
        Brief.Balance b = BriefSamples.full(BriefLanguage.EN, false).balance();
        Brief.Balance billions = new Brief.Balance(null, 2024, b.sides(), List.of(), null, b.productsReporter(), List.of(), List.of(), months);
        String svg = BriefChart.svg(billions, EN);
        // the largest, 3 bn, is at or above 2 bn: the axis in billions up to 5 (2.5 < 3 ≤ 5), in quarters 1.3, 2.5, 3.8
        assertThat(svg).startsWith("<svg").contains(">USD bn</text>", ">5</text>", ">2.5</text>").endsWith("</svg>");
        assertThat(svg.split("<polyline", -1)).hasSize(3);
        assertThat(BriefChart.svg(new Brief.Balance(null, 2024, b.sides(), List.of(), null, null, List.of(), List.of(), months.subList(0, 1)),
                EN)).isEmpty();
        assertThat(BriefChart.svg(null, EN)).isEmpty();
    }

    @Test
    void smallerMonthsAreDrawnInMillionsWithTheVietnameseDecimalComma() {
        Brief.Balance b = BriefSamples.full(BriefLanguage.VI, false).balance();
        List<Brief.Month> months = List.of(new Brief.Month(YearMonth.of(2024, 1), new BigDecimal("1e6"), new BigDecimal("2.3e6")),
                new Brief.Month(YearMonth.of(2024, 2), new BigDecimal("1e6"), new BigDecimal("2e6")));
        String svg = BriefChart.svg(new Brief.Balance(null, 2024, b.sides(), List.of(), null, null, List.of(), List.of(), months),
                new BriefWords(BriefRendering.messages(), BriefLanguage.VI.locale()));
        // 2.3 million: the axis up to 2.5, its quarters 0.6 (0.625), 1.3 (1.25), 1.9 (1.875)
        assertThat(svg).contains(">triệu USD</text>", ">2,5</text>", ">1,3</text>");
    }
}
