package org.bilateral.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.doors.ChartOptions;
import org.bilateral.doors.ChartOptions.Axis;
import org.bilateral.doors.ChartOptions.Dated;
import org.bilateral.doors.ChartOptions.Datum;
import org.bilateral.doors.ChartOptions.Grid;
import org.bilateral.doors.ChartOptions.Legend;
import org.bilateral.doors.ChartOptions.Series;
import org.bilateral.doors.ChartOptions.Tooltip;
import org.bilateral.policy.measures.TariffAction;
import org.jspecify.annotations.Nullable;

/**
 * The tariff page's step chart as a whole ECharts option: the rate on all goods from each date until the next, with
 * the court rulings, announcements and narrower rates marked on the day they came, each named by its instrument.
 */
public final class TariffChart {

    private TariffChart() {
    }

    public static ChartOptions of(TariffStakes t, java.util.function.Function<String, String> words) {
        return of(t, words, true);
    }

    /**
     * The chart; without {@code sourceWords} (a page in another language than the sources') each mark is named in the
     * workbench's words by message (what kind of action, "today"), not by the instrument and the words of the source,
     * which the table under the chart quotes.
     */
    public static ChartOptions of(TariffStakes t, java.util.function.Function<String, String> words, boolean sourceWords) {
        List<@Nullable Datum> rate = new ArrayList<>();
        if (!t.steps().isEmpty()) {
            // no additional duty before the first step: the line starts at zero a month before it
            rate.add(point(t.steps().get(0).from().minusMonths(1).toString(), BigDecimal.ZERO,
                    sourceWords ? "no additional duty" : words.apply("policyWords.chart.noDuty")));
        }
        for (RatePath.Step s : t.steps()) {
            rate.add(point(s.from().toString(), s.percent(), sourceWords ? s.instrument() : words.apply("policyWords.tariffKind.ALL_GOODS")));
        }
        BigDecimal today = t.rateToday();
        if (!t.steps().isEmpty() && today != null && t.today().isAfter(t.steps().get(t.steps().size() - 1).from())) {
            rate.add(point(t.today().toString(), today, sourceWords ? "today" : words.apply("policyWords.chart.today")));
        }
        List<@Nullable Datum> courts = new ArrayList<>();
        List<@Nullable Datum> others = new ArrayList<>();
        RatePath path = RatePath.of(t.actions());
        for (TariffAction a : t.actions()) {
            if (a.kind() == TariffAction.Kind.RULING) {
                courts.add(point(a.effective().toString(), path.on(a.effective()),
                        sourceWords ? a.instrument() : words.apply("policyWords.tariffKind." + a.kind().name())));
            } else if (a.kind() != TariffAction.Kind.ALL_GOODS) {
                // a narrower rate that has ended says so on its mark: the line of all goods shows only its own steps
                LocalDate until = t.until(a);
                others.add(point(a.effective().toString(), a.ratePercent() == null ? path.on(a.effective()) : a.ratePercent(),
                        (sourceWords ? a.kind().label() + ": " + a.appliesTo() : words.apply("policyWords.tariffKind." + a.kind().name()))
                                + (until == null ? "" : " (" + words.apply("chart.tariff.until") + " " + until + ")")));
            }
        }
        return new ChartOptions(Tooltip.item(), Legend.above(), Grid.of(50, 30, 56, 30), List.of(Axis.time(ChartOptions.TimeLabels.of(words))),
                List.of(Axis.value().named("%").min(0)), List.of(
                Series.line(words.apply("chart.tariff.rate"), rate).step("end").symbol(null, 6).colour("#1f4e79"),
                Series.scatter(words.apply("chart.tariff.court"), courts).symbol("diamond", 12).colour("#b3261e"),
                Series.scatter(words.apply("chart.tariff.other"), others).symbol("triangle", 11).colour("#f9a825")));
    }

    private static Datum point(String date, BigDecimal percent, String name) {
        return new Dated(name, date, percent);
    }
}
