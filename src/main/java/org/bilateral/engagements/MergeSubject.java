package org.bilateral.engagements;

import java.util.Arrays;
import java.util.Locale;

/**
 * What two records proposed as one are: the register's people, organisations and engagements, and the commitments'
 * deals. Each module that holds records of a subject moves its references when a merge of it is confirmed.
 */
public enum MergeSubject {
    PERSON,
    ORGANISATION,
    ENGAGEMENT,
    DEAL;

    /** As stored in {@code merge_proposal.subject} and named in the messages ({@code merges.subject.person}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MergeSubject of(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a merge subject: " + code));
    }
}
