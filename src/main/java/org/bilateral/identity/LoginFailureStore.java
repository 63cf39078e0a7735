package org.bilateral.identity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind the login guard: failed logins counted by subject ("account:NAME", "address:IP"). */
@Repository
class LoginFailureStore {

    private final JdbcClient jdbc;

    LoginFailureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts one more failure of the subject at {@code now}: a count whose last failure is older than {@code forgottenBefore}
     * starts again at one, and reaching {@code lockAfter} locks the subject until {@code lockedUntil}.
     */
    void countFailure(String subject, Instant now, Instant forgottenBefore, int lockAfter, Instant lockedUntil) {
        jdbc.sql("""
                insert into login_failure as f (subject, failures, last_failure, locked_until) values (:subject, 1, :now, null)
                on conflict (subject) do update set
                    failures = case when f.last_failure < :forgottenBefore then 1 else f.failures + 1 end,
                    last_failure = excluded.last_failure,
                    locked_until = case when f.last_failure >= :forgottenBefore and f.failures + 1 >= :lockAfter
                                        then :lockedUntil else f.locked_until end""")
                .param("subject", subject).param("now", at(now)).param("forgottenBefore", at(forgottenBefore))
                .param("lockAfter", lockAfter).param("lockedUntil", at(lockedUntil))
                .update();
    }

    /** Ends the account's sessions (by its credentials version) when its subject is locked at {@code now}. */
    void endSessionsIfLocked(String username, String subject, Instant now) {
        jdbc.sql("""
                update app_user set credentials_version = credentials_version + 1
                where username = :username
                  and exists (select 1 from login_failure where subject = :subject and locked_until > :now)""")
                .param("username", username).param("subject", subject).param("now", at(now)).update();
    }

    /** Forgets a subject's failures; whether there were any. */
    boolean forget(String subject) {
        return jdbc.sql("delete from login_failure where subject = :subject").param("subject", subject).update() > 0;
    }

    List<LoginGuard.Locked> lockedAccounts(Instant now) {
        return jdbc.sql("""
                select substr(subject, 9), failures, locked_until from login_failure
                where subject like 'account:%' and locked_until > :now order by 1""")
                .param("now", at(now))
                .query((rs, n) -> new LoginGuard.Locked(rs.getString(1), rs.getInt(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
    }

    Optional<LoginGuard.Failures> failures(String subject) {
        return jdbc.sql("select failures, last_failure, locked_until from login_failure where subject = :subject")
                .param("subject", subject)
                .query((rs, n) -> new LoginGuard.Failures(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject(3, OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null)))
                .optional();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
