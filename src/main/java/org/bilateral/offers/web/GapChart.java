package org.bilateral.offers.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import org.bilateral.doors.ChartOptions;
import org.bilateral.doors.ChartOptions.Axis;
import org.bilateral.doors.ChartOptions.Datum;
import org.bilateral.doors.ChartOptions.Grid;
import org.bilateral.doors.ChartOptions.Legend;
import org.bilateral.doors.ChartOptions.Series;
import org.bilateral.doors.ChartOptions.Tooltip;
import org.bilateral.offers.GapLine;
import org.bilateral.offers.PreferenceGap;

/**
 * The gap's chart: the products with the largest duty disadvantage, a bar each, in millions of dollars, beside what the
 * US sells of them, largest first as the table lists them.
 */
final class GapChart {

    /** The bars a chart can still label legibly. */
    static final int BARS = 15;

    private GapChart() {
    }

    static ChartOptions of(PreferenceGap gap, Function<String, String> words) {
        List<GapLine> shown = gap.lines().stream().filter(l -> l.dutyDisadvantageUsd().signum() > 0).limit(BARS).toList();
        List<String> codes = shown.stream().map(l -> l.code().digits()).toList();
        return new ChartOptions(Tooltip.axis().pointer("shadow"), Legend.above(), Grid.of(60, 20, 40, 60), List.of(Axis.category(codes)),
                List.of(Axis.value().named(words.apply("gap.chart.millions"))),
                List.of(Series.bar(words.apply("gap.chart.disadvantage"), Datum.amounts(shown.stream().map(l -> millions(l.dutyDisadvantageUsd())).toList()))
                        .colour("#b3261e")));
    }

    /** Dollars in millions to the thousand (three places), as the axis reads them. */
    static BigDecimal millions(BigDecimal usd) {
        return usd.movePointLeft(6).setScale(3, RoundingMode.HALF_EVEN);
    }
}
