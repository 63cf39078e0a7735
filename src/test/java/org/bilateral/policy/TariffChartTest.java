package org.bilateral.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tariff chart's marks: a narrower rate that has ended says until when. */
class TariffChartTest {

    @Test
    void theMarkOfARateOnTransshippedGoodsThatEndedSaysUntilWhen() {
        Map<String, Object> option = TariffChart.of(StakesTablesTest.ended(), key -> key.equals("chart.tariff.until") ? "until" : key);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> series = (List<Map<String, Object>>) option.get("series");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> others = (List<Map<String, Object>>) series.get(2).get("data");
        assertThat(others).extracting(p -> (String) p.get("name")).containsExactly(
                "rate on transshipped goods: articles determined to have been transshipped (until 2026-02-20)",
                "announced, not in force: products to be identified (future, not yet identified)");
    }
}
