package org.bilateral.policy;

import java.util.Locale;

/** The policy issues a negotiator tracks, in the words of the extraction contract. */
public enum PolicyTopic {
    MARKET_ECONOMY_STATUS("Market-economy status"),
    EXPORT_CONTROLS("Export controls"),
    TRADE_FRAUD("Trade fraud and transshipment"),
    TARIFFS("Tariffs");

    private final String label;

    PolicyTopic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PolicyTopic parse(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
