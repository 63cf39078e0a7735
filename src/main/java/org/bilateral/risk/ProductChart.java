package org.bilateral.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A product's flows as a whole ECharts option: one line per record, in millions of dollars, the importer's records solid
 * and the exporter's dashed, the tariff event marked on the year it fell in; world totals, many times larger, dotted on an
 * axis of their own at the right so the triangle's lines stay readable.
 */
public final class ProductChart {

    private static final BigDecimal MILLION = new BigDecimal("1000000");

    private ProductChart() {
    }

    public static Map<String, Object> of(ProductView v, java.util.function.Function<String, String> words) {
        TreeSet<Integer> years = new TreeSet<>();
        v.series().forEach(s -> years.addAll(s.values().keySet()));
        List<String> axis = years.stream().map(String::valueOf).toList();
        List<Object> lines = new ArrayList<>();
        for (ProductView.Series s : v.series()) {
            List<BigDecimal> data = new ArrayList<>();
            for (int y : years) {
                BigDecimal value = s.values().get(y);
                data.add(value == null ? null : value.divide(MILLION, 3, RoundingMode.HALF_EVEN));
            }
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("name", s.flow() + ": " + s.record());
            line.put("type", "line");
            line.put("data", data);
            boolean world = s.record().endsWith("the world");
            line.put("lineStyle", Map.of("type", world ? "dotted" : s.record().contains("exports") ? "dashed" : "solid"));
            line.put("yAxisIndex", world ? 1 : 0);
            if (lines.isEmpty() && v.request().event() != null) {
                line.put("markLine", Map.of("symbol", "none", "label", Map.of("formatter", words.apply("chart.event") + " " + v.request().event()),
                        "data", List.of(Map.of("xAxis", String.valueOf(v.request().event().getYear())))));
            }
            lines.add(line);
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0, "type", "scroll"));
        boolean anyWorld = v.series().stream().anyMatch(s -> s.record().endsWith("the world"));
        option.put("grid", Map.of("left", 60, "right", anyWorld ? 70 : 30, "top", 70, "bottom", 30));
        option.put("xAxis", Map.of("type", "category", "data", axis));
        List<Object> axes = new ArrayList<>(List.of(Map.of("type", "value", "name", words.apply("chart.usdMillions"))));
        if (anyWorld) {
            axes.add(Map.of("type", "value", "name", words.apply("chart.worldUsdMillions"), "splitLine", Map.of("show", false)));
        }
        option.put("yAxis", axes);
        option.put("series", lines);
        return option;
    }
}
