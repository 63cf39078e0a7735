package org.bilateral.identity;

import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The record of who changed what: each use case that changes the record writes one entry, in its own transaction, with
 * the state before and after (records as JSON). The actor is the logged-in user of the request, or on the command line
 * the machine's user ("cli:alice"); a use case that knows better names it.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditTrail(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One entry as shown: nothing here can change it. */
    public record Entry(long id, Instant at, String actor, String action, String subject, @Nullable String before,
            @Nullable String after) {
    }

    /** Writes an entry for a change by whoever is acting now; must run inside the change's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subject, @Nullable Object before, @Nullable Object after) {
        record(currentActor(), action, subject, before, after);
    }

    /** Writes an entry for a change by the named actor (or, when the use case knows none, whoever is acting now). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(@Nullable String actor, String action, String subject, @Nullable Object before,
            @Nullable Object after) {
        String by = actor == null || actor.isBlank() ? currentActor() : actor;
        jdbc.sql("""
                insert into audit_entry (actor, action, subject, before, after)
                values (:actor, :action, :subject, cast(:before as jsonb), cast(:after as jsonb))""")
                .param("actor", by).param("action", action).param("subject", subject)
                .param("before", json(before)).param("after", json(after)).update();
    }

    /** Newest first, of one user or all (null), since a time or ever (null), at most {@code limit}. */
    public List<Entry> entries(@Nullable String actor, @Nullable Instant since, int limit) {
        return jdbc.sql("""
                select id, at, actor, action, subject, before::text, after::text from audit_entry
                where (cast(:actor as text) is null or actor = :actor) and at >= coalesce(cast(:since as timestamptz), '-infinity')
                order by id desc limit :limit""")
                .param("actor", actor).param("since", since == null ? null : since.atOffset(ZoneOffset.UTC)).param("limit", limit)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    /** The user of this request, or on the command line the machine's user. */
    public static String currentActor() {
        var who = SecurityContextHolder.getContext().getAuthentication();
        if (who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken)) {
            return who.getName();
        }
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    private @Nullable String json(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (tools.jackson.core.JacksonException e) {
            throw new IllegalStateException("cannot record " + value.getClass().getSimpleName() + " in the audit trail", e);
        }
    }
}
