package org.bilateral.engagements;

import java.util.Locale;

/** The kinds of engagement: meetings, calls, visits, business forums, signings and negotiation rounds. */
public enum EngagementKind {
    MEETING, CALL, VISIT, BUSINESS_FORUM, SIGNING, NEGOTIATION_ROUND, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EngagementKind parse(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
    }
}
