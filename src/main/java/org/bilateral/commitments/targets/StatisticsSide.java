package org.bilateral.commitments.targets;

import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;

/** Whose statistics measure purchases: the seller's exports to the buyer, or the buyer's imports from the seller. */
public enum StatisticsSide {
    PARTNER_EXPORTS, OUR_IMPORTS;

    /** "partner-exports" or "our_imports", as a form, a request or a command gives it. */
    public static StatisticsSide parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown statistics '" + org.bilateral.shared.Limits.shown(text)
                    + "': use partner-exports or our-imports", e);
        }
    }

    public CountryCode reporter(CountryCode buyer, CountryCode seller) {
        return this == PARTNER_EXPORTS ? seller : buyer;
    }

    public CountryCode partner(CountryCode buyer, CountryCode seller) {
        return this == PARTNER_EXPORTS ? buyer : seller;
    }

    public Flow flow() {
        return this == PARTNER_EXPORTS ? Flow.EXPORT : Flow.IMPORT;
    }

    public String label(CountryCode buyer, CountryCode seller) {
        return this == PARTNER_EXPORTS ? seller + " exports to " + buyer + " (" + seller + " statistics, " + valuation(seller) + ")"
                : buyer + " imports from " + seller + " (" + buyer + " statistics, " + valuation(seller) + ")";
    }

    /**
     * How the side's statistics value the goods: a page says the label in its language with the message
     * {@code attainment.side.<side>} over the reporter, the partner and this.
     */
    public String valuation(CountryCode seller) {
        // US export statistics (Census) are valued f.a.s., free alongside ship; most others FOB; imports CIF.
        return this == OUR_IMPORTS ? "CIF" : seller.value().equals("US") ? "FAS" : "FOB";
    }
}
