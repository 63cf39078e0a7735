package org.bilateral.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The doors that take credentials: the login form and its session, HTTP Basic and API tokens on /api; CSRF on every
 * kind of form; guessing slowed and locked; a generated password changed first.
 */
@WorkbenchTest
@AutoConfigureMockMvc
class LoginDoorsTest {

    static final String PASSWORD = "doors-password-1";

    /** Let through to the use case, which answers for the made-up merge (not found, or refused): not 401 or 403. */
    static final org.springframework.test.web.servlet.ResultMatcher PASSED = result ->
            assertThat(result.getResponse().getStatus()).isNotIn(401, 403).isLessThan(500);

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired LoginGuard guard;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void accounts() {
        for (var role : new String[] {"doors-analyst", "doors-viewer", "doors-target"}) {
            jdbc.sql("delete from app_user where username = ?").param(role).update();
        }
        jdbc.sql("delete from login_failure").update();
        accounts.create("doors-analyst", PASSWORD, Role.ANALYST);
        accounts.create("doors-viewer", PASSWORD, Role.VIEWER);
        accounts.create("doors-target", PASSWORD, Role.ANALYST);
    }

    @AfterEach
    void forget() {
        jdbc.sql("delete from login_failure").update();
    }

    /** Every attempt of a test from its own address, so that one test's failures do not slow another's logins. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private MockHttpSession logIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").param("username", username).param("password", PASSWORD)
                        .with(csrf()).with(from("10.0.0.1")))
                .andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession(false);
    }

    @Test
    void pagesNeverAskForBasicNorTakeIt() throws Exception {
        mvc.perform(get("/balance").accept("text/html")).andExpect(status().is3xxRedirection())
                .andExpect(header().doesNotExist("WWW-Authenticate"));
        mvc.perform(get("/balance").with(httpBasic("doors-analyst", PASSWORD)).accept("text/html"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        // The API's 401 names the Bearer scheme, as HTTP requires, and never Basic, for which a browser would ask.
        mvc.perform(get("/api/imports")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer ")));
        mvc.perform(get("/api/imports").with(httpBasic("doors-analyst", PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void aSessionsFormPostNeedsItsTokenEvenBesideAnAuthorizationHeader() throws Exception {
        MockHttpSession session = logIn("doors-analyst");
        // a plain form
        mvc.perform(post("/targets/load").session(session).header("Authorization", "Bearer x")).andExpect(status().isForbidden());
        // an upload
        MockMultipartFile file = new MockMultipartFile("files", "x.json", "application/json", "[]".getBytes());
        mvc.perform(multipart("/imports").file(file).session(session).header("Authorization", "Basic eDp5"))
                .andExpect(status().isForbidden());
        // an htmx post, whose token travels in a header
        mvc.perform(post("/merges/1/confirm").session(session).header("HX-Request", "true")).andExpect(status().isForbidden());
        // the API, called with the session of a browser
        mvc.perform(post("/api/merges/1/confirm").session(session).with(httpBasic("doors-analyst", PASSWORD)))
                .andExpect(status().isForbidden());
        // the login form itself
        mvc.perform(post("/login").param("username", "doors-analyst").param("password", PASSWORD)
                .header("Authorization", "Bearer x")).andExpect(status().isForbidden());
        // with their tokens, the same requests go through to the use cases
        mvc.perform(post("/merges/1/confirm").session(session).with(csrf())).andExpect(PASSED);
    }

    @Test
    void aScriptsCallWithoutSessionNeedsNoCsrfToken() throws Exception {
        mvc.perform(post("/api/merges/1/confirm").with(httpBasic("doors-analyst", PASSWORD))).andExpect(PASSED);
    }

    @Test
    void guessingIsSlowedThenLockedOnBothDoorsAndAnAdministratorUnlocks() throws Exception {
        for (int i = 0; i < LoginGuard.ACCOUNT.slowAfter(); i++) {
            mvc.perform(post("/login").param("username", "doors-target").param("password", "wrong-" + i).with(csrf())
                    .with(from("10.0.1." + i))).andExpect(redirectedUrl("/login?error"));
        }
        // Now even the right password must wait, and is told so.
        mvc.perform(post("/login").param("username", "doors-target").param("password", PASSWORD).with(csrf())
                .with(from("10.0.2.1"))).andExpect(redirectedUrl("/login?refused"));
        mvc.perform(get("/api/imports").with(httpBasic("doors-target", PASSWORD)).with(from("10.0.2.2")))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
        // Past the lock's threshold (failures counted as they come), the account is locked and says until when.
        jdbc.sql("update login_failure set failures = ?, locked_until = now() + interval '15 minutes' where subject = ?")
                .params(LoginGuard.ACCOUNT.lockAfter(), "account:doors-target").update();
        var refusal = guard.check("doors-target", "10.0.2.3").orElseThrow();
        assertThat(refusal.message()).startsWith("This account is locked until").contains("An administrator can unlock it");
        assertThat(guard.locked()).extracting(LoginGuard.Locked::username).contains("doors-target");

        assertThat(guard.unlock("doors-target")).isTrue();
        mvc.perform(post("/login").param("username", "doors-target").param("password", PASSWORD).with(csrf())
                .with(from("10.0.2.4"))).andExpect(redirectedUrl("/"));
    }

    @Test
    void oneAddressGuessingManyAccountsIsSlowedToo() {
        for (int i = 0; i < LoginGuard.ADDRESS.slowAfter(); i++) {
            guard.failed("someone-" + i, "10.0.3.1");
        }
        assertThat(guard.check("doors-analyst", "10.0.3.1")).isPresent();
        assertThat(guard.check("doors-analyst", "10.0.3.2")).isEmpty();
    }

    @Test
    void aTokenActsWithItsAccountsRoleUntilRevoked() throws Exception {
        ApiTokens.Created viewer = tokens.create("doors-viewer", "dashboard");
        mvc.perform(get("/api/imports").header("Authorization", "Bearer " + viewer.secret())).andExpect(status().isOk());
        mvc.perform(post("/api/merges/1/confirm").header("Authorization", "Bearer " + viewer.secret()))
                .andExpect(status().isForbidden());
        ApiTokens.Created analyst = tokens.create("doors-analyst", "nightly");
        mvc.perform(post("/api/merges/1/confirm").header("Authorization", "Bearer " + analyst.secret())).andExpect(PASSED);
        assertThat(tokens.of("doors-viewer")).singleElement().satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());
        assertThat(jdbc.sql("select count(*) from api_token where token_sha256 like '%' || ? || '%'").param(viewer.secret())
                .query(Long.class).single()).as("only the token's hash is kept").isZero();

        assertThat(tokens.revoke("doors-viewer", tokens.of("doors-viewer").get(0).id())).isTrue();
        mvc.perform(get("/api/imports").header("Authorization", "Bearer " + viewer.secret())).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/imports").header("Authorization", "Bearer blt_not-a-token")).andExpect(status().isUnauthorized());
    }

    @Test
    void aGeneratedPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        jdbc.sql("delete from app_user where username = 'doors-new'").update();
        String generated = accounts.createWithGeneratedPassword("doors-new", Role.ANALYST);
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", "doors-new")
                .param("password", generated).with(csrf()).with(from("10.0.4.1"))).andReturn().getRequest().getSession(false);
        mvc.perform(get("/balance").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/imports").with(httpBasic("doors-new", generated)).with(from("10.0.4.2")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/password").session(session).with(csrf()).param("current", generated)
                .param("password", "short").param("repeated", "short")).andExpect(status().isBadRequest());
        mvc.perform(post("/account/password").session(session).with(csrf()).param("current", generated)
                .param("password", "a chosen passphrase").param("repeated", "a chosen passphrase")).andExpect(status().isOk());
        mvc.perform(get("/balance").session(session)).andExpect(status().isOk());
    }

    @Test
    void weakPasswordsAreRefusedWithTheRule() {
        for (String weak : new String[] {"short-1", "aaaaaaaaaaaaaaaa", "doors-analyst-2026"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> UserAccounts.requireStrong("doors-analyst", weak))
                    .hasMessage(UserAccounts.PASSWORD_RULE);
        }
        UserAccounts.requireStrong("doors-analyst", "correct horse battery");
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void theErrorAddressVisitedDirectlyIsNotFound() throws Exception {
        mvc.perform(get("/error")).andExpect(status().isNotFound());
    }

    @Test
    void aSessionEndsWhenItsAccountIsGivenAnotherRole() throws Exception {
        MockHttpSession session = logIn("doors-target");
        mvc.perform(get("/balance").session(session)).andExpect(status().isOk());
        accounts.changeRole("doors-target", Role.VIEWER);
        mvc.perform(get("/balance").session(session)).andExpect(redirectedUrl("/login?changed"));
    }

    @Test
    void viewersSeeTheRecordWithoutTheFormsThatWouldChangeIt() throws Exception {
        String asViewer = mvc.perform(get("/targets").session(logIn("doors-viewer"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String asAnalyst = mvc.perform(get("/targets").session(logIn("doors-analyst"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(asAnalyst).contains("id=\"target-form\"");
        assertThat(asViewer).contains("Targets").doesNotContain("id=\"target-form\"").doesNotContain("/targets/load");
    }
}
