package org.bilateral.engagements;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.StateConflict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * Merges the register is unsure of: two people, organisations, engagements or deals that may be one. Nothing merges
 * until a person confirms; a rejected proposal is not proposed again.
 */
@Service
public class MergeProposals {

    public record Proposal(long id, MergeSubject subject, long keptId, @Nullable String kept, long mergedId, @Nullable String merged,
                           String reason,
                           MergeStatus status) {
        public boolean concerns(long id) {
            return keptId == id || mergedId == id;
        }
    }

    /**
     * A merge a person decided: which record into which, named as they were when it was decided.
     *
     * @param keptId the record that stays (that the other was merged into, when confirmed)
     */
    public record Decided(MergeSubject subject, long keptId, String kept, long mergedId, String merged, MergeStatus status,
                          Instant decidedAt) {
    }

    /** Two records an open proposal says may be one. */
    public record Pair(long keptId, long mergedId) {
    }

    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    MergeProposals(JdbcClient jdbc, ApplicationEventPublisher events, AuditTrail audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public void propose(MergeSubject subject, long keptId, long mergedId, String reason) {
        if (keptId == mergedId) {
            return;
        }
        jdbc.sql("""
                        insert into merge_proposal (subject, kept_id, merged_id, reason) values (:s, :k, :m, :r)
                        on conflict (subject, kept_id, merged_id) do nothing""")
                .param("s", subject.code()).param("k", Math.min(keptId, mergedId)).param("m", Math.max(keptId, mergedId)).param("r", reason)
                .update();
    }

    public List<Proposal> open() {
        return list("status = 'proposed'", null);
    }

    /** The open proposals of one subject, as pairs: what the deal totals count once while a person has not decided. */
    public List<Pair> openPairs(MergeSubject subject) {
        return jdbc.sql("select kept_id, merged_id from merge_proposal where subject = :s and status = 'proposed'")
                .param("s", subject.code()).query((rs, n) -> new Pair(rs.getLong(1), rs.getLong(2))).list();
    }

    /**
     * A record merged by its own module (a deal) takes its open proposals with it: each now concerns the record it
     * became part of, unless that is the other record of the proposal.
     */
    @Transactional
    public void carryOver(MergeSubject subject, long mergedId, long keptId) {
        record Open(long other, String reason) {
        }
        List<Open> open = jdbc.sql("""
                        delete from merge_proposal where subject = :s and status = 'proposed' and (kept_id = :m or merged_id = :m)
                        returning case when kept_id = :m then merged_id else kept_id end, reason""")
                .param("s", subject.code()).param("m", mergedId).query((rs, n) -> new Open(rs.getLong(1), rs.getString(2))).list();
        open.stream().filter(o -> o.other() != keptId).forEach(o -> propose(subject, keptId, o.other(), o.reason()));
    }

    public List<Proposal> all() {
        return list("true", null);
    }

    /** Merges the later record into the earlier one and tells the other modules, in one transaction: all of it or none. */
    @Transactional
    public Proposal confirm(long id, String user) {
        Proposal p = decide(id, MergeStatus.CONFIRMED, user);
        events.publishEvent(new MergeConfirmed(p.subject(), p.keptId(), p.mergedId()));
        // Every listener has now moved its references to the kept record, so the merged one can go.
        // A deal is deleted by its own module, inside its listener.
        @Nullable String table = switch (p.subject()) {
            case PERSON -> "person";
            case ORGANISATION -> "organisation";
            case ENGAGEMENT -> "engagement";
            case DEAL -> null;
        };
        if (table != null) {
            jdbc.sql("delete from " + table + " where id = :id").param("id", p.mergedId()).update();
        }
        audit.record(user, "merge confirmed", p.subject().code() + " " + p.mergedId() + " into " + p.keptId(), null, p);
        return p;
    }

    @Transactional
    public Proposal reject(long id, String user) {
        Proposal p = decide(id, MergeStatus.REJECTED, user);
        audit.record(user, "merge rejected", p.subject().code() + " " + p.mergedId() + " into " + p.keptId(), null, p);
        return p;
    }

    /**
     * Decides a proposal once. A confirmation first locks both records (by subject and number, the lower first, so that
     * two confirmations sharing a record wait for one another rather than deadlock), then reads the proposal again: a
     * record merged meanwhile into another, or a proposal decided meanwhile, is refused saying what was decided. The
     * status changes only while it is 'proposed', so a confirmation and a rejection at once cannot both be taken.
     */
    private Proposal decide(long id, MergeStatus status, String user) {
        Proposal asked = find(id).orElseThrow(() -> new InvalidInput("merge proposal " + id, "there is no such proposal"));
        if (status == MergeStatus.CONFIRMED) {
            // Advisory locks, since a deal's row belongs to the commitments module; every confirmation takes them.
            LongStream.of(asked.keptId(), asked.mergedId()).sorted().forEach(record -> jdbc.sql(
                            "select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                    .param("key", "merge " + asked.subject().code() + " " + record).query((rs, n) -> 1).list());
        }
        Proposal p = find(id).orElseThrow(() -> new StateConflict("merge proposal " + id,
                "it is no longer open: one of its records was merged meanwhile and the proposal went with it"));
        if (!p.status().open()) {
            throw alreadyDecided(p);
        }
        if (status == MergeStatus.CONFIRMED) {
            mergedAlready(p).ifPresent(said -> {
                throw new StateConflict("merge proposal " + id, said + ": it cannot be merged again; reject this proposal");
            });
        }
        // the names now, before a confirmed merge deletes the merged record
        int decided = jdbc.sql("""
                        update merge_proposal set status = :s, decided_by = :u, decided_at = now(), kept_name = :k, merged_name = :m
                        where id = :id and status = 'proposed'""")
                .param("s", status.code()).param("u", user).param("k", p.kept()).param("m", p.merged()).param("id", id).update();
        if (decided == 0) {
            // a rejection (which locks no record) was taken between the reading and now
            throw alreadyDecided(find(id).orElse(p));
        }
        return new Proposal(p.id(), p.subject(), p.keptId(), p.kept(), p.mergedId(), p.merged(), p.reason(), status);
    }

    /** A record's number as the proposals page shows it: D12 for a deal, #12 for the others. */
    private static String numbered(MergeSubject subject, long id) {
        return (subject == MergeSubject.DEAL ? "D" : "#") + id;
    }

    private StateConflict alreadyDecided(Proposal p) {
        String by = jdbc.sql("select coalesce(decided_by, 'someone') || ' at ' || to_char(decided_at at time zone 'UTC', "
                        + "'YYYY-MM-DD HH24:MI:SS') || ' UTC' from merge_proposal where id = :id")
                .param("id", p.id()).query(String.class).optional().orElse("someone");
        return new StateConflict("merge proposal " + p.id(), "it was already " + p.status().code() + " by " + by + " ("
                + p.subject().code() + " " + numbered(p.subject(), p.mergedId())
                + (p.status() == MergeStatus.CONFIRMED ? " merged into " : " kept apart from ") + numbered(p.subject(), p.keptId()) + ")");
    }

    /** Either record of a proposal merged already by another confirmed proposal, said with the record it went into. */
    private Optional<String> mergedAlready(Proposal p) {
        return jdbc.sql("""
                        select merged_id, kept_id, id from merge_proposal
                        where subject = :s and status = 'confirmed' and merged_id in (:k, :m) and id <> :id order by decided_at, id limit 1""")
                .param("s", p.subject().code()).param("k", p.keptId()).param("m", p.mergedId()).param("id", p.id())
                .query((rs, n) -> p.subject().code() + " " + numbered(p.subject(), rs.getLong(1)) + " was merged into "
                        + numbered(p.subject(), rs.getLong(2)) + " already (proposal " + rs.getLong(3) + ")")
                .optional();
    }

    /** The merges decided after this instant, oldest first. */
    public List<Decided> decidedAfter(Instant after) {
        return jdbc.sql("""
                        select subject, kept_id, coalesce(kept_name, case subject when 'deal' then 'D' else '#' end || kept_id), merged_id,
                               coalesce(merged_name, case subject when 'deal' then 'D' else '#' end || merged_id), status, decided_at
                        from merge_proposal
                        where status <> 'proposed' and decided_at > :after order by decided_at, id""")
                .param("after", OffsetDateTime.ofInstant(after, ZoneOffset.UTC))
                .query((rs, n) -> new Decided(MergeSubject.of(rs.getString(1)), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), MergeStatus.of(rs.getString(6)), rs.getObject(7, OffsetDateTime.class).toInstant()))
                .list();
    }

    public Optional<Proposal> find(long id) {
        return list("m.id = :id", id).stream().findFirst();
    }

    /** The proposals meeting a condition written here, never from input: a number asked for is the parameter {@code :id}. */
    private List<Proposal> list(String where, @Nullable Long id) {
        return jdbc.sql("""
                        select m.id, m.subject, m.kept_id, m.merged_id, m.reason, m.status,
                               case m.subject when 'person' then (select name from person where id = m.kept_id)
                                              when 'organisation' then (select name from organisation where id = m.kept_id)
                                              when 'engagement' then (select kind || ' ' || coalesce(happened, '') from engagement where id = m.kept_id)
                                              else 'D' || m.kept_id end as kept,
                               case m.subject when 'person' then (select name from person where id = m.merged_id)
                                              when 'organisation' then (select name from organisation where id = m.merged_id)
                                              when 'engagement' then (select kind || ' ' || coalesce(happened, '') from engagement where id = m.merged_id)
                                              else 'D' || m.merged_id end as merged
                        from merge_proposal m where %s order by m.id""".formatted(where))
                .param("id", id)
                .query((rs, n) -> new Proposal(rs.getLong("id"), MergeSubject.of(rs.getString("subject")), rs.getLong("kept_id"),
                        rs.getString("kept"), rs.getLong("merged_id"), rs.getString("merged"), rs.getString("reason"),
                        MergeStatus.of(rs.getString("status"))))
                .list();
    }
}
