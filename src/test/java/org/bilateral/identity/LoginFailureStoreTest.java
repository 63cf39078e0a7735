package org.bilateral.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The failed-login counts on an embedded database: counted, forgotten when old, locking at the threshold. */
class LoginFailureStoreTest {

    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant FORGOTTEN = NINE.minusSeconds(15 * 60);
    private static final Instant LOCK_END = NINE.plusSeconds(15 * 60);

    private LoginFailureStore store;
    private UserAccountStore accounts;

    @BeforeEach
    void emptyTables() {
        JdbcClient jdbc = IdentityDatabase.empty();
        store = new LoginFailureStore(jdbc);
        accounts = new UserAccountStore(jdbc);
    }

    @Test
    void consecutiveFailuresAreCountedUntilTheThresholdLocks() {
        store.countFailure("account:alice", NINE, FORGOTTEN, 3, LOCK_END);
        store.countFailure("account:alice", NINE.plusSeconds(1), FORGOTTEN.plusSeconds(1), 3, LOCK_END);

        LoginGuard.Failures two = store.failures("account:alice").orElseThrow();
        assertThat(two.count()).isEqualTo(2);
        assertThat(two.last()).isEqualTo(NINE.plusSeconds(1));
        assertThat(two.lockedUntil()).isNull();

        // The third within a quarter of an hour reaches lockAfter = 3: locked until 09:15.
        store.countFailure("account:alice", NINE.plusSeconds(2), FORGOTTEN.plusSeconds(2), 3, LOCK_END);
        assertThat(store.failures("account:alice").orElseThrow().lockedUntil()).isEqualTo(LOCK_END);
        assertThat(store.lockedAccounts(NINE.plusSeconds(3)))
                .containsExactly(new LoginGuard.Locked("alice", 3, LOCK_END));
        assertThat(store.lockedAccounts(LOCK_END)).isEmpty();
    }

    @Test
    void aFailureAfterTheLastIsForgottenStartsAgainAtOne() {
        store.countFailure("address:10.0.0.1", NINE, FORGOTTEN, 50, LOCK_END);
        store.countFailure("address:10.0.0.1", NINE.plusSeconds(1), FORGOTTEN.plusSeconds(1), 50, LOCK_END);

        // Twenty minutes later the forgetting horizon (now - 15 min = 09:05:00) is after the last failure (09:00:01).
        Instant later = NINE.plusSeconds(20 * 60);
        store.countFailure("address:10.0.0.1", later, later.minusSeconds(15 * 60), 50, later.plusSeconds(15 * 60));

        assertThat(store.failures("address:10.0.0.1").orElseThrow().count()).isEqualTo(1);
    }

    @Test
    void aLockEndsTheAccountsSessionsAndForgettingClearsIt() {
        accounts.insert("alice", "hash", Role.ANALYST, false);
        long before = accounts.standing("alice").orElseThrow().credentialsVersion();

        // A first failure is only counted (the lock is decided on a repeat): the second of lockAfter = 2 locks.
        store.countFailure("account:alice", NINE, FORGOTTEN, 2, LOCK_END);
        store.endSessionsIfLocked("alice", "account:alice", NINE);
        assertThat(accounts.standing("alice").orElseThrow().credentialsVersion()).isEqualTo(before);
        store.countFailure("account:alice", NINE, FORGOTTEN, 2, LOCK_END);
        store.endSessionsIfLocked("alice", "account:alice", NINE);
        assertThat(accounts.standing("alice").orElseThrow().credentialsVersion()).isEqualTo(before + 1);

        // Once the lock is over nothing more is ended.
        store.endSessionsIfLocked("alice", "account:alice", LOCK_END);
        assertThat(accounts.standing("alice").orElseThrow().credentialsVersion()).isEqualTo(before + 1);

        assertThat(store.forget("account:alice")).isTrue();
        assertThat(store.forget("account:alice")).isFalse();
        assertThat(store.failures("account:alice")).isEmpty();
    }
}
