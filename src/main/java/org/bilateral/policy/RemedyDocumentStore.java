package org.bilateral.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bilateral.shared.CountryCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind the Federal Register documents pulled and the analysts' decisions on them; in the caller's transaction. */
@Repository
class RemedyDocumentStore {

    /** Agencies are kept in one column, one per line: a name never holds a line break. */
    private static final String AGENCY_BREAK = "\n";

    private final JdbcClient jdbc;

    RemedyDocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a document as a waiting proposal; false when its number is held already. */
    boolean insert(CountryCode partner, FederalRegisterDocument d, RemedyProposal.Proposed proposed, @Nullable String caseNumber,
                   @Nullable String linkedOrder) {
        return jdbc.sql("""
                insert into federal_register_document (document_number, partner, title, abstract, doc_type, presidential_type,
                    instrument_number, publication_date, html_url, agencies, proposal, case_number, linked_order)
                values (:number, :partner, :title, :abstract, :type, :presidentialType, :instrument, :published, :url, :agencies,
                    :proposal, :caseNumber, :linkedOrder)
                on conflict (document_number) do nothing""")
                .param("number", d.documentNumber()).param("partner", partner.value()).param("title", d.title())
                .param("abstract", d.abstractText()).param("type", d.type()).param("presidentialType", d.presidentialType())
                .param("instrument", d.instrumentNumber()).param("published", d.publicationDate()).param("url", d.htmlUrl())
                .param("agencies", String.join(AGENCY_BREAK, d.agencies())).param("proposal", proposed.code())
                .param("caseNumber", caseNumber).param("linkedOrder", linkedOrder).update() == 1;
    }

    boolean holds(String number) {
        return jdbc.sql("select exists (select 1 from federal_register_document where document_number = :number)")
                .param("number", number).query(Boolean.class).single();
    }

    /** The latest publication date held for a partner, where a pull without a start goes on from. */
    Optional<LocalDate> latestPublished(CountryCode partner) {
        return Optional.ofNullable(jdbc.sql("select max(publication_date) from federal_register_document where partner = :partner")
                .param("partner", partner.value()).query(LocalDate.class).single());
    }

    Optional<RemedyProposal> find(String number) {
        return jdbc.sql(COLUMNS + " where document_number = :number").param("number", number).query(RemedyDocumentStore::proposal).optional();
    }

    /** Decides a waiting proposal; false when it was decided already. */
    boolean decide(String number, RemedyProposal.State state, String actor, @Nullable String linkedOrder) {
        return jdbc.sql("""
                update federal_register_document set state = :state, decided_at = now(), decided_by = :actor,
                    linked_order = coalesce(:linkedOrder, linked_order)
                where document_number = :number and state = 'waiting'""")
                .param("state", state.code()).param("actor", actor).param("linkedOrder", linkedOrder).param("number", number).update() == 1;
    }

    List<RemedyProposal> inState(RemedyProposal.State state, int limit) {
        return jdbc.sql(COLUMNS + " where state = :state order by coalesce(decided_at, pulled_at) desc, publication_date desc, document_number limit :limit")
                .param("state", state.code()).param("limit", limit).query(RemedyDocumentStore::proposal).list();
    }

    /** Documents pulled, or accepted, after a moment: the newest first. */
    List<RemedyProposal> since(Instant since) {
        return jdbc.sql(COLUMNS + """
                 where (state = 'waiting' and pulled_at > :since) or (state = 'accepted' and decided_at > :since)
                order by coalesce(decided_at, pulled_at) desc, document_number""")
                .param("since", Timestamp.from(since)).query(RemedyDocumentStore::proposal).list();
    }

    private static final String COLUMNS = """
            select document_number, partner, title, abstract, doc_type, presidential_type, instrument_number, publication_date,
                   html_url, agencies, proposal, case_number, linked_order, state, pulled_at, decided_at, decided_by
            from federal_register_document""";

    private static RemedyProposal proposal(ResultSet rs, int row) throws SQLException {
        String agencies = rs.getString("agencies");
        FederalRegisterDocument d = new FederalRegisterDocument(rs.getString("document_number"), rs.getString("title"),
                rs.getString("abstract"), rs.getString("doc_type"), rs.getString("presidential_type"), rs.getString("instrument_number"),
                rs.getObject("publication_date", LocalDate.class), rs.getString("html_url"),
                agencies.isEmpty() ? List.of() : Arrays.asList(agencies.split(AGENCY_BREAK)));
        Timestamp decided = rs.getTimestamp("decided_at");
        return new RemedyProposal(d, CountryCode.of(rs.getString("partner")), RemedyProposal.Proposed.parse(rs.getString("proposal")),
                rs.getString("case_number"), rs.getString("linked_order"), RemedyProposal.State.parse(rs.getString("state")),
                rs.getTimestamp("pulled_at").toInstant(), decided == null ? null : decided.toInstant(), rs.getString("decided_by"));
    }
}
