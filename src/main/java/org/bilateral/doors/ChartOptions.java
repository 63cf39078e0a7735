package org.bilateral.doors;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one way a chart is built: the whole ECharts option, written by the server as these records and serialised by
 * Jackson, parts left out when absent. The page only hands it to ECharts ({@code data-echarts}, or a placed list in a
 * {@code chart-data} script); a formatter that must be a function is named here and mapped by bilateral.js. Only what
 * the workbench's charts use is modelled.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChartOptions(Tooltip tooltip, Legend legend, Grid grid, List<Axis> xAxis, List<Axis> yAxis, List<Series> series) {

    /** A chart placed in a page's element, its height set when it grows with what it shows. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Placed(String element, @Nullable Integer height, ChartOptions option) {
    }

    /** {@code valueFormatter} names one of bilateral.js's formatters ("money": the page's language, two decimals). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tooltip(String trigger, @Nullable AxisPointer axisPointer, @Nullable String valueFormatter) {
        public static Tooltip axis() {
            return new Tooltip("axis", null, null);
        }

        public static Tooltip item() {
            return new Tooltip("item", null, null);
        }

        public Tooltip pointer(String type) {
            return new Tooltip(trigger, new AxisPointer(type), valueFormatter);
        }

        public Tooltip money() {
            return new Tooltip(trigger, axisPointer, "money");
        }
    }

    public record AxisPointer(String type) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Legend(int top, @Nullable String type) {
        public static Legend above() {
            return new Legend(0, null);
        }

        public static Legend scrolling() {
            return new Legend(0, "scroll");
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Grid(int left, int right, int top, int bottom, @Nullable Boolean containLabel) {
        public static Grid of(int left, int right, int top, int bottom) {
            return new Grid(left, right, top, bottom, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Axis(String type, @Nullable List<String> data, @Nullable String name, @Nullable Integer nameGap,
                       @Nullable Integer min, @Nullable Shown splitLine, @Nullable AxisLabel axisLabel) {
        public static Axis category(List<String> data) {
            return new Axis("category", data, null, null, null, null, null);
        }

        public static Axis value() {
            return new Axis("value", null, null, null, null, null, null);
        }

        /**
         * A time axis whose ticks are written as the page's language writes a year, a month and a day: ECharts names
         * months in English ("Apr") unless told otherwise, and ships no Vietnamese.
         */
        public static Axis time(TimeLabels labels) {
            return new Axis("time", null, null, null, null, null, new AxisLabel(null, null, null, labels));
        }

        public Axis named(String name) {
            return new Axis(type, data, name, nameGap, min, splitLine, axisLabel);
        }

        public Axis nameGap(int gap) {
            return new Axis(type, data, name, gap, min, splitLine, axisLabel);
        }

        public Axis min(int least) {
            return new Axis(type, data, name, nameGap, least, splitLine, axisLabel);
        }

        /** A second axis draws no grid lines of its own: they would cross the first axis's. */
        public Axis noSplitLine() {
            return new Axis(type, data, name, nameGap, min, new Shown(false), axisLabel);
        }

        public Axis label(AxisLabel label) {
            return new Axis(type, data, name, nameGap, min, splitLine, label);
        }
    }

    public record Shown(boolean show) {
    }

    /**
     * A label of at most {@code width} pixels, broken onto more lines ("break") when longer; on a time axis, the
     * templates its ticks are written by.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AxisLabel(@Nullable Integer width, @Nullable String overflow, @Nullable Integer lineHeight, @Nullable TimeLabels formatter) {
        public AxisLabel(int width, String overflow, int lineHeight) {
            this(width, overflow, lineHeight, null);
        }
    }

    /**
     * ECharts' templates for a time axis's ticks at each level ({@code {yyyy}}, {@code {M}}, {@code {MMM}}, {@code {d}}),
     * from the page's messages ({@code chart.time.year}, {@code chart.time.month}, {@code chart.time.day}).
     */
    public record TimeLabels(String year, String month, String day) {
        public static TimeLabels of(java.util.function.Function<String, String> words) {
            return new TimeLabels(words.apply("chart.time.year"), words.apply("chart.time.month"), words.apply("chart.time.day"));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemStyle(@Nullable String color, @Nullable BigDecimal opacity) {
        public static ItemStyle colour(String colour) {
            return new ItemStyle(colour, null);
        }
    }

    /** "solid", "dashed" or "dotted". */
    public record LineStyle(String type) {
    }

    /** A vertical line at a category, labelled. */
    public record MarkLine(String symbol, Label label, List<At> data) {
        public static MarkLine at(String category, String label) {
            return new MarkLine("none", new Label(label), List.of(new At(category)));
        }

        public record Label(String formatter) {
        }

        public record At(String xAxis) {
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Series(String name, String type, List<@Nullable Datum> data, @Nullable String stack,
                         @Nullable ItemStyle itemStyle, @Nullable LineStyle lineStyle, @Nullable String symbol,
                         @Nullable Integer symbolSize, @Nullable String step, @Nullable Integer yAxisIndex,
                         @Nullable MarkLine markLine) {
        public static Series bar(String name, List<@Nullable Datum> data) {
            return new Series(name, "bar", data, null, null, null, null, null, null, null, null);
        }

        public static Series line(String name, List<@Nullable Datum> data) {
            return new Series(name, "line", data, null, null, null, null, null, null, null, null);
        }

        public static Series scatter(String name, List<@Nullable Datum> data) {
            return new Series(name, "scatter", data, null, null, null, null, null, null, null, null);
        }

        public Series stack(String group) {
            return new Series(name, type, data, group, itemStyle, lineStyle, symbol, symbolSize, step, yAxisIndex, markLine);
        }

        public Series colour(String colour) {
            return new Series(name, type, data, stack, ItemStyle.colour(colour), lineStyle, symbol, symbolSize, step, yAxisIndex, markLine);
        }

        public Series line(String style) {
            return new Series(name, type, data, stack, itemStyle, new LineStyle(style), symbol, symbolSize, step, yAxisIndex, markLine);
        }

        public Series symbol(@Nullable String shape, @Nullable Integer size) {
            return new Series(name, type, data, stack, itemStyle, lineStyle, shape, size, step, yAxisIndex, markLine);
        }

        /** "end": each value holds from its point until the next. */
        public Series step(String where) {
            return new Series(name, type, data, stack, itemStyle, lineStyle, symbol, symbolSize, where, yAxisIndex, markLine);
        }

        public Series onAxis(int index) {
            return new Series(name, type, data, stack, itemStyle, lineStyle, symbol, symbolSize, step, index, markLine);
        }

        public Series marked(MarkLine line) {
            return new Series(name, type, data, stack, itemStyle, lineStyle, symbol, symbolSize, step, yAxisIndex, line);
        }
    }

    /** One point of a series; a null in a series' data is a gap, not a zero. */
    public sealed interface Datum permits Amount, Faded, Dated {

        /** Each amount a point; a null amount a gap. */
        static List<@Nullable Datum> amounts(List<? extends @Nullable BigDecimal> values) {
            return values.stream().<@Nullable Datum>map(v -> v == null ? null : new Amount(v)).toList();
        }
    }

    /** A plain value, written as the number alone. */
    public record Amount(@JsonValue BigDecimal value) implements Datum {
    }

    /** A value drawn faded (a period holding only some of its months), not as a fall. */
    public record Faded(BigDecimal value, ItemStyle itemStyle) implements Datum {
        public static final BigDecimal OPACITY = new BigDecimal("0.4");

        public static Faded of(BigDecimal value) {
            return new Faded(value, new ItemStyle(null, OPACITY));
        }
    }

    /** A value on a time axis, named in its tooltip: written as {@code {name, value: [date, amount]}}. */
    public record Dated(String name, @JsonIgnore String date, @JsonIgnore BigDecimal amount) implements Datum {
        @JsonProperty("value")
        public List<Object> value() {
            return List.of(date, amount);
        }
    }

    /**
     * A map of regions shaded by their values (a choropleth), the one chart not on axes. Its shapes are not in the
     * option: the page's element names the map ({@code data-map}) and the address the workbench serves its GeoJSON at
     * ({@code data-map-shapes}), and bilateral.js registers them with ECharts before drawing. Each region's tooltip is
     * its own words ({@link Region#tip}, said in the page's language), and a region with a link is followed on a click.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MapChart(RegionTips tooltip, VisualMap visualMap, List<MapSeries> series) {
    }

    /** {@code shows}: "tip", each region's own words, which bilateral.js writes as the tooltip. */
    public record RegionTips(String trigger, String shows) {
        public static RegionTips tips() {
            return new RegionTips("item", "tip");
        }
    }

    /**
     * A continuous scale from {@code min} to {@code max} in the colours given (low to high), its ends labelled with the
     * words given (high first, as ECharts places them).
     */
    public record VisualMap(String type, BigDecimal min, BigDecimal max, List<String> text, boolean calculable, String left,
                            String bottom, InRange inRange) {
        public static VisualMap continuous(BigDecimal min, BigDecimal max, String high, String low, List<String> colours) {
            return new VisualMap("continuous", min, max, List.of(high, low), false, "left", "bottom", new InRange(colours));
        }
    }

    public record InRange(List<String> color) {
    }

    /**
     * The regions of a registered map, matched to its features by the property {@code nameProperty}; drawn as the
     * shapes' own coordinates are ({@code aspectScale} 1: shapes projected already are not squeezed again), not moved
     * or zoomed by the reader, not selected by a click (which follows the region's link instead).
     */
    public record MapSeries(String name, String type, String map, String nameProperty, BigDecimal aspectScale, boolean roam,
                            boolean selectedMode, List<Region> data) {
        public static MapSeries of(String name, String map, String nameProperty, List<Region> data) {
            return new MapSeries(name, "map", map, nameProperty, BigDecimal.ONE, false, false, data);
        }
    }

    /** A region by its feature's name; its value (none: drawn as without data), its tooltip's words and its page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Region(String name, @Nullable BigDecimal value, String tip, @Nullable String href) {
    }
}
