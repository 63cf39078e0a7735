package org.bilateral.tradestats;

import java.math.BigDecimal;
import java.util.List;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsLevel;

/**
 * The mirror comparison: A's exports to B against B's imports from A, and the reverse. The gap
 * (importer's figure minus exporter's) splits into the CIF/FOB margin expected when the importer values
 * goods CIF, and a residual that timing, classification, valuation, transshipment or error must explain.
 */
public record Mirror(CountryCode a, CountryCode b, int year, HsLevel level, BigDecimal cifFobFactor,
                     Direction aToB, Direction bToA, List<Source> sources, boolean synthetic) {

    /**
     * @param importerValuation CIF, FOB or CV (customs value) as the importer's statistics record it
     * @param exporterMonths    months of the year the exporter's statistics cover (and importerMonths likewise)
     */
    public record Direction(CountryCode exporter, CountryCode importer, String importerValuation, int exporterMonths,
                            int importerMonths, Line total, List<Line> lines) {
    }

    public record Line(String code, String label, BigDecimal exporterReports, BigDecimal importerReports,
                       BigDecimal gap, BigDecimal cifFobMargin, BigDecimal residual) {
    }
}
