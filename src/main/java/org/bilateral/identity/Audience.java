package org.bilateral.identity;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * Who a rule lets in, in the negotiators' terms rather than role names: the ministry reads the record, its editors
 * change it, administrators manage accounts, reporters report for their own enterprises. Modules name these in their
 * {@link Access} rules; only identity knows which {@link Role}s each one holds.
 */
public enum Audience {

    /** Anyone at all, logged in or not: the login page and the files it needs. */
    ANYONE,
    /** Every account, whatever its role: one's own password and tokens. */
    EVERYONE(Role.ADMIN, Role.ANALYST, Role.VIEWER, Role.REPORTER),
    /** The ministry: administrators, analysts and viewers (ministers' offices), who read the whole record. */
    MINISTRY(Role.ADMIN, Role.ANALYST, Role.VIEWER),
    /** Those who change the record: administrators and analysts. */
    EDITORS(Role.ADMIN, Role.ANALYST),
    /** Those who report deals' progress: reporters for their enterprises, the ministry's editors for any. */
    REPORTING(Role.ADMIN, Role.ANALYST, Role.REPORTER),
    /** Administrators alone: accounts, roles and who reports for which enterprise. */
    ADMINISTRATORS(Role.ADMIN);

    private final Set<Role> roles;

    Audience(Role... roles) {
        this.roles = Set.of(roles);
    }

    /** The roles this audience holds; none for {@link #ANYONE}, who needs no account. */
    public Set<Role> roles() {
        return roles;
    }

    /** Whether this login is among the audience; a visitor not logged in ({@code null}) is only among {@link #ANYONE}. */
    public boolean includes(@Nullable Authentication who) {
        if (this == ANYONE) {
            return true;
        }
        if (who == null || !who.isAuthenticated()) {
            return false;
        }
        return who.getAuthorities().stream()
                .anyMatch(granted -> roles.stream().anyMatch(role -> role.authority().equals(granted.getAuthority())));
    }
}
