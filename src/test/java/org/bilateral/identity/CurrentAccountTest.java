package org.bilateral.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

class CurrentAccountTest {

    @AfterEach
    void forget() {
        SecurityContextHolder.clearContext();
    }

    private static CurrentAccount as(Role role) {
        return CurrentAccount.of(UsernamePasswordAuthenticationToken.authenticated("someone", null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    @Test
    void theMinistryIsItsAdministratorsAnalystsAndViewersAndNotAReporter() {
        assertThat(as(Role.ADMIN).ministry()).isTrue();
        assertThat(as(Role.ANALYST).ministry()).isTrue();
        assertThat(as(Role.VIEWER).ministry()).isTrue();
        assertThat(as(Role.REPORTER).ministry()).isFalse();
    }

    @Test
    void editorsAreAdministratorsAndAnalysts() {
        assertThat(as(Role.ADMIN).editor()).isTrue();
        assertThat(as(Role.ANALYST).editor()).isTrue();
        assertThat(as(Role.VIEWER).editor()).isFalse();
        assertThat(as(Role.REPORTER).editor()).isFalse();
        assertThat(as(Role.ADMIN).administrator()).isTrue();
        assertThat(as(Role.ANALYST).administrator()).isFalse();
        assertThat(as(Role.REPORTER).reporter()).isTrue();
        assertThat(as(Role.VIEWER).viewer()).isTrue();
        assertThat(as(Role.ANALYST).viewer()).isFalse();
    }

    @Test
    void nobodyLoggedInIsInNoAudienceButAnyone() {
        var visitor = CurrentAccount.of(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        for (var account : List.of(visitor, CurrentAccount.of(null))) {
            assertThat(account.signedIn()).isFalse();
            assertThat(account.ministry()).isFalse();
            assertThat(account.reporter()).isFalse();
            assertThat(account.in(Audience.EVERYONE)).isFalse();
            assertThat(account.in(Audience.ANYONE)).isTrue();
        }
        var notAuthenticated = new TestingAuthenticationToken("someone", null, Role.ADMIN.authority());
        notAuthenticated.setAuthenticated(false);
        assertThat(CurrentAccount.of(notAuthenticated).administrator()).as("a login not yet authenticated").isFalse();
    }

    @Test
    void nowIsTheAccountOfTheRequestThisThreadServes() {
        assertThat(CurrentAccount.now().signedIn()).isFalse();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("analyst", null,
                List.of(new SimpleGrantedAuthority(Role.ANALYST.authority()))));
        assertThat(CurrentAccount.now().signedIn()).isTrue();
        assertThat(CurrentAccount.now().editor()).isTrue();
        assertThat(Role.ANALYST.authority()).isEqualTo("ROLE_ANALYST");
    }
}
