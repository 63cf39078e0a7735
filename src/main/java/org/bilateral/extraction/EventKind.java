package org.bilateral.extraction;

import java.util.Locale;

/** The kinds of engagement a report describes, in the words of the extraction contract. */
public enum EventKind {
    MEETING, CALL, VISIT, BUSINESS_FORUM, SIGNING, NEGOTIATION_ROUND, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventKind parse(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
    }
}
