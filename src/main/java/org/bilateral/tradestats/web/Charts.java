package org.bilateral.tradestats.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.tradestats.Balance;
import org.bilateral.tradestats.Mirror;

/** The series the page's ECharts draw, in billions of dollars so axes read as a negotiator speaks. */
record Charts(List<String> periods, List<BigDecimal> exports, List<BigDecimal> imports, List<BigDecimal> balance,
              String compositionYear, List<String> sectors, List<BigDecimal> sectorExports, List<BigDecimal> sectorImports,
              int mirrorYear, List<String> mirrorDirections, List<BigDecimal> exporterReports,
              List<BigDecimal> importerReports, List<BigDecimal> timing, List<BigDecimal> cifFob,
              List<BigDecimal> residual) {

    private static final BigDecimal BILLION = new BigDecimal("1000000000");

    static Charts of(Balance trend, Balance composition, String compositionYear, Mirror mirror) {
        List<String> periods = new ArrayList<>();
        List<BigDecimal> exports = new ArrayList<>();
        List<BigDecimal> imports = new ArrayList<>();
        List<BigDecimal> balance = new ArrayList<>();
        for (Balance.Row r : trend.rows()) {
            periods.add(r.period());
            exports.add(billions(r.exports()));
            imports.add(billions(r.imports()));
            balance.add(billions(r.balance()));
        }
        List<String> sectors = new ArrayList<>();
        List<BigDecimal> sectorExports = new ArrayList<>();
        List<BigDecimal> sectorImports = new ArrayList<>();
        composition.rows().stream().filter(r -> r.period().equals(compositionYear)).forEach(r -> {
            sectors.add(r.label());
            sectorExports.add(billions(r.exports()));
            sectorImports.add(billions(r.imports()));
        });
        List<String> directions = new ArrayList<>();
        List<BigDecimal> exporter = new ArrayList<>();
        List<BigDecimal> importer = new ArrayList<>();
        List<BigDecimal> timing = new ArrayList<>();
        List<BigDecimal> cifFob = new ArrayList<>();
        List<BigDecimal> residual = new ArrayList<>();
        if (mirror != null) {
            for (Mirror.Direction d : List.of(mirror.aToB(), mirror.bToA())) {
                directions.add(d.exporter() + " → " + d.importer());
                exporter.add(billions(d.total().exporterReports()));
                importer.add(billions(d.total().importerReports()));
                timing.add(billions(d.total().timing()));
                cifFob.add(billions(d.total().cifFobMargin()));
                residual.add(billions(d.total().residual()));
            }
        }
        return new Charts(periods, exports, imports, balance, compositionYear, sectors, sectorExports, sectorImports,
                mirror == null ? 0 : mirror.year(), directions, exporter, importer, timing, cifFob, residual);
    }

    private static BigDecimal billions(BigDecimal value) {
        return value == null ? null : value.divide(BILLION, 3, java.math.RoundingMode.HALF_EVEN);
    }
}
