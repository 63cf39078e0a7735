package org.bilateral.extraction;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bilateral.extraction.PressReleases.Document;
import org.bilateral.extraction.PressReleases.Ingested;
import org.bilateral.extraction.PressReleases.Proposal;
import org.bilateral.extraction.ProposedRecord.Subject;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The press releases and their proposals as the {@code press_release} and {@code proposal} tables hold them: every
 * query the reading and the review make, and how a row becomes a {@link Document} or a {@link Proposal}. Answers
 * {@link Optional#empty()} for a row that is not there; the use cases decide what that means.
 */
@Repository
class PressReleaseStore {

    private static final String DOCUMENTS = """
            select p.id, p.name, p.text, p.published, p.dateline, p.ingested_by,
                   (select count(*) from proposal x where x.press_release_id = p.id and x.status = 'proposed'),
                   (select count(*) from proposal x where x.press_release_id = p.id and x.status = 'accepted'),
                   (select count(*) from proposal x where x.press_release_id = p.id and x.status = 'rejected')
            from press_release p""";

    private static final String PROPOSALS = """
            select id, press_release_id, subject, payload::text, evidence_start, evidence_end, status, record_id, confidence from proposal""";

    private final JdbcClient jdbc;

    PressReleaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The press release already stored with this checksum of its plain text, with the number of its proposals. */
    Optional<Ingested> byChecksum(String checksum) {
        return jdbc.sql("""
                        select id, name, (select count(*) from proposal where press_release_id = p.id) from press_release p where checksum = :c""")
                .param("c", checksum).query((rs, n) -> new Ingested(rs.getLong(1), rs.getString(2), true, rs.getInt(3))).optional();
    }

    /** A new press release: its cleaned text, publication date and dateline as read; answers its id. */
    long insertRelease(String name, String checksum, String text, @Nullable LocalDate published, @Nullable String dateline, String user) {
        return jdbc.sql("""
                        insert into press_release (name, checksum, text, published, dateline, ingested_by)
                        values (:n, :c, :t, :p, :d, :u) returning id""")
                .param("n", name).param("c", checksum).param("t", text).param("p", published).param("d", dateline).param("u", user)
                .query(Long.class).single();
    }

    /** One proposal of a press release, at its place in the reading, with its evidence's offsets and stored confidence. */
    void insertProposal(long release, ProposedRecord record, int position, int start, int end, BigDecimal confidence) {
        jdbc.sql("""
                        insert into proposal (press_release_id, subject, position, payload, evidence_start, evidence_end, confidence)
                        values (:d, :s, :p, cast(:j as jsonb), :a, :b, :c)""")
                .param("d", release).param("s", record.subject().code()).param("p", position).param("j", ProposalJson.write(record))
                .param("a", start).param("b", end).param("c", confidence).update();
    }

    /** Every press release, the latest ingested first. */
    List<Document> documents() {
        return jdbc.sql(DOCUMENTS + " order by p.ingested_at desc, p.id desc").query(PressReleaseStore::document).list();
    }

    Optional<Document> document(long id) {
        return jdbc.sql(DOCUMENTS + " where p.id = :id").param("id", id).query(PressReleaseStore::document).optional();
    }

    /** A press release's proposals in the order they were read. */
    List<Proposal> proposals(long release) {
        return jdbc.sql(PROPOSALS + " where press_release_id = :d order by position").param("d", release)
                .query(PressReleaseStore::proposal).list();
    }

    /** A press release's proposals the least certain first, then in the order of the text, then as read. */
    List<Proposal> leastCertainFirst(long release) {
        return jdbc.sql(PROPOSALS + " where press_release_id = :d order by confidence, evidence_start, position").param("d", release)
                .query(PressReleaseStore::proposal).list();
    }

    Optional<Proposal> proposal(long id) {
        return jdbc.sql(PROPOSALS + " where id = :id").param("id", id).query(PressReleaseStore::proposal).optional();
    }

    /** The proposal, its row locked until the transaction ends. */
    Optional<Proposal> proposalForUpdate(long id) {
        return jdbc.sql(PROPOSALS + " where id = :id for update").param("id", id).query(PressReleaseStore::proposal).optional();
    }

    /** The press release a proposal was read from. */
    Optional<Long> releaseOf(long proposal) {
        return jdbc.sql("select press_release_id from proposal where id = :id").param("id", proposal).query(Long.class).optional();
    }

    /** Locks the press release's row until the transaction ends: its proposals are decided one decision at a time. */
    void lockRelease(long release) {
        jdbc.sql("select id from press_release where id = :d for update").param("d", release).query(Long.class).optional();
    }

    /** The proposal accepted by a reviewer, as corrected, with the register's record it became. */
    void accepted(long id, ProposedRecord record, long recordId, String user) {
        jdbc.sql("""
                        update proposal set status = 'accepted', payload = cast(:j as jsonb), record_id = :r, decided_by = :u, decided_at = now()
                        where id = :id""")
                .param("j", ProposalJson.write(record)).param("r", recordId).param("u", user).param("id", id).update();
    }

    /** A person or organisation accepted with its event; its payload replaced only when {@code corrected} is given. */
    void acceptedWithEvent(long id, long recordId, @Nullable ProposedRecord corrected) {
        jdbc.sql("""
                        update proposal set status = 'accepted', record_id = :r, decided_at = now(),
                               payload = coalesce(cast(:j as jsonb), payload) where id = :id""")
                .param("r", recordId).param("j", corrected == null ? null : ProposalJson.write(corrected)).param("id", id).update();
    }

    void rejected(long id, String user) {
        jdbc.sql("update proposal set status = 'rejected', decided_by = :u, decided_at = now() where id = :id")
                .param("u", user).param("id", id).update();
    }

    private static Document document(ResultSet rs, int n) throws SQLException {
        return new Document(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5),
                rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getLong(9));
    }

    private static Proposal proposal(ResultSet rs, int n) throws SQLException {
        return new Proposal(rs.getLong(1), rs.getLong(2), ProposalJson.read(Subject.parse(rs.getString(3)), rs.getString(4)),
                rs.getInt(5), rs.getInt(6), rs.getString(7), (Long) rs.getObject(8), new Confidence(rs.getBigDecimal(9).doubleValue()));
    }

    /** A press release whose name or text holds every pattern, its letters folded as the search box folds them. */
    record Match(long id, String name, @Nullable String published, @Nullable String dateline) {
    }

    List<Match> matching(String accented, String plain, String[] patterns, int limit) {
        return jdbc.sql("""
                        select id, name, published, dateline from press_release
                        where translate(lower(name || ' ' || text), :accented, :plain) like all (:patterns)
                        order by published desc nulls last, id desc limit :limit""")
                .param("accented", accented).param("plain", plain).param("patterns", patterns).param("limit", limit)
                .query((rs, n) -> new Match(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
