package org.bilateral.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilateral.policy.measures.TariffAction;

/**
 * The tariff page's step chart as a whole ECharts option: the rate on all goods from each date until the next, with
 * the court rulings, announcements and narrower rates marked on the day they came, each named by its instrument.
 */
public final class TariffChart {

    private TariffChart() {
    }

    public static Map<String, Object> of(TariffStakes t, java.util.function.Function<String, String> words) {
        List<Object> rate = new ArrayList<>();
        if (!t.steps().isEmpty()) {
            // no additional duty before the first step: the line starts at zero a month before it
            rate.add(point(t.steps().get(0).from().minusMonths(1).toString(), BigDecimal.ZERO, "no additional duty"));
        }
        for (RatePath.Step s : t.steps()) {
            rate.add(point(s.from().toString(), s.percent(), s.instrument()));
        }
        BigDecimal today = t.rateToday();
        if (!t.steps().isEmpty() && today != null && t.today().isAfter(t.steps().get(t.steps().size() - 1).from())) {
            rate.add(point(t.today().toString(), today, "today"));
        }
        List<Object> courts = new ArrayList<>();
        List<Object> others = new ArrayList<>();
        RatePath path = RatePath.of(t.actions());
        for (TariffAction a : t.actions()) {
            if (a.kind() == TariffAction.Kind.RULING) {
                courts.add(point(a.effective().toString(), path.on(a.effective()), a.instrument()));
            } else if (a.kind() != TariffAction.Kind.ALL_GOODS) {
                // a narrower rate that has ended says so on its mark: the line of all goods shows only its own steps
                LocalDate until = t.until(a);
                others.add(point(a.effective().toString(), a.ratePercent() == null ? path.on(a.effective()) : a.ratePercent(),
                        a.kind().label() + ": " + a.appliesTo() + (until == null ? "" : " (" + words.apply("chart.tariff.until") + " " + until + ")")));
            }
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 50, "right", 30, "top", 56, "bottom", 30));
        option.put("xAxis", Map.of("type", "time"));
        option.put("yAxis", Map.of("type", "value", "name", "%", "min", 0));
        option.put("series", List.of(
                Map.of("name", words.apply("chart.tariff.rate"), "type", "line", "step", "end", "data", rate, "symbolSize", 6,
                        "itemStyle", Map.of("color", "#1f4e79")),
                Map.of("name", words.apply("chart.tariff.court"), "type", "scatter", "data", courts, "symbol", "diamond", "symbolSize", 12,
                        "itemStyle", Map.of("color", "#b3261e")),
                Map.of("name", words.apply("chart.tariff.other"), "type", "scatter", "data", others, "symbol", "triangle",
                        "symbolSize", 11, "itemStyle", Map.of("color", "#f9a825"))));
        return option;
    }

    private static Map<String, Object> point(String date, BigDecimal percent, String name) {
        return Map.of("name", name, "value", List.of(date, percent));
    }
}
