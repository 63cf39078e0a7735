package org.bilateral.engagements;

import java.util.Arrays;
import java.util.Locale;

/** Where a merge proposal stands: proposed until a person confirms or rejects it, and never proposed again after. */
public enum MergeStatus {
    PROPOSED,
    CONFIRMED,
    REJECTED;

    /** As stored in {@code merge_proposal.status} and named in the messages ({@code merges.status.proposed}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean open() {
        return this == PROPOSED;
    }

    public static MergeStatus of(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a merge status: " + code));
    }
}
