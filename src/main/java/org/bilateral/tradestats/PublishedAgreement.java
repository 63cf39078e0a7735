package org.bilateral.tradestats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * How far the imported statistics stray from a published headline figure: the difference as a fraction of the published
 * figure, and whether it passes the tolerance.
 */
final class PublishedAgreement {

    private PublishedAgreement() {
    }

    /**
     * The imported figure for the period: the sum of its months when every month is held, else the year's own figure
     * when the period is a calendar year held whole (null when neither).
     */
    static @Nullable BigDecimal imported(PublishedStore.Row row) {
        return row.months() == row.period().months() ? row.monthly() : row.annual();
    }

    static PublishedComparison compare(PublishedStore.Row row, BigDecimal tolerance) {
        BigDecimal imported = imported(row);
        BigDecimal difference = imported == null ? null : imported.subtract(row.published());
        BigDecimal relative = difference == null || row.published().signum() == 0 ? null
                : difference.divide(row.published(), 4, RoundingMode.HALF_EVEN);
        return new PublishedComparison(row.period().toString(), row.reporter(), row.partner(),
                row.flow().equals("X") ? "export" : "import", row.published(), imported, difference, relative,
                relative != null && relative.abs().compareTo(tolerance) > 0, row.statisticsOf(), row.sourceUrl(),
                row.note());
    }
}
