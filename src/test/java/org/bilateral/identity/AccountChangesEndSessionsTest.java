package org.bilateral.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.bilateral.WorkbenchTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * A role change, a lock, a password change and a reset end the account's open sessions, on the API as on the pages,
 * though they are made through the use case that the command line (another process) and the users page share; and
 * what becomes of the account's API tokens.
 */
@WorkbenchTest
@AutoConfigureMockMvc
class AccountChangesEndSessionsTest {

    static final String PASSWORD = "sessions-password-1";
    static final String USER = "sessions-analyst";
    /** A write of the register (a made-up merge): let through to its use case, which answers not found or refused. */
    static final String WRITE = "/api/merges/1/confirm";

    static final ResultMatcher PASSED = result ->
            assertThat(result.getResponse().getStatus()).isNotIn(401, 403).isLessThan(500);

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired LoginGuard guard;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void account() {
        jdbc.sql("delete from app_user where username = ?").param(USER).update();
        jdbc.sql("delete from login_failure").update();
        accounts.create(USER, PASSWORD, Role.ANALYST);
    }

    @AfterEach
    void forget() {
        jdbc.sql("delete from login_failure").update();
    }

    private MockHttpSession logIn() throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").param("username", USER).param("password", PASSWORD).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession(false);
    }

    /** The session wrote before the change; after it, its next API request is refused and the session is over. */
    private void endsTheSession(MockHttpSession session, Runnable change) throws Exception {
        mvc.perform(post(WRITE).session(session).with(csrf())).andExpect(PASSED);
        change.run();
        mvc.perform(post(WRITE).session(session).with(csrf())).andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"))
                .andExpect(jsonPath("$.detail").value(AccountStanding.ENDED));
        assertThat(session.isInvalid()).as("the session is ended, not only refused once").isTrue();
    }

    @Test
    void aDemotedAnalystsSessionNoLongerWritesThroughTheApi() throws Exception {
        endsTheSession(logIn(), () -> accounts.changeRole(USER, Role.VIEWER));
    }

    @Test
    void aDemotedAnalystsSessionOnThePagesIsSentToLogIn() throws Exception {
        MockHttpSession session = logIn();
        accounts.changeRole(USER, Role.VIEWER);
        mvc.perform(get("/balance").session(session)).andExpect(redirectedUrl("/login?changed"));
    }

    @Test
    void aLockEndsTheAccountsSessions() throws Exception {
        endsTheSession(logIn(), () -> {
            for (int i = 0; i < LoginGuard.ACCOUNT.lockAfter(); i++) {
                guard.failed(USER, null);
            }
            assertThat(guard.locked()).extracting(LoginGuard.Locked::username).contains(USER);
        });
    }

    @Test
    void aPasswordChangedFromTheCommandLineEndsTheAccountsSessions() throws Exception {
        endsTheSession(logIn(), () -> accounts.changePassword(USER, "another-password-2"));
    }

    @Test
    void aResetEndsTheAccountsSessions() throws Exception {
        endsTheSession(logIn(), () -> accounts.resetPassword(USER));
    }

    @Test
    void aPasswordChangedOnTheAccountPageKeepsThatSessionAndEndsTheOthers() throws Exception {
        MockHttpSession here = logIn();
        MockHttpSession elsewhere = logIn();
        mvc.perform(post("/account/password").session(here).with(csrf()).param("current", PASSWORD)
                .param("password", "another-password-2").param("repeated", "another-password-2")).andExpect(status().isOk());
        mvc.perform(post(WRITE).session(here).with(csrf())).andExpect(PASSED);
        mvc.perform(post(WRITE).session(elsewhere).with(csrf())).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenActsWithTheRoleItsAccountHasNow() throws Exception {
        String token = "Bearer " + tokens.create(USER, "nightly").secret();
        mvc.perform(post(WRITE).header("Authorization", token)).andExpect(PASSED);
        accounts.changeRole(USER, Role.VIEWER);
        mvc.perform(post(WRITE).header("Authorization", token)).andExpect(status().isForbidden());
        mvc.perform(get("/api/imports").header("Authorization", token)).andExpect(status().isOk());
    }

    @Test
    void aPasswordChangeOrAResetRevokesTheAccountsTokens() throws Exception {
        String first = "Bearer " + tokens.create(USER, "nightly").secret();
        accounts.changePassword(USER, "another-password-2");
        mvc.perform(get("/api/imports").header("Authorization", first)).andExpect(status().isUnauthorized());
        assertThat(tokens.of(USER)).isEmpty();

        String second = "Bearer " + tokens.create(USER, "nightly").secret();
        accounts.resetPassword(USER);
        mvc.perform(get("/api/imports").header("Authorization", second)).andExpect(status().isUnauthorized());
        assertThat(tokens.of(USER)).isEmpty();
    }

    @Test
    void aLockRefusesTheAccountsTokensWhileItLasts() throws Exception {
        String token = "Bearer " + tokens.create(USER, "nightly").secret();
        for (int i = 0; i < LoginGuard.ACCOUNT.lockAfter(); i++) {
            guard.failed(USER, null);
        }
        mvc.perform(get("/api/imports").header("Authorization", token)).andExpect(status().isUnauthorized());
        guard.unlock(USER);
        mvc.perform(get("/api/imports").header("Authorization", token)).andExpect(status().isOk());
    }

    @Test
    void anAnonymousApiRequestIsAskedToLogInNotRefusedARole() throws Exception {
        mvc.perform(get("/api/deals")).andExpect(status().isUnauthorized()).andExpect(header().exists("WWW-Authenticate"));
        mvc.perform(post(WRITE)).andExpect(status().isUnauthorized()).andExpect(header().exists("WWW-Authenticate"));
        mvc.perform(post("/api/deals/import")).andExpect(status().isUnauthorized());
    }
}
