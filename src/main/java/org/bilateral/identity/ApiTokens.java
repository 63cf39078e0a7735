package org.bilateral.identity;

import org.jspecify.annotations.Nullable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.RandomText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tokens with which scripts call /api ({@code Authorization: Bearer …}), each created by a user for their own account
 * and acting with its role. A token is 256 random bits, shown once when created; only its SHA-256 is kept, which a
 * look-up checks in microseconds where a password hash takes 60 ms.
 */
@Service
public class ApiTokens {

    /** What every token starts with, so that one pasted into the wrong place is recognised. */
    static final String PREFIX = "blt_";
    /** How often the last use is written: a script making a hundred calls a second must not write a hundred rows. */
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final AuditTrail audit;
    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc, AuditTrail audit) {
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** A token as listed: never the token itself. */
    public record Token(long id, String username, String name, Instant createdAt, @Nullable Instant lastUsedAt) {
    }

    /** A new token and the only time its secret is seen. */
    public record Created(Token token, String secret) {
    }

    @Transactional
    public Created create(String username, @Nullable String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInput("name", "a token needs a name, such as the script that uses it");
        }
        Optional<String> wrong = Limits.characterProblem(trimmed);
        if (wrong.isPresent()) {
            throw new InvalidInput("name", wrong.get());
        }
        if (trimmed.length() > 100) {
            throw new InvalidInput("name", "is " + trimmed.length() + " characters long; at most 100");
        }
        boolean taken = jdbc.sql("select exists (select 1 from api_token where username = ? and name = ? and revoked_at is null)")
                .params(username, trimmed).query(Boolean.class).single();
        if (taken) {
            throw new InvalidInput("name", "you already have a token named " + trimmed + ": revoke it or choose another name");
        }
        String secret = PREFIX + RandomText.urlSafe(32);
        long id = jdbc.sql("insert into api_token (username, name, token_sha256) values (?, ?, ?) returning id")
                .params(username, trimmed, sha256(secret)).query(Long.class).single();
        Token token = find(id).orElseThrow();
        audit.record(username, "API token created", "user " + username, null, token);
        return new Created(token, secret);
    }

    /**
     * The account a live token acts for, as it stands now (one look-up): with its present role, so that a demotion
     * reduces what its tokens may do at once; none while the account is locked. Notes the token's use at most once a minute.
     */
    @Transactional
    public Optional<UserAccounts.Account> authenticate(@Nullable String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        record Live(long id, @Nullable Instant lastUsed, UserAccounts.Account account) {

            /** Whether its last use is older than the precision it is noted with, or there was none. */
            boolean unnotedSince(Instant now) {
                return lastUsed == null || lastUsed.isBefore(now.minus(LAST_USE_PRECISION));
            }
        }
        Optional<Live> live = jdbc.sql("""
                select t.id, t.last_used_at, u.username, u.role, u.must_change_password
                from api_token t join app_user u on u.username = t.username
                where t.token_sha256 = ? and t.revoked_at is null
                  and not exists (select 1 from login_failure f
                                  where f.subject = 'account:' || u.username and f.locked_until > now())""")
                .param(sha256(secret))
                .query((rs, n) -> new Live(rs.getLong(1), instant(rs.getObject(2, OffsetDateTime.class)),
                        new UserAccounts.Account(rs.getString(3), Role.valueOf(rs.getString(4)), rs.getBoolean(5))))
                .optional();
        live.filter(t -> t.unnotedSince(Instant.now()))
                .ifPresent(t -> jdbc.sql("update api_token set last_used_at = now() where id = ?").param(t.id()).update());
        return live.map(Live::account);
    }

    public List<Token> of(String username) {
        return jdbc.sql("""
                select id, username, name, created_at, last_used_at from api_token
                where username = ? and revoked_at is null order by created_at""")
                .param(username).query((rs, n) -> token(rs)).list();
    }

    /** Revokes one of the user's own tokens; false when there is no such live token of theirs. */
    @Transactional
    public boolean revoke(String username, long id) {
        Optional<Token> before = find(id);
        boolean revoked = jdbc.sql("update api_token set revoked_at = now() where id = ? and username = ? and revoked_at is null")
                .params(id, username).update() > 0;
        if (revoked) {
            audit.record("API token revoked", "user " + username, before.orElse(null), null);
        }
        return revoked;
    }

    private Optional<Token> find(long id) {
        return jdbc.sql("select id, username, name, created_at, last_used_at from api_token where id = ?").param(id)
                .query((rs, n) -> token(rs)).optional();
    }

    private static Token token(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Token(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant(),
                instant(rs.getObject(5, OffsetDateTime.class)));
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
