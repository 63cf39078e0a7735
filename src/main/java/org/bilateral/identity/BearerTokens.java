package org.bilateral.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** {@code Authorization: Bearer <token>} on /api: the token's account, with its role, for this request only. */
final class BearerTokens extends OncePerRequestFilter {

    /** A token that is not one, or no longer. */
    static final class Invalid extends AuthenticationException {
        Invalid() {
            super("This API token is not valid, or has been revoked.");
        }
    }

    private final ApiTokens tokens;
    private final UserAccounts accounts;
    private final AuthenticationEntryPoint refuse;

    BearerTokens(ApiTokens tokens, UserAccounts accounts, AuthenticationEntryPoint refuse) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.refuse = refuse;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var username = tokens.authenticate(header.substring(7).strip());
        if (username.isEmpty()) {
            refuse.commence(request, response, new Invalid());
            return;
        }
        UserDetails user = accounts.loadUserByUsername(username.get());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
