package org.bilateral.identity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind API tokens: only a token's SHA-256 is stored and looked up. */
@Repository
class ApiTokenStore {

    private final JdbcClient jdbc;

    ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A live token as a look-up finds it: when it was last used, and its account as it stands now. */
    record Live(long id, @Nullable Instant lastUsed, UserAccounts.Account account) {
    }

    boolean nameTaken(String username, String name) {
        return jdbc.sql("""
                select exists (select 1 from api_token where username = :username and name = :name and revoked_at is null)""")
                .param("username", username).param("name", name).query(Boolean.class).single();
    }

    long insert(String username, String name, String sha256) {
        return jdbc.sql("insert into api_token (username, name, token_sha256) values (:username, :name, :sha256) returning id")
                .param("username", username).param("name", name).param("sha256", sha256).query(Long.class).single();
    }

    /** The live token with this hash whose account is not locked now. */
    Optional<Live> live(String sha256) {
        return jdbc.sql("""
                select t.id, t.last_used_at, u.username, u.role, u.must_change_password
                from api_token t join app_user u on u.username = t.username
                where t.token_sha256 = :sha256 and t.revoked_at is null
                  and not exists (select 1 from login_failure f
                                  where f.subject = 'account:' || u.username and f.locked_until > now())""")
                .param("sha256", sha256)
                .query((rs, n) -> new Live(rs.getLong(1), instant(rs.getObject(2, OffsetDateTime.class)),
                        new UserAccounts.Account(rs.getString(3), Role.valueOf(rs.getString(4)), rs.getBoolean(5))))
                .optional();
    }

    /** Notes a use of the token (written off the request path, so never moving its last use back). */
    void noteUse(long id, Instant at) {
        jdbc.sql("""
                update api_token set last_used_at = :at where id = :id and (last_used_at is null or last_used_at < :at)""")
                .param("id", id).param("at", OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC)).update();
    }

    List<ApiTokens.Token> liveOf(String username) {
        return jdbc.sql("""
                select id, username, name, created_at, last_used_at from api_token
                where username = :username and revoked_at is null order by created_at""")
                .param("username", username).query((rs, n) -> token(rs)).list();
    }

    Optional<ApiTokens.Token> find(long id) {
        return jdbc.sql("select id, username, name, created_at, last_used_at from api_token where id = :id").param("id", id)
                .query((rs, n) -> token(rs)).optional();
    }

    /** Revokes the user's live token; whether there was one. */
    boolean revoke(String username, long id) {
        return jdbc.sql("""
                update api_token set revoked_at = now() where id = :id and username = :username and revoked_at is null""")
                .param("id", id).param("username", username).update() > 0;
    }

    /** Revokes every live token of the user; the names of those revoked. */
    List<String> revokeAll(String username) {
        return jdbc.sql("""
                update api_token set revoked_at = now() where username = :username and revoked_at is null returning name""")
                .param("username", username).query(String.class).list();
    }

    private static ApiTokens.Token token(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ApiTokens.Token(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, OffsetDateTime.class).toInstant(), instant(rs.getObject(5, OffsetDateTime.class)));
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
