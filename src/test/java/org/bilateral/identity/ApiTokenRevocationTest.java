package org.bilateral.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.FilterChain;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.bilateral.Awaiting;
import org.bilateral.shared.NotificationChannel;
import org.bilateral.WorkbenchTest;
import org.bilateral.shared.Sha256;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * API tokens held in memory by the server, and every change that must end what they may do at once: made through this
 * process's use cases, or written by another connection (as ./bilateral in another process writes them), which the
 * server hears of through PostgreSQL's notifications. And an API read answered in one read-only transaction.
 */
@WorkbenchTest
@AutoConfigureMockMvc
class ApiTokenRevocationTest {

    static final String USER = "cache-analyst";
    static final String READ = "/api/imports";
    /** A write of the register (a made-up merge): let through to its use case, which answers not found or refused. */
    static final String WRITE = AccountChangesEndSessionsTest.WRITE;

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired IdentityChanges changes;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactions;
    @Autowired java.util.List<SecurityFilterChain> security;

    @BeforeEach
    void account() {
        jdbc.sql("delete from app_user where username = ?").param(USER).update();
        jdbc.sql("delete from login_failure").update();
        accounts.create(USER, AccountChangesEndSessionsTest.PASSWORD, Role.ANALYST);
    }

    @AfterEach
    void forget() {
        jdbc.sql("delete from login_failure").update();
    }

    /** A token used once, so that the server holds it: the next requests read nothing from the database for it. */
    private String held() throws Exception {
        return held("nightly");
    }

    private String held(String name) throws Exception {
        String secret = tokens.create(USER, name).secret();
        mvc.perform(get(READ).header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
        Awaiting.until(() -> changes.cache().trusted(), "the server listens to the changes of accounts");
        // A notification of an earlier change (this test's own preparation) heard meanwhile keeps a look-up from being
        // held, rightly: the next one is.
        long end = System.nanoTime() + 10_000_000_000L;
        do {
            mvc.perform(get(READ).header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
            assertThat(System.nanoTime()).as("the token is held in memory").isLessThan(end);
        } while (!changes.cache().holds(Sha256.hex(secret)));
        return secret;
    }

    /** Writes as another process would: on a connection of its own, beside the server's pool. */
    private void elsewhere(String sql) throws Exception {
        try (Connection connection = NotificationChannel.besideThePool(dataSource, "test-elsewhere")) {
            JdbcClient.create(new SingleConnectionDataSource(connection, true)).sql(sql).param("user", USER).update();
        }
    }

    private void heardOf(String secret) throws InterruptedException {
        Awaiting.until(() -> !changes.cache().holds(Sha256.hex(secret)), "the server hears of the change and forgets the token");
    }

    @Test
    void aTokenRevokedByAnotherProcessIsRefusedAtItsNextRequest() throws Exception {
        String secret = held();
        elsewhere("update api_token set revoked_at = now() where username = :user");
        heardOf(secret);
        mvc.perform(get(READ).header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
    }

    @Test
    void anAccountDemotedByAnotherProcessWritesNoMoreWithItsToken() throws Exception {
        String secret = held();
        mvc.perform(post(WRITE).header("Authorization", "Bearer " + secret)).andExpect(AccountChangesEndSessionsTest.PASSED);
        elsewhere("update app_user set role = 'VIEWER', credentials_version = credentials_version + 1 where username = :user");
        heardOf(secret);
        mvc.perform(post(WRITE).header("Authorization", "Bearer " + secret)).andExpect(status().isForbidden());
        mvc.perform(get(READ).header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
    }

    @Test
    void anAccountRemovedByAnotherProcessHasNoTokensLeft() throws Exception {
        String secret = held();
        elsewhere("delete from app_user where username = :user");
        heardOf(secret);
        mvc.perform(get(READ).header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
    }

    @Test
    void aPasswordChangeForcedByAnotherProcessIsAskedForAtTheNextRequest() throws Exception {
        String secret = held();
        elsewhere("update app_user set must_change_password = true where username = :user");
        heardOf(secret);
        mvc.perform(get(READ).header("Authorization", "Bearer " + secret)).andExpect(status().isForbidden());
    }

    @Test
    void anAccountLockedByAnotherProcessIsRefusedWhileTheLockLasts() throws Exception {
        String secret = held();
        elsewhere("""
                insert into login_failure (subject, failures, last_failure, locked_until)
                values ('account:' || :user, 10, now(), now() + interval '15 minutes')""");
        heardOf(secret);
        mvc.perform(get(READ).header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
    }

    @Test
    void changesMadeHereEndAHeldTokenWithoutWaitingForTheirNotification() throws Exception {
        String first = held();
        accounts.changeRole(USER, Role.VIEWER);
        assertThat(changes.cache().holds(Sha256.hex(first))).isFalse();
        mvc.perform(post(WRITE).header("Authorization", "Bearer " + first)).andExpect(status().isForbidden());

        String second = held("weekly");
        assertThat(tokens.revoke(USER, tokens.of(USER).stream().filter(t -> t.name().equals("weekly")).findFirst()
                .orElseThrow().id())).isTrue();
        mvc.perform(get(READ).header("Authorization", "Bearer " + second)).andExpect(status().isUnauthorized());
    }

    @Test
    void aRefusedTokenIsNotRememberedAndANewTokenWorksAtOnce() throws Exception {
        mvc.perform(get(READ).header("Authorization", "Bearer blt_never-made")).andExpect(status().isUnauthorized());
        assertThat(changes.cache().holds(Sha256.hex("blt_never-made"))).isFalse();
        String secret = tokens.create(USER, "fresh").secret();
        mvc.perform(get(READ).header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
    }

    @Test
    void aHeldTokensUseIsListedAtOnceAndWrittenOffTheRequestPath() throws Exception {
        String secret = held();
        long id = tokens.of(USER).get(0).id();
        assertThat(tokens.of(USER).get(0).lastUsedAt()).as("the list shows the use not yet written").isNotNull();
        changes.writeUses();
        assertThat(jdbc.sql("select last_used_at is not null from api_token where id = ?").param(id)
                .query(Boolean.class).single()).isTrue();
        assertThat(changes.cache().holds(Sha256.hex(secret))).as("writing a use is no change of the token").isTrue();
    }

    @Test
    void anApiReadRunsInOneReadOnlyTransactionThatCannotWrite() throws Exception {
        ApiReads reads = new ApiReads(transactions);
        AtomicBoolean ran = new AtomicBoolean();
        FilterChain answer = (request, response) -> {
            assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
            assertThat(TransactionSynchronizationManager.isCurrentTransactionReadOnly()).isTrue();
            assertThatThrownBy(() -> jdbc.sql("update app_user set role = role where username = ?").param(USER).update())
                    .hasMessageContaining("read-only transaction");
            ran.set(true);
        };
        reads.doFilter(new MockHttpServletRequest("GET", READ), new MockHttpServletResponse(), answer);
        assertThat(ran).isTrue();

        FilterChain write = (request, response) ->
                assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isFalse();
        reads.doFilter(new MockHttpServletRequest("POST", WRITE), new MockHttpServletResponse(), write);

        assertThat(security).as("the API's security chain answers reads so")
                .anySatisfy(chain -> assertThat(chain.getFilters()).hasAtLeastOneElementOfType(ApiReads.class));
    }
}
