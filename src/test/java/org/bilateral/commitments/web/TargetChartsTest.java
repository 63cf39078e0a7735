package org.bilateral.commitments.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.bilateral.commitments.targets.Projection;
import org.bilateral.commitments.targets.StatisticsSide;
import org.bilateral.shared.CountryCode;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TargetChartsTest {

    @Test
    void theProjectionsGapAxisStartsAtZeroSoASmallFallIsDrawnSmall() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        // The gap falls from 100 bn to 96 bn: 4%. On an axis that starts near 96 the line would fall from top to bottom.
        Projection p = new Projection(CountryCode.of("VN"), CountryCode.of("US"), StatisticsSide.OUR_IMPORTS,
                YearMonth.of(2026, 6), 2025, new BigDecimal("100000000000"),
                List.of(new Projection.Year(2026, new BigDecimal("2000000000"), new BigDecimal("100000000000"),
                                new BigDecimal("98000000000"), new BigDecimal("0.02")),
                        new Projection.Year(2027, new BigDecimal("4000000000"), new BigDecimal("100000000000"),
                                new BigDecimal("96000000000"), new BigDecimal("0.04"))),
                List.of(), List.of(), new BigDecimal("6000000000"), new BigDecimal("0.06"), null, List.of(), List.of(), List.of(), true);
        JsonMapper json = JsonMapper.builder().build();

        JsonNode chart = json.readTree(new TargetCharts(json, messages).projection(p));

        JsonNode gapAxis = chart.get("yAxis").get(0);
        assertThat(gapAxis.get("name").asString()).isEqualTo("projection.axisGap");
        // Without "scale" an ECharts value axis always includes zero; with it, the axis hugs 96–100.
        assertThat(gapAxis.has("scale")).isFalse();
        assertThat(gapAxis.has("min")).isFalse();
        // 98,000,000,000 and 96,000,000,000 dollars are 98 and 96 billion.
        JsonNode gapWith = chart.get("series").get(2).get("data");
        assertThat(gapWith.get(0).decimalValue()).isEqualByComparingTo("98");
        assertThat(gapWith.get(1).decimalValue()).isEqualByComparingTo("96");
    }
}
