package org.bilateral.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The account acting in a request, by what it may do: whether it is the ministry's (administrators, analysts, viewers),
 * an editor of the record, an administrator, an enterprise's reporter. Modules and pages ask this instead of reading role
 * names off the login, so that which roles make up the ministry is said in identity alone ({@link Audience}).
 */
public final class CurrentAccount {

    private final @Nullable Authentication login;

    private CurrentAccount(@Nullable Authentication login) {
        this.login = login;
    }

    /** The account of this login; {@code null} or an anonymous visitor is nobody's account. */
    public static CurrentAccount of(@Nullable Authentication login) {
        return new CurrentAccount(login instanceof AnonymousAuthenticationToken ? null : login);
    }

    /** The account acting in the request this thread serves. */
    public static CurrentAccount now() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    /** Whether anyone is logged in. */
    public boolean signedIn() {
        return login != null && login.isAuthenticated();
    }

    /** Whether the account is among this audience. */
    public boolean in(Audience audience) {
        return audience.includes(login);
    }

    /** Whether the account holds this role. */
    public boolean is(Role role) {
        return login != null && login.isAuthenticated() && login.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
    }

    /** The ministry reads the whole record: every enterprise's deals, not only its own. */
    public boolean ministry() {
        return in(Audience.MINISTRY);
    }

    /** Administrators and analysts change the record. */
    public boolean editor() {
        return in(Audience.EDITORS);
    }

    public boolean administrator() {
        return in(Audience.ADMINISTRATORS);
    }

    /** An enterprise's reporter: sees its enterprises' deals and nothing else. */
    public boolean reporter() {
        return is(Role.REPORTER);
    }

    /** A minister's office: reads the record and changes nothing. */
    public boolean viewer() {
        return is(Role.VIEWER);
    }
}
