package org.bilateral.extraction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bilateral.commitments.Instrument;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.commitments.ReportedDeal;
import org.bilateral.commitments.ReportedValue;
import org.bilateral.engagements.Directory;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.engagements.Engagements;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.extraction.reading.PressReleaseReader;
import org.bilateral.policy.PolicyIssues;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.ReportedDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The use cases of reading press releases: extract (read, store nothing), ingest (store the text and the proposals),
 * and review (accept, correct or reject each proposal; accepted ones enter the register).
 */
@Service
public class PressReleases {

    public enum Subject { EVENT, PERSON, ORGANISATION, COMMITMENT, ISSUE;
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record Ingested(long id, String name, boolean alreadyIngested, int proposals) {
    }

    public record Document(long id, String name, String text, LocalDate published, String dateline, String ingestedBy,
                           long proposed, long accepted, long rejected) {
    }

    public record Proposal(long id, long pressReleaseId, Subject subject, Map<String, Object> payload, int evidenceStart,
                           int evidenceEnd, String status, Long recordId) {
        public String label() {
            return switch (subject) {
                case EVENT -> payload.get("kind") + (payload.get("date") == null ? "" : " " + payload.get("date"));
                case PERSON, ORGANISATION -> String.valueOf(payload.get("name"));
                case COMMITMENT -> payload.get("buyer") + ": " + (payload.get("quantity") == null ? "" : payload.get("quantity") + " ")
                        + payload.get("item");
                case ISSUE -> PolicyTopic.parse(String.valueOf(payload.get("topic"))).label();
            };
        }
    }

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Directory directory;
    private final Engagements engagements;
    private final PurchaseCommitments commitments;
    private final PolicyIssues issues;

    PressReleases(JdbcClient jdbc, JsonMapper json, Directory directory, Engagements engagements, PurchaseCommitments commitments,
                  PolicyIssues issues) {
        this.jdbc = jdbc;
        this.json = json;
        this.directory = directory;
        this.engagements = engagements;
        this.commitments = commitments;
        this.issues = issues;
    }

    /** Reads a press release with the register's names in mind; stores nothing. */
    public Extraction extract(PressRelease release) {
        return reader().read(release);
    }

    /** A reader that knows the register's people and organisations as they are now. */
    public PressReleaseReader reader() {
        List<KnownNames.Person> people = directory.people().stream()
                .map(p -> new KnownNames.Person(p.name(), p.names(), p.title(), p.country())).toList();
        List<KnownNames.Organisation> orgs = directory.organisations().stream()
                .map(o -> new KnownNames.Organisation(o.name(), o.names(), o.country(), o.kind().code())).toList();
        return new PressReleaseReader(new KnownNames(people, orgs));
    }

