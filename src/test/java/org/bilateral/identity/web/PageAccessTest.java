package org.bilateral.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilateral.identity.Access;
import org.bilateral.identity.Audience;
import org.bilateral.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** What the pages ask through {@code @access}, and identity's own routes' rules. */
class PageAccessTest {

    private final PageAccess access = new PageAccess();

    @AfterEach
    void forget() {
        SecurityContextHolder.clearContext();
    }

    private static void logIn(Role role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("someone", null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    @Test
    void aViewerSeesTheMinistrysMenusAndNoFormThatChangesTheRecord() {
        logIn(Role.VIEWER);
        assertThat(access.ministry()).isTrue();
        assertThat(access.viewer()).isTrue();
        assertThat(access.editor()).isFalse();
        assertThat(access.administrator()).isFalse();
        assertThat(access.reporter()).isFalse();
        assertThat(access.signedIn()).isTrue();
    }

    @Test
    void aReporterSeesItsReportingPageAndNotTheMinistrys() {
        logIn(Role.REPORTER);
        assertThat(access.reporter()).isTrue();
        assertThat(access.ministry()).isFalse();
        assertThat(access.editor()).isFalse();
    }

    @Test
    void anAdministratorEditsAndManagesAccounts() {
        logIn(Role.ADMIN);
        assertThat(access.editor()).isTrue();
        assertThat(access.administrator()).isTrue();
        assertThat(access.viewer()).isFalse();
    }

    @Test
    void nobodyLoggedInSeesNothingOfTheWorkbench() {
        assertThat(access.signedIn()).isFalse();
        assertThat(access.ministry()).isFalse();
        assertThat(access.reporter()).isFalse();
    }

    @Test
    void identityAccessOpensTheLoginAndKeepsAccountsToAdministrators() {
        List<Access.Rule> rules = new IdentityAccess().rules();
        assertThat(rules).contains(Access.open("/login"), Access.open("/css/**"), Access.open("/error"),
                Access.rule("/admin/users/**", Audience.ADMINISTRATORS, Audience.ADMINISTRATORS),
                Access.rule("/admin/audit", Audience.ADMINISTRATORS, Audience.ADMINISTRATORS),
                Access.rule("/account/**", Audience.EVERYONE, Audience.EVERYONE), Access.record("/search"));
    }
}
