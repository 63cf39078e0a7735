package org.bilateral.identity;

import org.jspecify.annotations.Nullable;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A logged-in account as its session holds it: with the credentials version it logged in with, so that a session whose
 * account has since been given another role, locked, or had its password changed or reset is recognised and ended
 * ({@link AccountStanding}).
 */
final class SignedIn extends User {

    private final long credentialsVersion;

    SignedIn(String username, String password, Collection<? extends GrantedAuthority> authorities, long credentialsVersion) {
        super(username, password, authorities);
        this.credentialsVersion = credentialsVersion;
    }

    long credentialsVersion() {
        return credentialsVersion;
    }

    // User's equality is the user name's; the version only says which login this is, so it changes neither.
    @Override
    public boolean equals(@Nullable Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
