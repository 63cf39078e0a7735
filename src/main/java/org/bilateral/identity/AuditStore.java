package org.bilateral.identity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind the audit trail: entries written as JSON text and read back newest first. */
@Repository
class AuditStore {

    private final JdbcClient jdbc;

    AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String actor, String action, String subject, @Nullable String before, @Nullable String after) {
        jdbc.sql("""
                insert into audit_entry (actor, action, subject, before, after)
                values (:actor, :action, :subject, cast(:before as jsonb), cast(:after as jsonb))""")
                .param("actor", actor).param("action", action).param("subject", subject)
                .param("before", before).param("after", after).update();
    }

    List<AuditTrail.Entry> entries(@Nullable String actor, @Nullable Instant since, int limit) {
        return jdbc.sql("""
                select id, at, actor, action, subject, before::text, after::text from audit_entry
                where (cast(:actor as text) is null or actor = :actor) and at >= coalesce(cast(:since as timestamptz), '-infinity')
                order by id desc limit :limit""")
                .param("actor", actor).param("since", since == null ? null : since.atOffset(ZoneOffset.UTC)).param("limit", limit)
                .query((rs, n) -> new AuditTrail.Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }
}
