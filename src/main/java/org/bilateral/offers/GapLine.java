package org.bilateral.offers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsCode;
import org.bilateral.tariffs.Agreement;
import org.jspecify.annotations.Nullable;

/**
 * One product: Vietnam's imports from the US, what US goods pay (MFN avg/min/max over the schedule's priced lines under the
 * code), the best rate a competitor pays under an agreement (per line the lowest any other partner pays, the MFN rate where
 * none does better; then the average over the priced lines; null when no line has a preference below its MFN rate), which
 * agreements give it and which partners, the margin (MFN avg − best avg, percentage points; 0 without a preference),
 * competitors' imports from those partners (null when no statistics of Vietnam's imports from any of them are held for the
 * year, or there are none), and the duty US goods pay above them (imports × margin).
 *
 * @param lines         the schedule's lines under the code
 * @param linesUnpriced those without a numeric MFN rate (Chapter 98 references): listed, never taken as zero
 */
public record GapLine(HsCode code, BigDecimal importsFromUsUsd, BigDecimal mfnAveragePercent, BigDecimal mfnMinPercent,
                      BigDecimal mfnMaxPercent, @Nullable BigDecimal bestPreferencePercent, List<Agreement> agreements,
                      Set<CountryCode> favouredPartners, @Nullable BigDecimal favouredImportsUsd, BigDecimal marginPoints,
                      BigDecimal dutyDisadvantageUsd, int lines, int linesUnpriced) {

    public GapLine {
        agreements = List.copyOf(agreements);
        favouredPartners = Set.copyOf(favouredPartners);
    }

    /**
     * The duty the favoured competitors are spared on what they sell (their imports × margin): how much the preference is
     * worth to them, the order of the products the US does not sell yet. Null where their imports are not known.
     */
    public @Nullable BigDecimal competitorsSparedUsd() {
        return favouredImportsUsd == null ? null : PreferenceGaps.duty(favouredImportsUsd, marginPoints);
    }
}
