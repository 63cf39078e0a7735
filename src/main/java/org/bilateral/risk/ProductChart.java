package org.bilateral.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.bilateral.doors.ChartOptions;
import org.bilateral.doors.ChartOptions.Axis;
import org.bilateral.doors.ChartOptions.Datum;
import org.bilateral.doors.ChartOptions.Grid;
import org.bilateral.doors.ChartOptions.Legend;
import org.bilateral.doors.ChartOptions.MarkLine;
import org.bilateral.doors.ChartOptions.Series;
import org.bilateral.doors.ChartOptions.Tooltip;
import org.jspecify.annotations.Nullable;

/**
 * A product's flows as a whole ECharts option: one line per record, in millions of dollars, the importer's records solid
 * and the exporter's dashed, the tariff event marked on the year it fell in; world totals, many times larger, dotted on an
 * axis of their own at the right so the triangle's lines stay readable.
 */
public final class ProductChart {

    private static final BigDecimal MILLION = new BigDecimal("1000000");

    private ProductChart() {
    }

    public static ChartOptions of(ProductView v, java.util.function.Function<String, String> words) {
        return of(v, words, phrase -> phrase);
    }

    /** The same, each line named in the page's words: {@code phrases} says a flow and a record as {@code Phrases} does. */
    public static ChartOptions of(ProductView v, java.util.function.Function<String, String> words,
                                  java.util.function.Function<String, @Nullable String> phrases) {
        TreeSet<Integer> years = new TreeSet<>();
        v.series().forEach(s -> years.addAll(s.values().keySet()));
        List<String> axis = years.stream().map(String::valueOf).toList();
        List<Series> lines = new ArrayList<>();
        for (ProductView.Series s : v.series()) {
            List<@Nullable BigDecimal> data = new ArrayList<>();
            for (int y : years) {
                BigDecimal value = s.values().get(y);
                data.add(value == null ? null : value.divide(MILLION, 3, RoundingMode.HALF_EVEN));
            }
            boolean world = s.record().endsWith("the world");
            Series line = Series.line(phrases.apply(s.flow()) + ": " + phrases.apply(s.record()), Datum.amounts(data))
                    .line(world ? "dotted" : s.record().contains("exports") ? "dashed" : "solid").onAxis(world ? 1 : 0);
            if (lines.isEmpty() && v.request().event() != null) {
                line = line.marked(MarkLine.at(String.valueOf(v.request().event().getYear()),
                        words.apply("chart.event") + " " + v.request().event()));
            }
            lines.add(line);
        }
        boolean anyWorld = v.series().stream().anyMatch(s -> s.record().endsWith("the world"));
        List<Axis> axes = new ArrayList<>(List.of(Axis.value().named(words.apply("chart.usdMillions"))));
        if (anyWorld) {
            axes.add(Axis.value().named(words.apply("chart.worldUsdMillions")).noSplitLine());
        }
        return new ChartOptions(Tooltip.axis(), Legend.scrolling(), Grid.of(60, anyWorld ? 70 : 30, 70, 30),
                List.of(Axis.category(axis)), axes, lines);
    }
}
