package org.bilateral.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** {@code Authorization: Bearer <token>} on /api: the token's account, with its role, for this request only. */
final class BearerTokens extends OncePerRequestFilter {

    /** A token that is not one, or no longer. */
    static final class Invalid extends AuthenticationException {
        static final String MESSAGE = "This API token is not valid, or has been revoked.";

        Invalid() {
            super(MESSAGE);
        }
    }

    private final ApiTokens tokens;
    private final AuthenticationEntryPoint refuse;

    BearerTokens(ApiTokens tokens, AuthenticationEntryPoint refuse) {
        this.tokens = tokens;
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
        var account = tokens.authenticate(header.substring(7).strip());
        if (account.isEmpty()) {
            refuse.commence(request, response, new Invalid());
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(account.get().username(), null,
                List.of(new SimpleGrantedAuthority(account.get().role().authority())));
        // The account as the token's look-up found it: AccountStanding need not read it again.
        authentication.setDetails(account.get());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
