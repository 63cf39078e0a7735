package org.bilateral.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bilateral.doors.ProblemResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Each request acts with the account as it stands now, not as it stood at login. A session whose account has since been
 * given another role, been locked, or had its password changed or reset ends at its next request, on the pages and on
 * the API alike, whichever process made the change (the users page, or ./bilateral users in another process): the
 * session's login carries the account's credentials version ({@link SignedIn}), which each of those changes bumps.
 * Runs before the authorization, so that no request is let in by the authorities of a role the account no longer has. An account whose password was generated (printed once
 * to a terminal, or handed over by an administrator) must choose its own before anything else: pages lead to the
 * password form, the API refuses with the reason.
 */
final class AccountStanding extends OncePerRequestFilter {

    static final String FORM = "/account/password";
    private static final Set<String> ALLOWED = Set.of(FORM, "/logout", "/error", "/login", "/favicon.svg");
    private static final List<String> ASSETS = List.of("/css/", "/js/", "/webjars/");

    /** Said by the API to a request of a session that has ended so. */
    static final String ENDED = "This session has ended: the account's role, password or lock changed since it logged in. "
            + "Log in again.";

    private final UserAccounts accounts;
    private final boolean api;

    AccountStanding(UserAccounts accounts, boolean api) {
        this.accounts = accounts;
        this.api = api;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var who = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // The password form is let through a generated password, never through a session that has ended.
        if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()
                || (ALLOWED.contains(path) && !path.equals(FORM)) || ASSETS.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        Standing standing = standing(who);
        if (standing.account().isEmpty() && !(who.getPrincipal() instanceof SignedIn)) {
            chain.doFilter(request, response); // not an account of this database (a test's mock user)
            return;
        }
        if (!standing.current(who)) {
            end(request, response);
        } else if (standing.account().get().mustChangePassword() && !path.equals(FORM)) {
            leadToPasswordForm(who.getName(), request, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The account as it stands now, and whether the login is the one it has now (not one its changes have ended). */
    private record Standing(Optional<UserAccounts.Account> account, boolean sameLogin) {

        /** The same login, with the role the account has now. */
        boolean current(Authentication who) {
            return sameLogin && account.isPresent() && who.getAuthorities().stream()
                    .anyMatch(a -> account.get().role().authority().equals(a.getAuthority()));
        }
    }

    private Standing standing(Authentication who) {
        if (who.getDetails() instanceof UserAccounts.Account known) {
            return new Standing(Optional.of(known), true); // an API token's account, as its look-up found it a moment ago
        }
        var standing = accounts.standing(who.getName());
        return new Standing(standing.map(UserAccounts.Standing::account), !(who.getPrincipal() instanceof SignedIn signedIn)
                || standing.map(s -> s.credentialsVersion() == signedIn.credentialsVersion()).orElse(false));
    }

    /** Ends the session whose account changed: the API says why, pages send to the login page. */
    private void end(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        if (api) {
            response.setHeader("WWW-Authenticate", SecurityConfiguration.WWW_AUTHENTICATE);
            ProblemResponse.write(response, 401, "Unauthorized", ENDED);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?changed");
        }
    }

    /** A generated password must be changed before anything else: pages lead to the form, the API refuses saying so. */
    private void leadToPasswordForm(String username, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (api) {
            ProblemResponse.write(response, 403, "Forbidden", "The password of " + username
                    + " was generated and must be changed first: log in on the web, or ./bilateral users password " + username);
        } else {
            response.sendRedirect(request.getContextPath() + FORM);
        }
    }
}
