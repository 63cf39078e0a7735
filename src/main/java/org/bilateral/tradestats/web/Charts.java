package org.bilateral.tradestats.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bilateral.doors.ChartOptions;
import org.bilateral.doors.ChartOptions.Amount;
import org.bilateral.doors.ChartOptions.AxisLabel;
import org.bilateral.doors.ChartOptions.Axis;
import org.bilateral.doors.ChartOptions.Datum;
import org.bilateral.doors.ChartOptions.Faded;
import org.bilateral.doors.ChartOptions.Grid;
import org.bilateral.doors.ChartOptions.Legend;
import org.bilateral.doors.ChartOptions.Placed;
import org.bilateral.doors.ChartOptions.Series;
import org.bilateral.doors.ChartOptions.Tooltip;
import org.bilateral.doors.Figures;
import org.bilateral.tradestats.Balance;
import org.bilateral.tradestats.Mirror;
import org.jspecify.annotations.Nullable;

/**
 * The ECharts options of the balance and mirror pages, each placed in its element, in billions of dollars so axes read
 * as a negotiator speaks, series named in the page's language. A period holding only some of its months (its label
 * says which) is drawn faded, not as a fall.
 */
final class Charts {

    private static final String EXPORTS = "#2e7d32";
    private static final String IMPORTS = "#1f4e79";
    private static final String RED = "#b3261e";

    private Charts() {
    }

    /** The mirror page's chart alone: each direction's exporter record, the gap's parts, and the importer record. */
    static List<Placed> of(Mirror mirror, Function<String, String> words) {
        return List.of(mirror(mirror, words));
    }

    /**
     * @param said        a period as the page says it, with its months when not all are held ("2025 (Jan–Mar)")
     * @param sectorLabel a sector's name as the page says it (a not-allocated line's in the page's language)
     */
    static List<Placed> of(Balance trend, Balance composition, @Nullable String compositionYear, @Nullable Mirror mirror,
                           Function<Balance.Row, String> said, Function<Balance.Row, String> sectorLabel,
                           Function<String, String> words) {
        List<Placed> charts = new ArrayList<>(List.of(trend(trend, said, words), sectors(composition, compositionYear, sectorLabel, words)));
        if (mirror != null) {
            charts.add(mirror(mirror, words));
        }
        return charts;
    }

    private static Placed trend(Balance trend, Function<Balance.Row, String> said, Function<String, String> words) {
        List<String> periods = new ArrayList<>();
        List<@Nullable Datum> exports = new ArrayList<>();
        List<@Nullable Datum> imports = new ArrayList<>();
        List<BigDecimal> balance = new ArrayList<>();
        for (Balance.Row r : trend.rows()) {
            periods.add(said.apply(r));
            exports.add(point(Figures.billions(r.exports()), r.partial()));
            imports.add(point(Figures.billions(r.imports()), r.partial()));
            balance.add(Figures.billions(r.balance()));
        }
        return new Placed("chart-balance", null, new ChartOptions(Tooltip.axis().money(), Legend.above(), Grid.of(50, 20, 48, 30),
                List.of(Axis.category(periods)), List.of(Axis.value()), List.of(
                Series.bar(words.apply("common.exports"), exports).colour(EXPORTS),
                Series.bar(words.apply("common.imports"), imports).colour(IMPORTS),
                Series.line(words.apply("common.balance"), Datum.amounts(balance)).colour(RED))));
    }

    private static @Nullable Datum point(@Nullable BigDecimal value, boolean partial) {
        return value == null ? null : partial ? Faded.of(value) : new Amount(value);
    }

    /** Every sector named in full, the first at the top: the chart grows with their number, long names on two lines. */
    private static Placed sectors(Balance composition, @Nullable String year, Function<Balance.Row, String> sectorLabel,
                                  Function<String, String> words) {
        List<String> sectors = new ArrayList<>();
        List<BigDecimal> exports = new ArrayList<>();
        List<BigDecimal> imports = new ArrayList<>();
        composition.rows().stream().filter(r -> r.period().equals(year)).forEach(r -> {
            sectors.add(0, sectorLabel.apply(r));
            exports.add(0, Figures.billions(r.exports()));
            imports.add(0, Figures.billions(r.imports()));
        });
        return new Placed("chart-sectors", Math.max(340, 26 * sectors.size() + 70), new ChartOptions(
                Tooltip.axis().pointer("shadow").money(), Legend.above(), new Grid(8, 24, 36, 20, true), List.of(Axis.value()),
                List.of(Axis.category(sectors).label(new AxisLabel(210, "break", 13))), List.of(
                Series.bar(words.apply("common.exports"), Datum.amounts(exports)).colour(EXPORTS),
                Series.bar(words.apply("common.imports"), Datum.amounts(imports)).colour(IMPORTS))));
    }

    private static Placed mirror(Mirror mirror, Function<String, String> words) {
        List<String> directions = new ArrayList<>();
        List<BigDecimal> exporter = new ArrayList<>();
        List<BigDecimal> importer = new ArrayList<>();
        List<BigDecimal> timing = new ArrayList<>();
        List<BigDecimal> cifFob = new ArrayList<>();
        List<BigDecimal> residual = new ArrayList<>();
        for (Mirror.Direction d : List.of(mirror.aToB(), mirror.bToA())) {
            directions.add(d.exporter() + " → " + d.importer());
            exporter.add(Figures.billions(d.total().exporterReports()));
            importer.add(Figures.billions(d.total().importerReports()));
            timing.add(Figures.billions(d.total().timing()));
            cifFob.add(Figures.billions(d.total().cifFobMargin()));
            residual.add(Figures.billions(d.total().residual()));
        }
        // the importer's record beside the exporter's, stacked with the parts of the gap between them
        return new Placed("chart-mirror", null, new ChartOptions(Tooltip.axis().pointer("shadow").money(), Legend.above(),
                Grid.of(50, 20, 64, 30), List.of(Axis.category(directions)), List.of(Axis.value()), List.of(
                Series.bar(words.apply("brief.balance.exporterReports"), Datum.amounts(exporter)).stack("importer").colour("#90a4ae"),
                Series.bar(words.apply("mirror.timing"), Datum.amounts(timing)).stack("importer").colour("#7e57c2"),
                Series.bar(words.apply("mirror.cifMargin"), Datum.amounts(cifFob)).stack("importer").colour("#f9a825"),
                Series.bar(words.apply("mirror.residual"), Datum.amounts(residual)).stack("importer").colour(RED),
                Series.bar(words.apply("brief.balance.importerReports"), Datum.amounts(importer)).colour(IMPORTS))));
    }
}
