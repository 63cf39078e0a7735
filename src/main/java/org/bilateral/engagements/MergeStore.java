package org.bilateral.engagements;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.bilateral.engagements.MergeProposals.Decided;
import org.bilateral.engagements.MergeProposals.Pair;
import org.bilateral.engagements.MergeProposals.Proposal;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind the merge proposals. Runs in the caller's transaction. */
@Repository
class MergeStore {

    /** An open proposal of a record, by the other record it names. */
    record Open(long other, String reason) {
    }

    private final JdbcClient jdbc;

    MergeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A proposal, the lower number kept; a pair proposed (or decided) once is not proposed again. */
    void propose(MergeSubject subject, long keptId, long mergedId, String reason) {
        jdbc.sql("""
                        insert into merge_proposal (subject, kept_id, merged_id, reason) values (:s, :k, :m, :r)
                        on conflict (subject, kept_id, merged_id) do nothing""")
                .param("s", subject.code()).param("k", Math.min(keptId, mergedId)).param("m", Math.max(keptId, mergedId)).param("r", reason)
                .update();
    }

    List<Pair> openPairs(MergeSubject subject) {
        return jdbc.sql("select kept_id, merged_id from merge_proposal where subject = :s and status = 'proposed'")
                .param("s", subject.code()).query((rs, n) -> new Pair(rs.getLong(1), rs.getLong(2))).list();
    }

    /** Deletes a record's open proposals, answering what each named besides it. */
    List<Open> takeOpen(MergeSubject subject, long id) {
        return jdbc.sql("""
                        delete from merge_proposal where subject = :s and status = 'proposed' and (kept_id = :m or merged_id = :m)
                        returning case when kept_id = :m then merged_id else kept_id end, reason""")
                .param("s", subject.code()).param("m", id).query((rs, n) -> new Open(rs.getLong(1), rs.getString(2))).list();
    }

    /** Deletes a merged person, organisation or engagement; a deal is its own module's to delete. */
    void deleteMerged(MergeSubject subject, long id) {
        switch (subject) {
            case PERSON -> jdbc.sql("delete from person where id = :id").param("id", id).update();
            case ORGANISATION -> jdbc.sql("delete from organisation where id = :id").param("id", id).update();
            case ENGAGEMENT -> jdbc.sql("delete from engagement where id = :id").param("id", id).update();
            case DEAL -> {
                // deleted by the commitments module, inside its listener
            }
        }
    }

    /**
     * Locks both records of a proposal by subject and number, the lower first, so that two confirmations sharing a
     * record wait for one another rather than deadlock. Advisory locks, since a deal's row belongs to the commitments
     * module; held until the transaction ends.
     */
    void lock(MergeSubject subject, long keptId, long mergedId) {
        LongStream.of(keptId, mergedId).sorted().forEach(record -> jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "merge " + subject.code() + " " + record).query((rs, n) -> 1).list());
    }

    /** Decides a proposal still open, keeping the names as they are now; how many were decided (0 or 1). */
    int decide(long id, MergeStatus status, String user, @Nullable String kept, @Nullable String merged) {
        return jdbc.sql("""
                        update merge_proposal set status = :s, decided_by = :u, decided_at = now(), kept_name = :k, merged_name = :m
                        where id = :id and status = 'proposed'""")
                .param("s", status.code()).param("u", user).param("k", kept).param("m", merged).param("id", id).update();
    }

    /** Who decided a proposal and when, in UTC: "analyst at 2026-02-04 09:30:00 UTC". */
    String decidedBy(long id) {
        return jdbc.sql("select coalesce(decided_by, 'someone') || ' at ' || to_char(decided_at at time zone 'UTC', "
                        + "'YYYY-MM-DD HH24:MI:SS') || ' UTC' from merge_proposal where id = :id")
                .param("id", id).query(String.class).optional().orElse("someone");
    }

    /** Another confirmed proposal that merged either record already: the record merged, where into, and which proposal. */
    record Earlier(long mergedId, long keptId, long proposal) {
    }

    Optional<Earlier> mergedAlready(Proposal p) {
        return jdbc.sql("""
                        select merged_id, kept_id, id from merge_proposal
                        where subject = :s and status = 'confirmed' and merged_id in (:k, :m) and id <> :id order by decided_at, id limit 1""")
                .param("s", p.subject().code()).param("k", p.keptId()).param("m", p.mergedId()).param("id", p.id())
                .query((rs, n) -> new Earlier(rs.getLong(1), rs.getLong(2), rs.getLong(3))).optional();
    }

    List<Decided> decidedAfter(Instant after) {
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

    List<Proposal> open() {
        return jdbc.sql(PROPOSALS.formatted("m.status = 'proposed'")).query(MergeStore::proposal).list();
    }

    List<Proposal> all() {
        return jdbc.sql(PROPOSALS.formatted("true")).query(MergeStore::proposal).list();
    }

    Optional<Proposal> find(long id) {
        return jdbc.sql(PROPOSALS.formatted("m.id = :id")).param("id", id).query(MergeStore::proposal).optional();
    }

    /** Each proposal with its records' names as they are now (a deal's as D12). */
    private static final String PROPOSALS = """
            select m.id, m.subject, m.kept_id, m.merged_id, m.reason, m.status,
                   case m.subject when 'person' then (select name from person where id = m.kept_id)
                                  when 'organisation' then (select name from organisation where id = m.kept_id)
                                  when 'engagement' then (select kind || ' ' || coalesce(happened, '') from engagement where id = m.kept_id)
                                  else 'D' || m.kept_id end as kept,
                   case m.subject when 'person' then (select name from person where id = m.merged_id)
                                  when 'organisation' then (select name from organisation where id = m.merged_id)
                                  when 'engagement' then (select kind || ' ' || coalesce(happened, '') from engagement where id = m.merged_id)
                                  else 'D' || m.merged_id end as merged
            from merge_proposal m where %s order by m.id""";

    private static Proposal proposal(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Proposal(rs.getLong("id"), MergeSubject.of(rs.getString("subject")), rs.getLong("kept_id"), rs.getString("kept"),
                rs.getLong("merged_id"), rs.getString("merged"), rs.getString("reason"), MergeStatus.of(rs.getString("status")));
    }
}