    /** Stores the text and its proposals. The same text again changes nothing and answers with the first copy. */
    @Transactional
    public Ingested ingest(PressRelease release, String user) {
        if (release.text().isBlank()) {
            throw new InvalidInput(new InputProblem(release.name(), null, null, "the press release is empty"));
        }
        String checksum = sha256(release.text());
        Optional<Ingested> known = jdbc.sql("""
                        select id, name, (select count(*) from proposal where press_release_id = p.id) from press_release p where checksum = :c""")
                .param("c", checksum).query((rs, n) -> new Ingested(rs.getLong(1), rs.getString(2), true, rs.getInt(3))).optional();
        if (known.isPresent()) {
            return known.get();
        }
        Extraction x = extract(release);
        long id = jdbc.sql("""
                        insert into press_release (name, checksum, text, published, dateline, ingested_by)
                        values (:n, :c, :t, :p, :d, :u) returning id""")
                .param("n", release.name()).param("c", checksum).param("t", x.text())
                .param("p", x.published() == null ? null : x.published().toLocalDate()).param("d", x.dateline()).param("u", user)
                .query(Long.class).single();
        int count = 0;
        for (Extraction.Event e : x.events()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("kind", e.kind().code());
            p.put("date", text(e.date()));
            p.put("end_date", text(e.endDate()));
            p.put("place", e.place());
            p.put("round", e.round());
            p.put("participants", e.participants());
            p.put("topics", e.topics());
            p.put("sidelines_of", e.sidelinesOf());
            propose(id, Subject.EVENT, count++, p, e.evidence());
        }
        for (Extraction.Person person : x.people()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", person.name());
            p.put("title", person.title());
            p.put("country", person.country());
            p.put("organisation", person.organisation());
            propose(id, Subject.PERSON, count++, p, person.evidence());
        }
        for (Extraction.Organisation o : x.organisations()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", o.name());
            p.put("acronym", o.acronym());
            p.put("country", o.country());
            p.put("kind", o.kind().code());
            p.put("participant", o.participant());
            propose(id, Subject.ORGANISATION, count++, p, o.evidence());
        }
        for (Extraction.Commitment c : x.commitments()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("buyer", c.buyer());
            p.put("seller", c.seller());
            p.put("item", c.item());
            p.put("quantity", c.quantity());
            p.put("unit", c.unit());
            p.put("value_usd", c.valueUsd());
            p.put("value_low_usd", c.valueLowUsd());
            p.put("value_high_usd", c.valueHighUsd());
            p.put("instrument", c.instrument());
            propose(id, Subject.COMMITMENT, count++, p, c.evidence());
        }
        for (Extraction.Issue i : x.issues()) {
            propose(id, Subject.ISSUE, count++, Map.of("topic", i.topic().code()), i.evidence());
        }
        return new Ingested(id, release.name(), false, count);
    }

    private void propose(long doc, Subject subject, int position, Map<String, Object> payload, Evidence evidence) {
        int start = evidence == null ? 0 : evidence.start();
        int end = evidence == null ? 0 : evidence.end();
        jdbc.sql("""
                        insert into proposal (press_release_id, subject, position, payload, evidence_start, evidence_end)
                        values (:d, :s, :p, cast(:j as jsonb), :a, :b)""")
                .param("d", doc).param("s", subject.code()).param("p", position).param("j", json.writeValueAsString(payload))
                .param("a", start).param("b", end).update();
    }

    // --- review --------------------------------------------------------------------------------------------------

    public List<Document> documents() {
        return jdbc.sql(DOCUMENTS + " order by p.ingested_at desc, p.id desc").query((org.springframework.jdbc.core.RowMapper<Document>) this::document).list();
    }

    public Optional<Document> document(long id) {
        return jdbc.sql(DOCUMENTS + " where p.id = :id").param("id", id).query((org.springframework.jdbc.core.RowMapper<Document>) this::document).optional();
    }

    private static final String DOCUMENTS = """
            select p.id, p.name, p.text, p.published, p.dateline, p.ingested_by,
                   (select count(*) from proposal x where x.press_release_id = p.id and x.status = 'proposed'),
                   (select count(*) from proposal x where x.press_release_id = p.id and x.status = 'accepted'),
                   (select count(*) from proposal x where x.press_release_id = p.id and x.status = 'rejected')
            from press_release p""";

    private Document document(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Document(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5),
                rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getLong(9));
    }

    public List<Proposal> proposals(long pressReleaseId) {
        return jdbc.sql(PROPOSALS + " where press_release_id = :d order by position").param("d", pressReleaseId).query((org.springframework.jdbc.core.RowMapper<Proposal>) this::proposal).list();
    }

    public Optional<Proposal> proposal(long id) {
        return jdbc.sql(PROPOSALS + " where id = :id").param("id", id).query((org.springframework.jdbc.core.RowMapper<Proposal>) this::proposal).optional();
    }

    private static final String PROPOSALS = """
            select id, press_release_id, subject, payload::text, evidence_start, evidence_end, status, record_id from proposal""";

