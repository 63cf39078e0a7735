package org.bilateral.policy;

import java.util.Arrays;
import java.util.Locale;

/** Where an ask stands between the two sides. */
public enum AskStatus {
    RAISED("raised"),
    UNDER_DISCUSSION("under discussion"),
    PARTLY_MET("partly met"),
    MET("met"),
    REJECTED("rejected"),
    DROPPED("dropped");

    private final String label;

    AskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AskStatus parse(String code) {
        try {
            return valueOf(code.strip().replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.bilateral.shared.InvalidValue("refusal.policy.notAStatus", org.bilateral.shared.Limits.shown(code),
                    String.join(", ", Arrays.stream(values()).map(AskStatus::code).toList()));
        }
    }
}
