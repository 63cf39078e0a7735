package org.bilateral.hill.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.bilateral.doors.ChartOptions;
import org.bilateral.doors.ChartOptions.Amount;
import org.bilateral.doors.ChartOptions.Axis;
import org.bilateral.doors.ChartOptions.Datum;
import org.bilateral.doors.ChartOptions.Faded;
import org.bilateral.doors.ChartOptions.Grid;
import org.bilateral.doors.ChartOptions.Legend;
import org.bilateral.doors.ChartOptions.Series;
import org.bilateral.doors.ChartOptions.Tooltip;
import org.bilateral.doors.Figures;
import org.bilateral.hill.StateMap;
import org.bilateral.tradestats.StateTrade;
import org.jspecify.annotations.Nullable;

/**
 * The Hill's charts, built on the server: the map of the states shaded by their trade with the partner (each region's
 * tooltip its figure in the page's language, each leading to the state's page), and a state's trade by year in
 * millions of dollars, a year holding only some of its months drawn faded, not as a fall.
 */
final class HillCharts {

    /** The name the map's shapes are registered under, and where the workbench serves them. */
    static final String MAP = "us-states";
    static final String SHAPES = "/hill/states.geojson";

    private static final String EXPORTS = "#2e7d32";
    private static final String IMPORTS = "#1f4e79";
    private static final List<String> VALUES = List.of("#e3edf6", "#1f4e79");
    private static final List<String> CHANGES = List.of("#b3261e", "#f4f4f4", "#2e7d32");

    private HillCharts() {
    }

    /**
     * The map: every one of the 51 regions, valued by what it is shaded by (none where no figure is held), its tooltip
     * the state's name and figure, its link the state's page.
     *
     * @param tip a region's tooltip, said by the page
     */
    static ChartOptions.MapChart map(StateMap.View view, Function<StateMap.Region, String> tip, Function<String, String> words, Locale locale) {
        List<ChartOptions.Region> regions = new ArrayList<>();
        for (StateMap.Region r : view.regions()) {
            regions.add(new ChartOptions.Region(r.state().state().usps(), r.shade(view.by()), tip.apply(r),
                    "/hill/states/" + r.state().state().usps()));
        }
        BigDecimal largest = view.largest();
        ChartOptions.VisualMap scale = view.by() == StateMap.Shading.CHANGE
                ? ChartOptions.VisualMap.continuous(largest.negate(), largest, "+" + Figures.share(largest, locale),
                        "−" + Figures.share(largest, locale), CHANGES)
                : ChartOptions.VisualMap.continuous(BigDecimal.ZERO, largest, Figures.usdAmount(largest, locale),
                        Figures.usdAmount(BigDecimal.ZERO, locale), VALUES);
        return new ChartOptions.MapChart(ChartOptions.RegionTips.tips(), scale,
                List.of(ChartOptions.MapSeries.of(words.apply("hill.map.shading." + view.by().code()), MAP, "usps", regions)));
    }

    /** A state's exports to and imports from the partner by year, in millions of dollars. */
    static ChartOptions years(List<StateTrade.StateYear> exports, List<StateTrade.StateYear> imports, Function<String, String> words) {
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
        exports.forEach(y -> years.add(y.year()));
        imports.forEach(y -> years.add(y.year()));
        List<String> categories = years.stream().map(String::valueOf).toList();
        return new ChartOptions(Tooltip.axis().money(), Legend.above(), Grid.of(60, 20, 40, 30), List.of(Axis.category(categories)),
                List.of(Axis.value().named(words.apply("hill.chart.millions"))),
                List.of(Series.bar(words.apply("common.exports"), points(exports, years)).colour(EXPORTS),
                        Series.bar(words.apply("common.imports"), points(imports, years)).colour(IMPORTS)));
    }

    private static List<@Nullable Datum> points(List<StateTrade.StateYear> flow, java.util.SortedSet<Integer> years) {
        List<@Nullable Datum> points = new ArrayList<>();
        for (int year : years) {
            Datum point = null;
            for (StateTrade.StateYear y : flow) {
                if (y.year() == year) {
                    BigDecimal millions = y.valueUsd().movePointLeft(6).setScale(1, RoundingMode.HALF_EVEN);
                    point = y.months() < 12 ? Faded.of(millions) : new Amount(millions);
                }
            }
            points.add(point);
        }
        return points;
    }
}
