package org.bilateral.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bilateral.doors.ProblemResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two doors with one set of rules: every module's {@link Access}, gathered in {@link AccessRules}. Pages: a session from the login form, the CSRF token on every
 * form, and never HTTP Basic, so that no browser ever holds Basic credentials to attach to a forged request. The API
 * (/api): API tokens (Bearer) or HTTP Basic for scripts, which carry no cookie to forge and are exempt from CSRF, but
 * only when the request carries no session: a session's request needs its token wherever it goes. Both doors count
 * wrong passwords ({@link LoginGuard}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** Scripts only from the workbench's own files; styles may be inline (ECharts and htmx set them). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * Said with every 401 of the API, as HTTP requires: the Bearer scheme, for which no browser opens a password dialog
     * (it would for Basic, and then attach the credentials to forged requests).
     */
    static final String WWW_AUTHENTICATE = "Bearer realm=\"bilateral\"";

    @Bean
    AuthenticationManager passwordLogins(UserAccounts accounts, PasswordEncoder encoder, LoginGuard guard) {
        return new ProviderManager(new GuardedLogin(accounts, encoder, guard));
    }

    /** The modules' rules of their routes, together. */
    @Bean
    AccessRules accessRules(ObjectProvider<Access> contributions) {
        return new AccessRules(contributions.stream().toList());
    }

    /** Decides every request by its rule; a path no rule names is refused to everyone. */
    private static AuthorizationManager<RequestAuthorizationContext> decidedBy(AccessRules rules) {
        return (authentication, context) -> {
            HttpServletRequest request = context.getRequest();
            String path = request.getRequestURI().substring(request.getContextPath().length());
            var who = authentication.get();
            var known = who instanceof AnonymousAuthenticationToken ? null : who;
            return new AuthorizationDecision(rules.ruleFor(path)
                    .map(rule -> rule.allows(request.getMethod(), known)).orElse(false));
        };
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny));
    }

    /** Spring Security's strict firewall, deciding its characters without regular expressions ({@link FirewallCharacters}). */
    @Bean
    WebSecurityCustomizer strictFirewall() {
        return web -> web.httpFirewall(FirewallCharacters.firewall());
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager logins, ApiTokens tokens, UserAccounts accounts,
            AccessRules rules, ObjectProvider<PlatformTransactionManager> transactions) throws Exception {
        AuthenticationEntryPoint refuse = SecurityConfiguration::refuseApi;
        // A read in one read-only transaction once its login is known (absent in web slices, which have no database): after
        // the logins, which write their failures and successes, each in a transaction of its own.
        transactions.ifAvailable(t -> http.addFilterAfter(new ApiReads(t), BasicAuthenticationFilter.class));
        http.securityMatcher("/api/**")
                .authenticationManager(logins)
                .authorizeHttpRequests(auth -> auth.anyRequest().access(decidedBy(rules)))
                .httpBasic(basic -> basic.authenticationEntryPoint(refuse))
                .addFilterBefore(new BearerTokens(tokens, refuse), BasicAuthenticationFilter.class)
                .addFilterBefore(new AccountStanding(accounts, true), AuthorizationFilter.class)
                // A script's request has no session; one that arrives with a session came from a browser and needs CSRF.
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::isScript))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .exceptionHandling(e -> e.authenticationEntryPoint(refuse)
                        .accessDeniedHandler((request, response, denied) -> {
                            // Nobody logged in (a write without credentials, refused first for its missing CSRF token):
                            // the answer is to log in, not that a role may not.
                            var who = SecurityContextHolder.getContext().getAuthentication();
                            if (who == null || who instanceof AnonymousAuthenticationToken) {
                                refuseApi(request, response, new InsufficientAuthenticationException("anonymous"));
                            } else {
                                ProblemResponse.write(response, 403, "Forbidden", "Your account's role may not do this.");
                            }
                        }));
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager logins, UserAccounts accounts, AccessRules rules)
            throws Exception {
        http.authenticationManager(logins)
                .authorizeHttpRequests(auth -> auth.anyRequest().access(decidedBy(rules)))
                .formLogin(form -> form.loginPage("/login").successHandler(landing()).failureHandler(loginRefused())
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .addFilterBefore(new AccountStanding(accounts, false), AuthorizationFilter.class);
        headers(http);
        return http.build();
    }

    /**
     * A script's request: credentials in its Authorization header, and no session, neither one it names nor one it has.
     * A browser's request carries its session cookie wherever it goes, and then must carry the CSRF token too.
     */
    static boolean isScript(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null && request.getRequestedSessionId() == null
                && request.getSession(false) == null;
    }

    /** After logging in, a reporter lands on its reporting page; everyone else where they were going, or the first page ("Since …"). */
    private static AuthenticationSuccessHandler landing() {
        SavedRequestAwareAuthenticationSuccessHandler ministry = new SavedRequestAwareAuthenticationSuccessHandler();
        ministry.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            if (CurrentAccount.of(authentication).reporter()) {
                response.sendRedirect(request.getContextPath() + "/reporting");
            } else {
                ministry.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    /** A wrong password says so; a login refused for waiting or a lock says why and until when. */
    private static AuthenticationFailureHandler loginRefused() {
        return (request, response, exception) -> {
            if (exception instanceof GuardedLogin.Refused refused) {
                request.getSession().setAttribute(LoginGuard.REFUSAL, refused.refusal().message());
                response.sendRedirect(request.getContextPath() + "/login?refused");
            } else {
                response.sendRedirect(request.getContextPath() + "/login?error");
            }
        };
    }

    /**
     * The API's answer without valid credentials: 401, or 429 with Retry-After when the account or address must wait or
     * is locked; a problem detail as the API's other refusals. The 401 names the Bearer scheme, never Basic: no browser
     * is asked for a password.
     */
    private static void refuseApi(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof GuardedLogin.Refused refused) {
            long seconds = Math.max(1, java.time.Duration.between(java.time.Instant.now(), refused.refusal().retryAt()).toSeconds() + 1);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            ProblemResponse.write(response, 429, "Too Many Requests", refused.refusal().message());
        } else if (e instanceof BearerTokens.Invalid) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, WWW_AUTHENTICATE);
            ProblemResponse.write(response, 401, "Unauthorized", BearerTokens.Invalid.MESSAGE);
        } else {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, WWW_AUTHENTICATE);
            ProblemResponse.write(response, 401, "Unauthorized", "Log in with an API token (Authorization: Bearer …) or HTTP Basic.");
        }
    }
}
