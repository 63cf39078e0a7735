package org.bilateral.commitments.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilateral.commitments.targets.Attainment;
import org.bilateral.commitments.targets.Projection;
import org.bilateral.doors.ChartOptions;
import org.bilateral.doors.ChartOptions.Axis;
import org.bilateral.doors.ChartOptions.Datum;
import org.bilateral.doors.ChartOptions.Grid;
import org.bilateral.doors.ChartOptions.Legend;
import org.bilateral.doors.ChartOptions.Series;
import org.bilateral.doors.ChartOptions.Tooltip;
import org.bilateral.doors.Figures;
import org.jspecify.annotations.Nullable;
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
        List<Series> series = new ArrayList<>();
        // Above a baseline, each side's target is its own baseline plus the amount: one target bar per side then.
        boolean oneTarget = oneTarget(a);
        for (Attainment.Side s : oneTarget ? a.sides().stream().limit(1).toList() : a.sides()) {
            series.add(Series.bar(oneTarget ? word("attainment.target") : word("attainment.targetOf", said(a, s)),
                    amounts(s.years().stream().map(y -> bn(y.targetUsd())).toList())));
        }
        for (Attainment.Side s : a.sides()) {
            series.add(Series.bar(word("attainment.actualOf", said(a, s)), amounts(s.years().stream().map(y -> bn(y.actualUsd())).toList())));
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
                    Series.line(word("attainment.illustrativeTarget"),
                            amounts(s.months().stream().map(m -> bn(m.illustrativeTargetUsd())).toList())).line("dashed"),
                    Series.bar(word("attainment.actualOf", said(a, s)),
                            amounts(s.months().stream().map(m -> bn(m.actualUsd())).toList()))))));
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
        List<Series> series = new ArrayList<>();
        for (Attainment.Side s : oneTarget ? List.of(longest) : withMonths) {
            series.add(Series.line(oneTarget ? word("attainment.targetSoFar") : word("attainment.targetSoFarOf", said(a, s)),
                    amounts(running(s, months, true))).line("dashed").symbol("none", null));
        }
        for (Attainment.Side s : withMonths) {
            series.add(Series.line(word("attainment.actualSoFarOf", said(a, s)), amounts(running(s, months, false))));
        }
        return new Chart("attainment.chartCumulative", option(months, series));
    }

    /** The running sum over these months of a side's target or actual; null after the side's last month. */
    private static List<@Nullable BigDecimal> running(Attainment.Side s, List<String> months, boolean target) {
        Map<String, Attainment.Month> byMonth = new LinkedHashMap<>();
        s.months().forEach(m -> byMonth.put(m.month().toString(), m));
        List<@Nullable BigDecimal> sums = new ArrayList<>();
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
        List<String> years = p.years().stream().map(y -> String.valueOf(y.year())).toList();
        return write(new ChartOptions(Tooltip.axis(), Legend.above(), Grid.of(60, 70, 70, 30), List.of(Axis.category(years)),
                List.of(Axis.value().named(word("projection.axisGap")),
                        Axis.value().named(word("projection.axisDeliveries")).noSplitLine()),
                List.of(Series.bar(word("deal.deliveries"), amounts(p.years().stream().map(y -> bn(y.expectedUsd())).toList())).onAxis(1),
                        Series.line(word("projection.gapWithout"), amounts(p.years().stream().map(y -> bn(y.gapWithoutDealsUsd())).toList())),
                        Series.line(word("projection.gapWith"), amounts(p.years().stream().map(y -> bn(y.gapWithDealsUsd())).toList())))));
    }

    /** The legend above the plot, the plot far enough below it that no legend line covers a tick. */
    private String option(List<String> categories, List<Series> series) {
        // long series names wrap the legend onto a line each two series: the plot starts below its last line
        return write(new ChartOptions(Tooltip.axis(), Legend.above(), Grid.of(60, 20, 40 + 24 * ((series.size() + 1) / 2), 30),
                List.of(Axis.category(categories)), List.of(Axis.value().named(word("attainment.axis")).nameGap(12)), series));
    }

    private String write(ChartOptions chart) {
        return json.writeValueAsString(chart);
    }

    private static List<@Nullable Datum> amounts(List<? extends @Nullable BigDecimal> values) {
        return Datum.amounts(values);
    }

    /** A side's label in the page's language: "US exports to VN (US statistics, FAS)", "Xuất khẩu của US sang VN (…)". */
    private String said(Attainment a, Attainment.Side s) {
        var buyer = a.target().buyer();
        var seller = a.target().seller();
        return word("attainment.side." + s.side().name(), s.side().reporter(buyer, seller), s.side().partner(buyer, seller),
                s.side().valuation(seller));
    }

    private String word(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static @Nullable BigDecimal bn(@Nullable BigDecimal v) {
        return Figures.billions(v);
    }
}
