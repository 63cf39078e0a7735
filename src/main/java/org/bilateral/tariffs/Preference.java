package org.bilateral.tariffs;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.bilateral.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * A preferential rate as printed, and what it means where the source states the convention (see {@link PrintedRates}):
 * "2,9" and "2.9" are 2.9%; "*" is not eligible (notEligible, no rate); "0(-KR)" is 0 except for goods from KR
 * (exceptPartners); CPTPP "12,3; M: 15,3" is 12.3, and 15.3 for Mexico (partnerRates MX); "a/b" are several rates on a
 * line the agreement's decree splits (rate the lowest, highest the highest; a "*" part means part of the line is not
 * eligible); "0 (NHN: 50)" is 0 within the tariff quota and 50 outside it (highest). A value none of these conventions
 * reads, as the 17 "Q" of VN-EAEU, keeps its text with no rate ({@link #read()} false).
 *
 * @param ratePercent    the lowest rate printed, or null when none can be read or the line is not eligible
 * @param highestPercent the highest rate printed (a split or out-of-quota rate); equal to ratePercent otherwise
 * @param exceptPartners partners whose goods do not get the rate (any part of a split)
 * @param partnerRates   a partner's own rate (the lowest of its parts), CPTPP's Mexico
 */
public record Preference(Agreement agreement, String printed, @Nullable BigDecimal ratePercent,
                         @Nullable BigDecimal highestPercent, boolean notEligible, Set<CountryCode> exceptPartners,
                         Map<CountryCode, BigDecimal> partnerRates) {

    public Preference {
        exceptPartners = Set.copyOf(exceptPartners);
        partnerRates = Map.copyOf(partnerRates);
    }

    /** Whether the printed value was read by a stated convention: false for a value kept as text only ("Q"). */
    public boolean read() {
        return notEligible || ratePercent != null;
    }

    /** Whether a numeric rate is given to eligible goods: what a best preference is chosen among. */
    public boolean gives() {
        return !notEligible && ratePercent != null;
    }

    /** Whether the printed value carries a mark the source does not explain ("(GIC)" in AKFTA, "Q" in VN-EAEU). */
    public boolean unexplainedMark() {
        return !read() || printed.contains("GIC");
    }

    /** Whether the value splits the line into several rates, or quota and out-of-quota rates. */
    public boolean several() {
        return ratePercent != null && highestPercent != null && ratePercent.compareTo(highestPercent) != 0;
    }
}
