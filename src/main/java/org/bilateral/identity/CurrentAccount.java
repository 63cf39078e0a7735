package org.bilateral.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bilateral.workbench.ProblemResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Each request acts with the account as it stands now, not as it stood at login. A session whose account has since been
 * given another role ends: its authorities are the old role's. An account whose password was generated (printed once
 * to a terminal, or handed over by an administrator) must choose its own before anything else: pages lead to the
 * password form, the API refuses with the reason.
 */
final class CurrentAccount extends OncePerRequestFilter {

    static final String FORM = "/account/password";
    private static final Set<String> ALLOWED = Set.of(FORM, "/logout", "/error", "/login", "/favicon.svg");
    private static final List<String> ASSETS = List.of("/css/", "/js/", "/webjars/");

    private final UserAccounts accounts;
    private final boolean api;

    CurrentAccount(UserAccounts accounts, boolean api) {
        this.accounts = accounts;
        this.api = api;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var who = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated() || ALLOWED.contains(path)
                || ASSETS.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        var account = who.getDetails() instanceof UserAccounts.Account known ? Optional.of(known)
                : accounts.find(who.getName());
        if (account.isEmpty()) {
            chain.doFilter(request, response); // not an account of this database (a test's mock user)
            return;
        }
        boolean sameRole = who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + account.get().role().name()));
        if (!sameRole && !api) {
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?changed");
            return;
        }
        if (account.get().mustChangePassword()) {
            if (api) {
                ProblemResponse.write(response, 403, "Forbidden", "The password of " + who.getName()
                        + " was generated and must be changed first: log in on the web, or ./bilateral users password " + who.getName());
            } else {
                response.sendRedirect(request.getContextPath() + FORM);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
