package org.bilateral.identity;

import org.jspecify.annotations.Nullable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows and then stops password guessing, by account and by address, on every door that takes a password (the login
 * form and HTTP Basic). After a few consecutive failures ({@link #ACCOUNT}, {@link #ADDRESS}) each further attempt must
 * wait twice as long as the one before (1 s, 2 s, 4 s ...); after more the account or address is locked for {@link #LOCK}. Nothing sleeps: an attempt that comes too early is refused at once, saying when to try again, so that
 * guessing cannot tie up the server's threads either. A success clears the account's count; failures older than
 * {@link #FORGOTTEN_AFTER} are forgotten. An administrator can unlock (`./bilateral users unlock NAME`, or the Users page).
 */
@Service
public class LoginGuard {

    /** The session attribute where a refused login's reason waits for the login page to say it. */
    public static final String REFUSAL = "bilateral.loginRefusal";

    static final Duration LOCK = Duration.ofMinutes(15);
    static final Duration FORGOTTEN_AFTER = Duration.ofMinutes(15);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** When a subject is slowed and when locked. Addresses are allowed more: several people may share one. */
    record Thresholds(int slowAfter, int lockAfter) {
    }

    static final Thresholds ACCOUNT = new Thresholds(3, 10);
    static final Thresholds ADDRESS = new Thresholds(10, 50);

    private final AuditTrail audit;
    private final LoginFailureStore store;
    private final Clock clock;
    private final IdentityChanges changes;

    @org.springframework.beans.factory.annotation.Autowired
    LoginGuard(LoginFailureStore store, AuditTrail audit, IdentityChanges changes) {
        this(store, audit, Clock.systemDefaultZone(), changes);
    }

    LoginGuard(LoginFailureStore store, AuditTrail audit, Clock clock, IdentityChanges changes) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.changes = changes;
    }

    /** Why an attempt is refused before its password is even checked, and when the next may come. */
    public record Refusal(String message, Instant retryAt) {
    }

    /** The refusal for an attempt at this account from this address, if it must wait or is locked. */
    public Optional<Refusal> check(String username, @Nullable String address) {
        Instant now = clock.instant();
        for (String subject : subjects(username, address)) {
            Optional<Refusal> refusal = failures(subject).flatMap(f -> f.refusal(subject, now));
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    /** Counts a wrong password against the account and the address; kept even when the login's own work rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, @Nullable String address) {
        Instant now = clock.instant();
        for (String subject : subjects(username, address)) {
            Thresholds limits = subject.startsWith("account:") ? ACCOUNT : ADDRESS;
            store.countFailure(subject, now, now.minus(FORGOTTEN_AFTER), limits.lockAfter(), now.plus(LOCK));
        }
        // A lock ends the account's sessions too (AccountStanding compares this version), and its API tokens are refused
        // while it lasts (ApiTokens): a locked account is locked on every door.
        store.endSessionsIfLocked(username, "account:" + username, now);
        // Its API tokens held in memory are read again, and then refused if this failure locked it.
        changes.changed(username);
    }

    /** A right password clears the account's count (not the address's: one valid account must not reset it). */
    @Transactional
    public void succeeded(String username) {
        store.forget("account:" + username);
    }

    /** Lifts a lock and forgets the failures of an account. Returns whether there was anything to forget. */
    @Transactional
    public boolean unlock(String username) {
        boolean had = store.forget("account:" + username);
        if (had) {
            audit.record("account unlocked", "user " + username, null, null);
        }
        return had;
    }

    /** Accounts locked now, with when their lock ends, for the administrator. */
    public List<Locked> locked() {
        return store.lockedAccounts(clock.instant());
    }

    public record Locked(String username, int failures, Instant until) {
    }

    private Optional<Failures> failures(String subject) {
        return store.failures(subject);
    }

    /** A subject's failed logins as counted: how many, the last, and the end of its lock if it has one. */
    record Failures(int count, Instant last, @Nullable Instant lockedUntil) {

        Optional<Refusal> refusal(String subject, Instant now) {
            boolean account = subject.startsWith("account:");
            if (lockedUntil != null && lockedUntil.isAfter(now)) {
                String until = TIME.format(lockedUntil.atZone(ZoneId.systemDefault()));
                return Optional.of(new Refusal(account
                        ? "This account is locked until " + until + " after " + count + " failed logins. An administrator can unlock it."
                        : "Logins from this address are refused until " + until + " after " + count + " failed attempts.",
                        lockedUntil));
            }
            Thresholds limits = account ? ACCOUNT : ADDRESS;
            if (last.isBefore(now.minus(FORGOTTEN_AFTER)) || count < limits.slowAfter()) {
                return Optional.empty();
            }
            Instant next = last.plusSeconds(1L << Math.min(20, count - limits.slowAfter()));
            if (next.isAfter(now)) {
                long seconds = Math.max(1, Duration.between(now, next).toSeconds() + 1);
                return Optional.of(new Refusal("Too many failed logins: try again in " + seconds
                        + (seconds == 1 ? " second." : " seconds."), next));
            }
            return Optional.empty();
        }
    }

    private static List<String> subjects(String username, @Nullable String address) {
        return address == null || address.isBlank() ? List.of("account:" + username)
                : List.of("account:" + username, "address:" + address);
    }
}
