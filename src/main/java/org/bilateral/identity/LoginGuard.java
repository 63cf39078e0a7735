package org.bilateral.identity;

import org.jspecify.annotations.Nullable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    LoginGuard(JdbcClient jdbc, AuditTrail audit) {
        this(jdbc, audit, Clock.systemDefaultZone());
    }

    LoginGuard(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
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
            jdbc.sql("""
                    insert into login_failure as f (subject, failures, last_failure, locked_until) values (?, 1, ?, null)
                    on conflict (subject) do update set
                        failures = case when f.last_failure < ? then 1 else f.failures + 1 end,
                        last_failure = excluded.last_failure,
                        locked_until = case when f.last_failure >= ? and f.failures + 1 >= ? then ? else f.locked_until end""")
                    .params(subject, at(now), at(now.minus(FORGOTTEN_AFTER)), at(now.minus(FORGOTTEN_AFTER)),
                            limits.lockAfter(), at(now.plus(LOCK)))
                    .update();
        }
        // A lock ends the account's sessions too (AccountStanding compares this version), and its API tokens are refused
        // while it lasts (ApiTokens): a locked account is locked on every door.
        jdbc.sql("""
                update app_user set credentials_version = credentials_version + 1
                where username = ? and exists (select 1 from login_failure where subject = ? and locked_until > ?)""")
                .params(username, "account:" + username, at(now)).update();
    }

    /** A right password clears the account's count (not the address's: one valid account must not reset it). */
    @Transactional
    public void succeeded(String username) {
        jdbc.sql("delete from login_failure where subject = ?").param("account:" + username).update();
    }

    /** Lifts a lock and forgets the failures of an account. Returns whether there was anything to forget. */
    @Transactional
    public boolean unlock(String username) {
        boolean had = jdbc.sql("delete from login_failure where subject = ?").param("account:" + username).update() > 0;
        if (had) {
            audit.record("account unlocked", "user " + username, null, null);
        }
        return had;
    }

    /** Accounts locked now, with when their lock ends, for the administrator. */
    public List<Locked> locked() {
        return jdbc.sql("""
                select substr(subject, 9), failures, locked_until from login_failure
                where subject like 'account:%' and locked_until > ? order by 1""")
                .param(at(clock.instant()))
                .query((rs, n) -> new Locked(rs.getString(1), rs.getInt(2), rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
    }

    public record Locked(String username, int failures, Instant until) {
    }

    private Optional<Failures> failures(String subject) {
        return jdbc.sql("select failures, last_failure, locked_until from login_failure where subject = ?").param(subject)
                .query((rs, n) -> new Failures(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject(3, OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null)))
                .optional();
    }

    private record Failures(int count, Instant last, @Nullable Instant lockedUntil) {

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

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }
}