    private Proposal proposal(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Proposal(rs.getLong(1), rs.getLong(2), Subject.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)),
                json.readValue(rs.getString(4), MAP), rs.getInt(5), rs.getInt(6), rs.getString(7), (Long) rs.getObject(8));
    }

    /**
     * Accepts a proposal, with the reviewer's corrections laid over what the reader proposed. An accepted event takes
     * its participants into the register with it.
     */
    @Transactional
    public Proposal accept(long id, Map<String, Object> corrections, String user) {
        Proposal p = open(id);
        Map<String, Object> payload = new LinkedHashMap<>(p.payload());
        if (corrections != null) {
            payload.putAll(corrections);
        }
        Corrections.validate(p.subject(), payload, "proposal " + id);
        Document doc = document(p.pressReleaseId()).orElseThrow();
        String evidence = doc.text().substring(Math.min(p.evidenceStart(), doc.text().length()), Math.min(p.evidenceEnd(), doc.text().length()));
        long record = switch (p.subject()) {
            case PERSON -> person(payload, doc).value();
            case ORGANISATION -> organisation(payload).value();
            case EVENT -> event(payload, doc, evidence);
            case COMMITMENT -> commitment(payload, doc, evidence);
            case ISSUE -> issues.raise(new PolicyIssues.RaiseIssue(PolicyTopic.parse(String.valueOf(payload.get("topic"))), doc.published(),
                    doc.id(), doc.name(), null, evidence));
        };
        jdbc.sql("""
                        update proposal set status = 'accepted', payload = cast(:j as jsonb), record_id = :r, decided_by = :u, decided_at = now()
                        where id = :id""")
                .param("j", json.writeValueAsString(payload)).param("r", record).param("u", user).param("id", id).update();
        return proposal(id).orElseThrow();
    }

    @Transactional
    public Proposal reject(long id, String user) {
        open(id);
        jdbc.sql("update proposal set status = 'rejected', decided_by = :u, decided_at = now() where id = :id")
                .param("u", user).param("id", id).update();
        return proposal(id).orElseThrow();
    }

    /** Accepts every open proposal of a press release, as they were read. */
    @Transactional
    public int acceptAll(long pressReleaseId, String user) {
        int n = 0;
        for (Proposal listed : proposals(pressReleaseId)) {
            // Accepting an event accepts its participants too, so each proposal's status is read afresh.
            Proposal p = proposal(listed.id()).orElseThrow();
            if (p.status().equals("proposed")) {
                accept(p.id(), Map.of(), user);
                n++;
            }
        }
        return n;
    }

    private Proposal open(long id) {
        Proposal p = proposal(id).orElseThrow(() -> new InvalidInput("proposal " + id, "there is no such proposal"));
        if (!p.status().equals("proposed")) {
            throw new InvalidInput("proposal " + id, "it was already " + p.status());
        }
        return p;
    }

    private Directory.PersonId person(Map<String, Object> payload, Document doc) {
        Directory.OrganisationId org = null;
        Object affiliation = payload.get("organisation");
        if (affiliation instanceof String a && !a.isBlank()) {
            org = directory.recordOrganisation(new Directory.RecordOrganisation(a, null, null, null));
        }
        return directory.recordPerson(new Directory.RecordPerson(String.valueOf(payload.get("name")), (String) payload.get("title"),
                (String) payload.get("country"), org, doc.published()));
    }

    private Directory.OrganisationId organisation(Map<String, Object> payload) {
        Object kind = payload.get("kind");
        return directory.recordOrganisation(new Directory.RecordOrganisation(String.valueOf(payload.get("name")),
                (String) payload.get("acronym"), (String) payload.get("country"),
                kind == null ? OrganisationKind.OTHER : OrganisationKind.parse(String.valueOf(kind))));
    }

    private long event(Map<String, Object> payload, Document doc, String evidence) {
        List<Directory.PersonId> people = new ArrayList<>();
        List<Directory.OrganisationId> orgs = new ArrayList<>();
        List<Proposal> siblings = proposals(doc.id());
        for (Object o : (List<?>) payload.getOrDefault("participants", List.of())) {
            String name = String.valueOf(o);
            Optional<Proposal> person = sibling(siblings, Subject.PERSON, name);
            Optional<Proposal> org = sibling(siblings, Subject.ORGANISATION, name);
            if (person.isPresent()) {
                Directory.PersonId id = person(person.get().payload(), doc);
                markAccepted(person.get(), id.value());
                people.add(id);
            } else if (org.isPresent()) {
                Directory.OrganisationId id = organisation(org.get().payload());
                markAccepted(org.get(), id.value());
                orgs.add(id);
            } else if (directory.findPerson(name).isPresent()) {
                people.add(directory.findPerson(name).get());
            } else {
                // A name the reviewer typed that the document does not introduce: taken as an organisation.
                orgs.add(directory.recordOrganisation(new Directory.RecordOrganisation(name, null, null, null)));
            }
        }
        Object round = payload.get("round");
        Object sidelines = payload.get("sidelines_of");
        @SuppressWarnings("unchecked")
        List<String> topics = (List<String>) payload.getOrDefault("topics", List.of());
        return engagements.record(new Engagements.RecordEngagement(EngagementKind.parse(String.valueOf(payload.get("kind"))),
                ReportedDate.parse((String) payload.get("date")), ReportedDate.parse((String) payload.get("end_date")),
                (String) payload.get("place"), round == null ? null : ((Number) round).intValue(), people, orgs, topics,
                sidelines == null ? null : ((Number) sidelines).intValue(), doc.id(), doc.name(), evidence)).value();
    }

    private long commitment(Map<String, Object> payload, Document doc, String evidence) {
        Directory.OrganisationId buyer = directory.recordOrganisation(new Directory.RecordOrganisation(String.valueOf(payload.get("buyer")),
                null, null, OrganisationKind.COMPANY));
        Object sellerName = payload.get("seller");
        Directory.OrganisationId seller = sellerName == null || String.valueOf(sellerName).isBlank() ? null
                : directory.recordOrganisation(new Directory.RecordOrganisation(String.valueOf(sellerName), null, null, OrganisationKind.COMPANY));
        Number quantity = number(payload.get("quantity"));
        Object instrument = payload.get("instrument");
        return commitments.record(new ReportedDeal(buyer, seller, List.of(new ReportedDeal.Item(String.valueOf(payload.get("item")), null)), null,
                quantity == null ? null : quantity.longValue(), (String) payload.get("unit"),
                ReportedValue.usdOrNone(dbl(payload.get("value_usd")), dbl(payload.get("value_low_usd")), dbl(payload.get("value_high_usd"))),
                instrument == null ? null : Instrument.parse(String.valueOf(instrument)), null, doc.published(), null, false,
                ReportedDeal.Source.pressRelease(doc.id(), doc.name(), evidence), null)).deal().value();
    }

    private void markAccepted(Proposal p, long record) {
        if (p.status().equals("proposed")) {
            jdbc.sql("update proposal set status = 'accepted', record_id = :r, decided_at = now() where id = :id")
                    .param("r", record).param("id", p.id()).update();
        }
    }

    private static Optional<Proposal> sibling(List<Proposal> proposals, Subject subject, String name) {
        String key = org.bilateral.shared.NameKey.of(name);
        return proposals.stream().filter(p -> p.subject() == subject)
                .filter(p -> org.bilateral.shared.NameKey.of(String.valueOf(p.payload().get("name"))).equals(key)).findFirst();
    }

    private static Number number(Object o) {
        return o instanceof Number n ? n : o == null || String.valueOf(o).isBlank() ? null : Double.valueOf(String.valueOf(o));
    }

    private static Double dbl(Object o) {
        Number n = number(o);
        return n == null ? null : n.doubleValue();
    }

    private static String text(ReportedDate d) {
        return d == null ? null : d.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
