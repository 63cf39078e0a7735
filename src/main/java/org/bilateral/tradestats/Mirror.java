package org.bilateral.tradestats;

import java.math.BigDecimal;
import java.util.List;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsLevel;

/**
 * The mirror comparison: A's exports to B against B's imports from A, and the reverse. The gap
 * (importer's figure minus exporter's) splits into timing (goods shipped in the last weeks of the year
 * before arrive in this one, and this year's last shipments arrive next year), the margin expected when the importer
 * values goods CIF and the exporter FOB (or FAS, free alongside ship, as the US Census Bureau values exports), and a residual that classification, valuation, transshipment or
 * error must explain.
 */
public record Mirror(CountryCode a, CountryCode b, int year, HsLevel level, BigDecimal cifFobFactor,
                     int shippingLagMonths, Direction aToB, Direction bToA, List<Source> sources, boolean synthetic) {

    /** Whether either side has statistics of the year at all: without, every figure would be a zero that says nothing. */
    public boolean hasStatistics() {
        return aToB.exporterMonths() + aToB.importerMonths() + bToA.exporterMonths() + bToA.importerMonths() > 0;
    }

    /**
     * @param importerValuation CIF, FOB or CV (customs value) as the importer's statistics record it
     * @param exporterMonths    months of the year the exporter's statistics cover (and importerMonths likewise)
     * @param timingEstimated   whether the exporter's monthly statistics cover the months timing needs
     * @param exporterValuation FOB, or FAS (free alongside ship) as US Census export statistics are valued; empty without
     */
    public record Direction(CountryCode exporter, CountryCode importer, String importerValuation, int exporterMonths,
                            int importerMonths, boolean timingEstimated, Line total, List<Line> lines,
                            String exporterValuation) {

        /** The margin a CIF import record shows over the exporter's record: "CIF/FAS" against US exports, else "CIF/FOB". */
        public String marginName() {
            return "CIF/" + ("FAS".equals(exporterValuation) ? "FAS" : "FOB");
        }
    }

    /** gap = timing + cifFobMargin + residual. */
    public record Line(String code, String label, BigDecimal exporterReports, BigDecimal importerReports,
                       BigDecimal gap, BigDecimal timing, BigDecimal cifFobMargin, BigDecimal residual) {

        /**
         * What the importer records for each dollar the exporter records (1.08: 8% more, about what freight and
         * insurance add); null when the exporter records nothing, as no ratio can be said.
         */
        public BigDecimal ratio() {
            return exporterReports == null || exporterReports.signum() == 0 || importerReports == null ? null
                    : importerReports.divide(exporterReports, 4, java.math.RoundingMode.HALF_EVEN);
        }
    }
}
