package org.bilateral.tradestats;

import java.math.BigDecimal;
import java.util.List;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsLevel;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

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
     * @param notComparable     the chapters set apart because a side holds them only coarser than the level asked
     */
    public record Direction(CountryCode exporter, CountryCode importer, String importerValuation, int exporterMonths,
                            int importerMonths, boolean timingEstimated, Line total, List<Line> lines,
                            String exporterValuation, List<NotComparable> notComparable) {

        /** The margin a CIF import record shows over the exporter's record: "CIF/FAS" against US exports, else "CIF/FOB". */
        public String marginName() {
            return "CIF/" + ("FAS".equals(exporterValuation) ? "FAS" : "FOB");
        }
    }

    /**
     * A chapter whose headings (or subheadings) cannot be compared at the level asked, because a side holds it only
     * coarser: missing detail is not a discrepancy. Its products are left out of the lines, the total and its residual;
     * both sides' figures for the whole chapter, which do compare, are shown apart. By sector, the sectors a side's
     * not-allocated chapter may belong to (furniture and other goods for chapter 94) are set apart together with it, and
     * the figures are their sums, which cover the same codes on both sides; chapter then names the chapters ("84 94").
     *
     * @param exporterReports the exporter's figure for the whole chapter (null where it reports none)
     * @param coarse          each side holding the chapter coarser than the level asked
     */
    public record NotComparable(String chapter, String label, @Nullable BigDecimal exporterReports,
                                @Nullable BigDecimal importerReports,
                                List<Coarse> coarse) {

        /** Why the chapter's products are not compared, naming the side and the chapter; in JSON too. */
        @JsonProperty("reason")
        public String reason() {
            return "not comparable at this level (" + String.join("; ", coarse.stream().map(Coarse::says).toList()) + ")";
        }
    }

    /**
     * One side's holding of a chapter coarser than the level asked.
     *
     * @param heldAt   the finest level the side holds the whole chapter at: HS2 or HS4
     * @param detailed how much of the chapter the side details at the level asked: zero when nothing
     * @param whole    the side's figure for the whole chapter
     */
    public record Coarse(CountryCode reporter, String chapter, String heldAt, BigDecimal detailed, BigDecimal whole) {

        public String says() {
            if (chapter.isEmpty()) {
                return reporter.value() + " reports " + whole.subtract(detailed).toPlainString() + " with no product named";
            }
            String what = (chapter.length() == 4 ? "heading " : "chapter ") + chapter;
            return detailed.signum() == 0 ? reporter.value() + " reports " + what + " at " + heldAt + " only"
                    : reporter.value() + " details only " + detailed.toPlainString() + " of " + what + "'s "
                            + whole.toPlainString() + " below " + heldAt;
        }
    }

    /** gap = timing + cifFobMargin + residual. */
    public record Line(String code, String label, BigDecimal exporterReports, BigDecimal importerReports,
                       BigDecimal gap, BigDecimal timing, BigDecimal cifFobMargin, BigDecimal residual) {

        /**
         * What the importer records for each dollar the exporter records (1.08: 8% more, about what freight and
         * insurance add); null when the exporter records nothing, as no ratio can be said.
         */
        public @Nullable BigDecimal ratio() {
            return exporterReports == null || exporterReports.signum() == 0 || importerReports == null ? null
                    : importerReports.divide(exporterReports, 4, java.math.RoundingMode.HALF_EVEN);
        }
    }
}
