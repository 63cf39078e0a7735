package org.bilateral.identity;

import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import java.util.Locale;

/**
 * What an account may do. Administrators manage accounts, roles, enterprise links and reference data, and do all an
 * analyst does; analysts work with the whole record; viewers (ministers' offices) read it and change nothing; reporters
 * report for their own enterprises and see nothing else.
 */
public enum Role {
    ADMIN, ANALYST, VIEWER, REPORTER;

    public static Role parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("role", Said.of("refusal.identity.unknownRole", String.valueOf(text)));
        }
    }

    /** The role as Spring Security grants it to a login: "ROLE_ANALYST". The one place a role's authority is spelled. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role as people write it: "analyst". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
