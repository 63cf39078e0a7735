package org.bilateral.doors;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.bilateral.doors.ChartOptions.Axis;
import org.bilateral.doors.ChartOptions.Dated;
import org.bilateral.doors.ChartOptions.Datum;
import org.bilateral.doors.ChartOptions.Faded;
import org.bilateral.doors.ChartOptions.Grid;
import org.bilateral.doors.ChartOptions.Legend;
import org.bilateral.doors.ChartOptions.Series;
import org.bilateral.doors.ChartOptions.Tooltip;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A chart's option as ECharts reads it: absent parts left out, a plain value a number, a gap a null. */
class ChartOptionsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anOptionIsWrittenAsEChartsReadsItWithAbsentPartsLeftOut() {
        ChartOptions option = new ChartOptions(Tooltip.axis().money(), Legend.above(), Grid.of(50, 20, 48, 30),
                List.of(Axis.category(List.of("2024", "2025 (Jan–Mar)"))), List.of(Axis.value().named("%").min(0)),
                List.of(Series.bar("Exports", List.of(new ChartOptions.Amount(new BigDecimal("1.5")), Faded.of(new BigDecimal("0.35"))))
                                .stack("importer").colour("#2e7d32"),
                        Series.line("Balance", Datum.amounts(Arrays.asList(new BigDecimal("-0.8"), null))).line("dashed").onAxis(1)));

        assertThat(json.writeValueAsString(option)).isEqualTo("{\"tooltip\":{\"trigger\":\"axis\",\"valueFormatter\":\"money\"},"
                + "\"legend\":{\"top\":0},\"grid\":{\"left\":50,\"right\":20,\"top\":48,\"bottom\":30},"
                + "\"xAxis\":[{\"type\":\"category\",\"data\":[\"2024\",\"2025 (Jan–Mar)\"]}],"
                + "\"yAxis\":[{\"type\":\"value\",\"name\":\"%\",\"min\":0}],"
                + "\"series\":[{\"name\":\"Exports\",\"type\":\"bar\",\"data\":[1.5,{\"value\":0.35,\"itemStyle\":{\"opacity\":0.4}}],"
                + "\"stack\":\"importer\",\"itemStyle\":{\"color\":\"#2e7d32\"}},"
                + "{\"name\":\"Balance\",\"type\":\"line\",\"data\":[-0.8,null],\"lineStyle\":{\"type\":\"dashed\"},\"yAxisIndex\":1}]}");
    }

    @Test
    void aDatedPointIsItsNameAndADateWithItsValue() {
        assertThat(json.writeValueAsString(new Dated("IEEPA", "2025-04-09", new BigDecimal("46"))))
                .isEqualTo("{\"name\":\"IEEPA\",\"value\":[\"2025-04-09\",46]}");
    }
}
