package org.bilateral.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An account whose password was generated (printed once to a terminal) must choose its own before anything else: pages
 * lead to the password form, the API refuses with the reason.
 */
final class FirstPassword extends OncePerRequestFilter {

    static final String FORM = "/account/password";
    private static final Set<String> ALLOWED = Set.of(FORM, "/logout", "/error", "/login", "/favicon.svg");
    private static final java.util.List<String> ASSETS = java.util.List.of("/css/", "/js/", "/webjars/");

    private final UserAccounts accounts;
    private final boolean api;

    FirstPassword(UserAccounts accounts, boolean api) {
        this.accounts = accounts;
        this.api = api;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var who = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated() || ALLOWED.contains(path)
                || ASSETS.stream().anyMatch(path::startsWith) || !accounts.mustChangePassword(who.getName())) {
            chain.doFilter(request, response);
            return;
        }
        if (api) {
            SecurityConfiguration.problem(response, 403, "Forbidden", "The password of " + who.getName()
                    + " was generated and must be changed first: log in on the web, or ./bilateral users password " + who.getName());
        } else {
            response.sendRedirect(request.getContextPath() + FORM);
        }
    }
}
