package org.bilateral.tradestats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Splits one product's mirror gap. The importer is expected to record what the exporter shipped in the shifted window
 * (its year's figure plus timing), raised by the CIF/FOB factor when it values CIF; what is left is the residual.
 */
final class GapSplit {

    private GapSplit() {
    }

    static Mirror.Line line(String code, String label, BigDecimal exporterReports, BigDecimal importerReports,
                            BigDecimal timing, boolean importerValuesCif, BigDecimal factor) {
        BigDecimal gap = importerReports.subtract(exporterReports);
        BigDecimal shipped = exporterReports.add(timing);
        BigDecimal cifFob = importerValuesCif
                ? shipped.multiply(factor.subtract(BigDecimal.ONE)).setScale(2, RoundingMode.HALF_EVEN)
                : BigDecimal.ZERO.setScale(2);
        return new Mirror.Line(code, label, exporterReports, importerReports, gap, timing, cifFob,
                gap.subtract(timing).subtract(cifFob));
    }
}
