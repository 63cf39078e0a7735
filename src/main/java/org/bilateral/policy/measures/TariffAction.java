package org.bilateral.policy.measures;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One dated row of the tariff history: a rate on some goods from a date, or a ruling or scope change without one.
 *
 * @param ratePercent null for rulings and scope changes
 */
public record TariffAction(LocalDate effective, @Nullable BigDecimal ratePercent, String appliesTo, String instrument,
                           @Nullable String sourceUrl, @Nullable String note, Kind kind) {

    /**
     * The row's rate, for the kinds that carry one: {@link Kind#of} gives a row without a rate only the kinds of a ruling
     * or a change of scope, so a rate on all goods or on transshipped goods always has its rate.
     */
    public BigDecimal rate() {
        if (ratePercent == null) {
            throw new IllegalStateException("the " + kind.label() + " row of " + effective + " carries no rate");
        }
        return ratePercent;
    }

    /** What a row does to the rate on the partner's goods; read from its "applies to" column, as the file words it. */
    public enum Kind {
        /** The rate on all the partner's goods from this date, until the next such row. */
        ALL_GOODS("rate on all goods"),
        /** A rate for goods found to be transshipped; which goods is a customs finding the statistics do not carry. */
        TRANSSHIPPED_GOODS("rate on transshipped goods"),
        /** A rate for a subset of products (an exemption, a list); the list is not in the reference data. */
        SOME_PRODUCTS("rate on some products"),
        /** Announced or promised, not in force. */
        ANNOUNCED("announced, not in force"),
        /** A court's ruling, stay, grant or hearing on the legal basis of the tariffs. */
        RULING("court"),
        /** A change of scope without a rate of its own. */
        SCOPE_CHANGE("scope change");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /**
         * The kind of a row by its words. Rulings and scope changes carry no rate; announcements say "announced",
         * "not yet" or "future"; the rest apply to all goods ("all articles", "all goods", "originating goods", duties
         * "ended") or to transshipped goods or some products.
         */
        public static Kind of(@Nullable BigDecimal rate, String appliesTo) {
            String text = appliesTo.toLowerCase(Locale.ROOT);
            if (rate == null) {
                return text.startsWith("court") ? RULING : SCOPE_CHANGE;
            }
            if (text.contains("announced") || text.contains("not yet") || text.contains("future")) {
                return ANNOUNCED;
            }
            if (text.contains("transship")) {
                return TRANSSHIPPED_GOODS;
            }
            if (text.startsWith("all ") || text.startsWith("originating goods") || text.contains(" ended")) {
                return ALL_GOODS;
            }
            return SOME_PRODUCTS;
        }
    }
}
