package org.bilateral.tradestats.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.tradestats.Balance;
import org.bilateral.tradestats.Mirror;
import org.bilateral.doors.Figures;
import org.jspecify.annotations.Nullable;

/**
 * The series the page's ECharts draw, in billions of dollars so axes read as a negotiator speaks; {@code partial} says
 * which periods hold only some of their months, whose bars are drawn faded beside their label's months.
 */
record Charts(List<String> periods, List<BigDecimal> exports, List<BigDecimal> imports, List<BigDecimal> balance,
              @Nullable String compositionYear, List<String> sectors, List<BigDecimal> sectorExports, List<BigDecimal> sectorImports,
              int mirrorYear, List<String> mirrorDirections, List<BigDecimal> exporterReports,
              List<BigDecimal> importerReports, List<BigDecimal> timing, List<BigDecimal> cifFob,
              List<BigDecimal> residual, List<Boolean> partial) {

    /** The mirror page's chart alone: each direction's exporter record, the gap's parts, and the importer record. */
    static Charts of(Mirror mirror) {
        Balance none = new Balance(mirror.a(), mirror.b(), org.bilateral.shared.Granularity.YEAR, mirror.level(), List.of(), List.of(), mirror.synthetic(), List.of());
        return of(none, none, null, mirror, Balance.Row::period, Balance.Row::label);
    }

    /**
     * @param said        a period as the page says it, with its months when not all are held ("2025 (Jan–Mar)")
     * @param sectorLabel a sector's name as the page says it (a not-allocated line's in the page's language)
     */
    static Charts of(Balance trend, Balance composition, @Nullable String compositionYear, @Nullable Mirror mirror,
                     java.util.function.Function<Balance.Row, String> said,
                     java.util.function.Function<Balance.Row, String> sectorLabel) {
        List<String> periods = new ArrayList<>();
        List<BigDecimal> exports = new ArrayList<>();
        List<BigDecimal> imports = new ArrayList<>();
        List<BigDecimal> balance = new ArrayList<>();
        List<Boolean> partial = new ArrayList<>();
        for (Balance.Row r : trend.rows()) {
            partial.add(r.partial());
            periods.add(said.apply(r));
            exports.add(Figures.billions(r.exports()));
            imports.add(Figures.billions(r.imports()));
            balance.add(Figures.billions(r.balance()));
        }
        List<String> sectors = new ArrayList<>();
        List<BigDecimal> sectorExports = new ArrayList<>();
        List<BigDecimal> sectorImports = new ArrayList<>();
        composition.rows().stream().filter(r -> r.period().equals(compositionYear)).forEach(r -> {
            sectors.add(sectorLabel.apply(r));
            sectorExports.add(Figures.billions(r.exports()));
            sectorImports.add(Figures.billions(r.imports()));
        });
        MirrorSeries m = MirrorSeries.of(mirror);
        return new Charts(periods, exports, imports, balance, compositionYear, sectors, sectorExports, sectorImports,
                mirror == null ? 0 : mirror.year(), m.directions(), m.exporter(), m.importer(), m.timing(), m.cifFob(),
                m.residual(), partial);
    }

    /** The mirror chart's series: each direction's exporter record, the gap's parts and the importer record; none without a mirror. */
    private record MirrorSeries(List<String> directions, List<BigDecimal> exporter, List<BigDecimal> importer,
                                List<BigDecimal> timing, List<BigDecimal> cifFob, List<BigDecimal> residual) {

        static MirrorSeries of(@Nullable Mirror mirror) {
            MirrorSeries series = new MirrorSeries(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>());
            if (mirror != null) {
                for (Mirror.Direction d : List.of(mirror.aToB(), mirror.bToA())) {
                    series.directions().add(d.exporter() + " → " + d.importer());
                    series.exporter().add(Figures.billions(d.total().exporterReports()));
                    series.importer().add(Figures.billions(d.total().importerReports()));
                    series.timing().add(Figures.billions(d.total().timing()));
                    series.cifFob().add(Figures.billions(d.total().cifFobMargin()));
                    series.residual().add(Figures.billions(d.total().residual()));
                }
            }
            return series;
        }
    }
}
