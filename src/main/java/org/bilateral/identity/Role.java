package org.bilateral.identity;

import java.util.Locale;

/** What an account may do: administrators manage accounts; analysts work with all data; reporters report for their enterprises. */
public enum Role {
    ADMIN, ANALYST, REPORTER;

    public static Role parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + text + "': use admin, analyst or reporter");
        }
    }
}
