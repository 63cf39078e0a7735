package org.bilateral.policy;

import java.util.Locale;

/**
 * The policy topics a negotiator tracks. The first four are the issues the press-release reader finds, in the words of
 * the extraction contract; asks may also be about market access, non-tariff barriers, digital trade or anything else.
 */
public enum PolicyTopic {
    MARKET_ECONOMY_STATUS("Market-economy status", true),
    EXPORT_CONTROLS("Export controls", true),
    TRADE_FRAUD("Trade fraud and transshipment", true),
    TARIFFS("Tariffs", true),
    MARKET_ACCESS("Market access", false),
    NON_TARIFF_BARRIERS("Non-tariff barriers", false),
    DIGITAL_TRADE("Digital trade", false),
    OTHER("Other", false);

    private final String label;
    private final boolean issue;

    PolicyTopic(String label, boolean issue) {
        this.label = label;
        this.issue = issue;
    }

    /** Whether the press-release reader looks for this topic as an issue raised. */
    public boolean isIssue() {
        return issue;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A topic by its code ("trade_fraud"; "trade-fraud" too); refused, naming the topics, when it is none. */
    public static PolicyTopic parse(String code) {
        try {
            return valueOf(code.strip().replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.bilateral.shared.InvalidValue("refusal.policy.notATopic", org.bilateral.shared.Limits.shown(code), String.join(", ",
                    java.util.Arrays.stream(values()).map(PolicyTopic::code).toList()));
        }
    }
}
