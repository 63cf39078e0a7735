package org.bilateral.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilateral.doors.ChartOptions;
import org.junit.jupiter.api.Test;

/** The tariff chart's marks: a narrower rate that has ended says until when. */
class TariffChartTest {

    @Test
    void theMarkOfARateOnTransshippedGoodsThatEndedSaysUntilWhen() {
        ChartOptions option = TariffChart.of(StakesTablesTest.ended(), key -> key.equals("chart.tariff.until") ? "until" : key);
        List<ChartOptions.Datum> others = option.series().get(2).data();
        assertThat(others).extracting(p -> ((ChartOptions.Dated) p).name()).containsExactly(
                "rate on transshipped goods: articles determined to have been transshipped (until 2026-02-20)",
                "announced, not in force: products to be identified (future, not yet identified)");
    }

    @Test
    void itsTimeAxisWritesAMonthAsThePagesLanguageDoes() {
        // the words of messages_vi: ECharts writes "Apr" for {MMM} whatever the page, so a Vietnamese page asks for "tháng {M}"
        ChartOptions option = TariffChart.of(StakesTablesTest.ended(), key -> switch (key) {
            case "chart.time.year" -> "{yyyy}";
            case "chart.time.month" -> "tháng {M}";
            case "chart.time.day" -> "{d}";
            default -> key;
        });
        assertThat(option.xAxis().get(0).type()).isEqualTo("time");
        assertThat(option.xAxis().get(0).axisLabel()).isEqualTo(new ChartOptions.AxisLabel(null, null, null,
                new ChartOptions.TimeLabels("{yyyy}", "tháng {M}", "{d}")));
    }
}
