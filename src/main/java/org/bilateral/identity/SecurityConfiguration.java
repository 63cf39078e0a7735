package org.bilateral.identity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Nothing but the login page and its static assets is reachable without logging in; reporters reach only /reporting. Pages use a
 * session with CSRF protection; scripts may call /api with HTTP Basic, which carries no cookie to forge.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    private static final String[] MINISTRY = {Role.ADMIN.name(), Role.ANALYST.name()};

    /** After logging in, a reporter lands on its reporting page; everyone else where they were going, or the balance. */
    private static AuthenticationSuccessHandler landing() {
        SavedRequestAwareAuthenticationSuccessHandler ministry = new SavedRequestAwareAuthenticationSuccessHandler();
        ministry.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            if (authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + Role.REPORTER.name()))) {
                response.sendRedirect(request.getContextPath() + "/reporting");
            } else {
                ministry.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        RequestMatcher basicAuthenticated = request -> request.getHeader("Authorization") != null;
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.svg", "/error").permitAll()
                        // Reporters see their enterprises' deals and nothing else; who has reported is the ministry's view.
                        .requestMatchers("/reporting/status/**", "/api/reporting/status/**").hasAnyRole(MINISTRY)
                        .requestMatchers("/reporting/**", "/api/reporting/**").authenticated()
                        .anyRequest().hasAnyRole(MINISTRY))
                .formLogin(form -> form.loginPage("/login").successHandler(landing()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.ignoringRequestMatchers(basicAuthenticated));
        http.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                new org.springframework.security.web.authentication.HttpStatusEntryPoint(
                        org.springframework.http.HttpStatus.UNAUTHORIZED),
                request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/")));
        return http.build();
    }
}
