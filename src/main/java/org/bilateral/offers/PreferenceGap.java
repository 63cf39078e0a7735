package org.bilateral.offers;

import java.math.BigDecimal;
import java.util.List;
import org.bilateral.shared.HsCode;
import org.bilateral.tariffs.Schedule;

/**
 * The preference gap of a year against the schedule in force on a day: the products Vietnam imports from the US, largest
 * duty disadvantage first ({@code lines}, the top asked for); the totals over every product, not only those shown.
 *
 * @param months          the months of statistics the year holds (12 for a whole year)
 * @param competitorsOnly products Vietnam imports from the world but not from the US while partners favoured by an agreement
 *                        sell it under a preference: where US goods would start behind, largest spared duty first
 *                        ({@link GapLine#competitorsSparedUsd()}); empty when Vietnam's imports from the world are not held
 * @param unpriced        products whose every line under the code is unpriced (or that are not in the schedule): not in the
 *                        gap, listed with their imports
 */
public record PreferenceGap(int year, Schedule schedule, List<GapLine> lines, BigDecimal importsFromUsUsd,
                            BigDecimal dutyDisadvantageUsd, boolean synthetic, int months, List<GapLine> competitorsOnly,
                            List<UnpricedProduct> unpriced) {

    public PreferenceGap {
        lines = List.copyOf(lines);
        competitorsOnly = List.copyOf(competitorsOnly);
        unpriced = List.copyOf(unpriced);
    }

    /** A product of the US's whose lines have no numeric MFN rate, or that the schedule does not hold (lines 0). */
    public record UnpricedProduct(HsCode code, BigDecimal importsFromUsUsd, int lines) {
    }
}
