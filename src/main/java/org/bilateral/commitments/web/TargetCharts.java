package org.bilateral.commitments.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilateral.commitments.targets.Attainment;
import org.bilateral.commitments.targets.Projection;
import org.bilateral.doors.Figures;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;

/**
 * The ECharts options of the attainment and projection pages, their series named in the page's language and amounts
 * in billions of dollars. The page draws what it is given ({@code data-echarts}); nothing here is a controller's.
 */
@Component
class TargetCharts {

    /** A chart with its caption's message key. */
    record Chart(String caption, String option) {
    }

    private final JsonMapper json;
    private final MessageSource messages;

    TargetCharts(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    /**
     * Three views of a target: the years (target against actual, per side); the months cumulated, actual against the
     * target prorated month by month, both sides on one chart, as the Peterson Institute tracked the Phase One deal;
     * and each side's months against the illustrative monthly target.
     */
    List<Chart> attainment(Attainment a) {
        List<Chart> charts = new ArrayList<>();
        List<String> years = a.target().amounts().keySet().stream().map(String::valueOf).toList();
        List<Map<String, Object>> series = new ArrayList<>();
        // Above a baseline, each side's target is its own baseline plus the amount: one target bar per side then.
        boolean oneTarget = oneTarget(a);
        for (Attainment.Side s : oneTarget ? a.sides().stream().limit(1).toList() : a.sides()) {
            series.add(Map.of("name", oneTarget ? word("attainment.target") : word("attainment.targetOf", s.label()), "type", "bar",
                    "data", s.years().stream().map(y -> bn(y.targetUsd())).toList()));
        }
        for (Attainment.Side s : a.sides()) {
            series.add(Map.of("name", word("attainment.actualOf", s.label()), "type", "bar", "data", s.years().stream().map(y -> bn(y.actualUsd())).toList()));
        }
        charts.add(new Chart("attainment.chartYears", option(years, series)));
        Chart cumulative = cumulative(a, oneTarget);
        if (cumulative != null) {
            charts.add(cumulative);
        }
        for (Attainment.Side s : a.sides()) {
            if (s.months().isEmpty()) {
                continue;
            }
            List<String> months = s.months().stream().map(m -> m.month().toString()).toList();
            charts.add(new Chart("attainment.chartMonths", option(months, List.of(
                    Map.of("name", word("attainment.illustrativeTarget"), "type", "line", "lineStyle", Map.of("type", "dashed"),
                            "data", s.months().stream().map(m -> bn(m.illustrativeTargetUsd())).toList()),
                    Map.of("name", word("attainment.actualOf", s.label()), "type", "bar",
                            "data", s.months().stream().map(m -> bn(m.actualUsd())).toList())))));
        }
        return charts;
    }

    /**
     * Month by month from the first target month: purchases so far against the target so far, each side's actual a
     * line, the prorated target dashed. Months the statistics do not yet cover are left out of the actual, not zero.
     */
    private @Nullable Chart cumulative(Attainment a, boolean oneTarget) {
        List<Attainment.Side> withMonths = a.sides().stream().filter(s -> !s.months().isEmpty()).toList();
        if (withMonths.isEmpty()) {
            return null;
        }
        Attainment.Side longest = withMonths.stream().max(java.util.Comparator.comparingInt(s -> s.months().size())).orElseThrow();
        List<String> months = longest.months().stream().map(m -> m.month().toString()).toList();
        List<Map<String, Object>> series = new ArrayList<>();
        for (Attainment.Side s : oneTarget ? List.of(longest) : withMonths) {
            series.add(Map.of("name", oneTarget ? word("attainment.targetSoFar") : word("attainment.targetSoFarOf", s.label()), "type", "line",
                    "lineStyle", Map.of("type", "dashed"), "symbol", "none", "data", running(s, months, true)));
        }
        for (Attainment.Side s : withMonths) {
            series.add(Map.of("name", word("attainment.actualSoFarOf", s.label()), "type", "line", "data", running(s, months, false)));
        }
        return new Chart("attainment.chartCumulative", option(months, series));
    }

    /** The running sum over these months of a side's target or actual; null after the side's last month. */
    private static List<BigDecimal> running(Attainment.Side s, List<String> months, boolean target) {
        Map<String, Attainment.Month> byMonth = new LinkedHashMap<>();
        s.months().forEach(m -> byMonth.put(m.month().toString(), m));
        List<BigDecimal> sums = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (String month : months) {
            Attainment.Month m = byMonth.get(month);
            BigDecimal v = m == null ? null : target ? m.illustrativeTargetUsd() : m.actualUsd();
            if (v == null) {
                sums.add(target ? bn(sum) : null);
                continue;
            }
            sum = sum.add(v);
            sums.add(bn(sum));
        }
        return sums;
    }

    private static boolean oneTarget(Attainment a) {
        return a.sides().stream().map(s -> s.years().stream().map(Attainment.Year::targetUsd).toList()).distinct().count() <= 1;
    }

    /**
     * Deliveries on an axis of their own: a billion or so of them vanish beside a gap of a hundred. The gap's axis
     * starts at zero (no "scale"), so a gap that falls by 4% is drawn as the small fall it is, not as a plunge.
     */
    String projection(Projection p) {
        Map<String, Object> chart = new LinkedHashMap<>();
        List<String> years = p.years().stream().map(y -> String.valueOf(y.year())).toList();
        chart.put("tooltip", Map.of("trigger", "axis"));
        chart.put("legend", Map.of("top", 0));
        chart.put("grid", Map.of("left", 60, "right", 70, "top", 70, "bottom", 30));
        chart.put("xAxis", Map.of("type", "category", "data", years));
        chart.put("yAxis", List.of(Map.of("type", "value", "name", word("projection.axisGap")),
                Map.of("type", "value", "name", word("projection.axisDeliveries"), "splitLine", Map.of("show", false))));
        chart.put("series", List.of(
                Map.of("name", word("deal.deliveries"), "type", "bar", "yAxisIndex", 1,
                        "data", p.years().stream().map(y -> bn(y.expectedUsd())).toList()),
                Map.of("name", word("projection.gapWithout"), "type", "line", "data", p.years().stream().map(y -> bn(y.gapWithoutDealsUsd())).toList()),
                Map.of("name", word("projection.gapWith"), "type", "line", "data", p.years().stream().map(y -> bn(y.gapWithDealsUsd())).toList())));
        return json.writeValueAsString(chart);
    }

    /** The legend above the plot, the plot far enough below it that no legend line covers a tick. */
    private String option(List<String> categories, List<Map<String, Object>> series) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("tooltip", Map.of("trigger", "axis"));
        // long series names wrap the legend onto a line each two series: the plot starts below its last line
        o.put("legend", Map.of("top", 0));
        o.put("grid", Map.of("left", 60, "right", 20, "top", 40 + 24 * ((series.size() + 1) / 2), "bottom", 30));
        o.put("xAxis", Map.of("type", "category", "data", categories));
        o.put("yAxis", Map.of("type", "value", "name", word("attainment.axis"), "nameGap", 12));
        o.put("series", series);
        return json.writeValueAsString(o);
    }

    private String word(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static @Nullable BigDecimal bn(@Nullable BigDecimal v) {
        return Figures.billions(v);
    }
}
