package org.bilateral.extraction;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.commitments.ReportedDeal;
import org.bilateral.commitments.ReportedValue;
import org.bilateral.engagements.Directory;
import org.bilateral.engagements.Engagements;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.extraction.reading.PressReleaseReader;
import org.bilateral.extraction.reading.TypedNames;
import org.bilateral.extraction.ProposedRecord.Subject;
import org.bilateral.identity.AuditTrail;
import org.bilateral.policy.Asks;
import org.bilateral.policy.PolicyIssues;
import org.bilateral.reference.Country;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NameKey;
import org.bilateral.shared.NotFound;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of reading press releases: extract (read, store nothing), ingest (store the text and the proposals),
 * and review (accept, correct or reject each proposal; accepted ones enter the register).
 */
@Service
public class PressReleases {

    public record Ingested(long id, String name, boolean alreadyIngested, int proposals) {
    }

    public record Document(long id, String name, String text, LocalDate published, String dateline, String ingestedBy,
                           long proposed, long accepted, long rejected) {
    }

    /**
     * A proposed record of a press release, its evidence's offsets in the text, what the reviewer decided, and how sure
     * the reader was of it. In JSON its payload is written as {@link ProposalJson} stores it, by the record's field names
     * and codes, and its confidence as a number from 0 to 1.
     */
    public record Proposal(long id, long pressReleaseId, @JsonIgnore ProposedRecord payload, int evidenceStart, int evidenceEnd,
                           String status, Long recordId, Confidence confidence) {

        @JsonIgnore
        public Subject subject() {
            return payload.subject();
        }

        @JsonIgnore
        public String label() {
            return payload.label();
        }

        @JsonProperty("subject")
        public String subjectCode() {
            return subject().code();
        }

        /** The record's fields by name, for the review form and the API. */
        @JsonProperty("payload")
        public Map<String, Object> fields() {
            return ProposalJson.fields(payload);
        }
    }

    private final AuditTrail audit;
    private final Asks asks;
    private final JdbcClient jdbc;
    private final Directory directory;
    private final Engagements engagements;
    private final PurchaseCommitments commitments;
    private final PolicyIssues issues;
    private final CountryDirectory countries;
    private final Readings readings;

    PressReleases(JdbcClient jdbc, Directory directory, Engagements engagements, PurchaseCommitments commitments,
                  PolicyIssues issues, Asks asks, AuditTrail audit, CountryDirectory countries, Readings readings) {
        this.countries = countries;
        this.readings = readings;
        this.audit = audit;
        this.asks = asks;
        this.jdbc = jdbc;
        this.directory = directory;
        this.engagements = engagements;
        this.commitments = commitments;
        this.issues = issues;
    }

    /**
     * Reads a press release with the register's names in mind; stores nothing. The reading runs on the reader threads
     * ({@link Readings}): refused with {@link org.bilateral.shared.Unavailable} when as many are being read and waiting
     * as are taken, or when it outlasts its time.
     */
    public Extraction extract(PressRelease release) {
        return readings.read(reader(), release);
    }

    /** A reader that knows the register's people and organisations as they are now. */
    public PressReleaseReader reader() {
        List<KnownNames.Person> people = directory.people().stream()
                .map(p -> new KnownNames.Person(p.name(), p.names(), p.title(), p.country())).toList();
        List<KnownNames.Organisation> orgs = directory.organisations().stream()
                .map(o -> new KnownNames.Organisation(o.name(), o.names(), o.country(), o.kind().code())).toList();
        return new PressReleaseReader(new KnownNames(people, orgs));
    }

    /**
     * Stores the text and its proposals. The same text again changes nothing and answers with the first copy: the same
     * by its plain text, whatever its line endings, trailing spaces, Unicode normalisation or markup.
     */
    @Transactional
    public Ingested ingest(PressRelease release, String user) {
        if (release.text().isBlank()) {
            throw new InvalidInput(new InputProblem(release.name(), null, null, "the press release is empty"));
        }
        String checksum = sha256(PressReleaseReader.plainText(release));
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
            propose(id, ProposedRecord.Event.of(e), count++, e.evidence(), e.confidence());
        }
        for (Extraction.Person person : x.people()) {
            propose(id, ProposedRecord.Person.of(person), count++, person.evidence(), person.confidence());
        }
        for (Extraction.Organisation o : x.organisations()) {
            propose(id, ProposedRecord.Organisation.of(o), count++, o.evidence(), o.confidence());
        }
        for (Extraction.Commitment c : x.commitments()) {
            propose(id, ProposedRecord.Commitment.of(c), count++, c.evidence(), c.confidence());
        }
        for (Extraction.Issue i : x.issues()) {
            // issues are read from the fixed issue vocabulary by the rules alone, so theirs is the rules' figure
            propose(id, new ProposedRecord.Issue(i.topic()), count++, i.evidence(), Confidence.RULES_ISSUES);
        }
        Ingested ingested = new Ingested(id, release.name(), false, count);
        audit.record(user, "press release ingested", "press release " + id, null, ingested);
        return ingested;
    }

    private void propose(long doc, ProposedRecord record, int position, Evidence evidence, Confidence confidence) {
        if (confidence == null) {
            throw new IllegalStateException("the reader proposed a " + record.subject().code() + " (" + record.label()
                    + ") without saying how sure it is");
        }
        int start = evidence == null ? 0 : evidence.start();
        int end = evidence == null ? 0 : evidence.end();
        jdbc.sql("""
                        insert into proposal (press_release_id, subject, position, payload, evidence_start, evidence_end, confidence)
                        values (:d, :s, :p, cast(:j as jsonb), :a, :b, :c)""")
                .param("d", doc).param("s", record.subject().code()).param("p", position).param("j", ProposalJson.write(record))
                .param("a", start).param("b", end).param("c", stored(confidence)).update();
    }

    /**
     * A confidence as the proposal store holds it, to the thousandth (a tenth of a percent on the review page, the finest
     * it shows): the rules' figures are already thousandths; a trained component's probability is rounded half-even.
     */
    static BigDecimal stored(Confidence confidence) {
        return confidence.fraction().setScale(3, RoundingMode.HALF_EVEN);
    }

    // --- review --------------------------------------------------------------------------------------------------

    public List<Document> documents() {
        return jdbc.sql(DOCUMENTS + " order by p.ingested_at desc, p.id desc").query((RowMapper<Document>) this::document).list();
    }

    public Optional<Document> document(long id) {
        return jdbc.sql(DOCUMENTS + " where p.id = :id").param("id", id).query((RowMapper<Document>) this::document).optional();
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
        return jdbc.sql(PROPOSALS + " where press_release_id = :d order by position").param("d", pressReleaseId).query((RowMapper<Proposal>) this::proposal).list();
    }

    /**
     * The proposals as the review page lists them: the least certain first, so a reviewer's attention goes where the
     * reader is weakest; of equal confidence, in the order of the text (where their evidence starts), then as read.
     * A decided proposal keeps its place, so the list does not move under a reviewer working down it.
     */
    public List<Proposal> leastCertainFirst(long pressReleaseId) {
        return jdbc.sql(PROPOSALS + " where press_release_id = :d order by confidence, evidence_start, position").param("d", pressReleaseId)
                .query((RowMapper<Proposal>) this::proposal).list();
    }

    public Optional<Proposal> proposal(long id) {
        return jdbc.sql(PROPOSALS + " where id = :id").param("id", id).query((RowMapper<Proposal>) this::proposal).optional();
    }

    private static final String PROPOSALS = """
            select id, press_release_id, subject, payload::text, evidence_start, evidence_end, status, record_id, confidence from proposal""";

    private Proposal proposal(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Proposal(rs.getLong(1), rs.getLong(2), ProposalJson.read(Subject.parse(rs.getString(3)), rs.getString(4)),
                rs.getInt(5), rs.getInt(6), rs.getString(7), (Long) rs.getObject(8), new Confidence(rs.getBigDecimal(9).doubleValue()));
    }

    /**
     * Accepts a proposal, with the reviewer's corrections laid over what the reader proposed. An accepted event takes
     * its participants into the register with it.
     */
    @Transactional
    public Proposal accept(long id, Map<String, ?> corrections, String user) {
        Proposal p = decide(id);
        ProposedRecord record = ProposalJson.corrected(p.payload(), corrections, "proposal " + id);
        Document doc = document(p.pressReleaseId()).orElseThrow();
        String evidence = doc.text().substring(Math.min(p.evidenceStart(), doc.text().length()), Math.min(p.evidenceEnd(), doc.text().length()));
        long recorded;
        if (record instanceof ProposedRecord.Person person) {
            Directory.PersonId who = person(person, doc);
            // the spelling the reader found stays the person's too, so the event that names them so still finds them
            directory.alsoWritten(who, ((ProposedRecord.Person) p.payload()).name());
            recorded = who.value();
        } else if (record instanceof ProposedRecord.Organisation organisation) {
            Directory.OrganisationId which = organisation(organisation);
            directory.alsoWritten(which, ((ProposedRecord.Organisation) p.payload()).name());
            recorded = which.value();
        } else if (record instanceof ProposedRecord.Event event) {
            recorded = event(event, (ProposedRecord.Event) p.payload(), doc, evidence);
        } else if (record instanceof ProposedRecord.Commitment commitment) {
            recorded = commitment(commitment, doc, evidence);
        } else {
            ProposedRecord.Issue issue = (ProposedRecord.Issue) record;
            recorded = issues.raise(new PolicyIssues.RaiseIssue(issue.topic(), doc.published(), doc.id(), doc.name(), null, evidence));
            if (issue.newAsk().isPresent()) {
                // the report's sentence is the new ask's statement, and the report its first position
                var sides = issue.newAsk().get();
                long opened = asks.open(new Asks.OpenAsk(sides.get(0), sides.get(1), issue.topic(),
                        evidence.strip().replaceAll("\\s+", " "))).id();
                positionOn("A" + opened, doc, evidence, "proposal " + id);
            } else if (issue.ask() != null && !issue.ask().isBlank()) {
                positionOn(issue.ask(), doc, evidence, "proposal " + id);
            }
        }
        jdbc.sql("""
                        update proposal set status = 'accepted', payload = cast(:j as jsonb), record_id = :r, decided_by = :u, decided_at = now()
                        where id = :id""")
                .param("j", ProposalJson.write(record)).param("r", recorded).param("u", user).param("id", id).update();
        Proposal accepted = proposal(id).orElseThrow();
        audit.record(user, "proposal accepted", "proposal " + id + " of press release " + p.pressReleaseId(), p, accepted);
        return accepted;
    }

    /** The report as a position on an ask the reviewer named: its date, its name as the place, its words. */
    private void positionOn(String ask, Document doc, String evidence, String source) {
        long askId = Asks.number(ask);
        if (doc.published() == null) {
            throw new InvalidInput(source, "the press release has no date, so it cannot date a position on A" + askId
                    + ": add the position on the ask's page");
        }
        try {
            asks.take(new Asks.TakePosition(askId, doc.published(), whoTook(asks.ask(askId), doc, evidence), doc.name(), evidence, null, null,
                    "reported in press release #" + doc.id()), "press release #" + doc.id() + ", " + doc.name());
        } catch (NotFound e) {
            throw new InvalidInput(new InputProblem(source, null, "ask", "there is no ask A" + askId));
        }
    }

    /**
     * Who took the position a press release reports, never no one: the person the sentence names (one the release
     * proposes and the reviewer has not rejected, else one in the register, by any of the names it knows), else the
     * organisation it names, by name or acronym, with its country ("Vietnam (MOIT)"), else the one person of the asking
     * side the release proposes (a sentence that says "He asked" means them), else the side that asks, by name.
     * A person is matched by a name of two words or more, whole words, accents aside: one word ("Hùng") is too often
     * part of another name. The place is the release's name already, so who took it is the part a reader cannot infer.
     */
    String whoTook(Asks.Ask ask, Document doc, String evidence) {
        String sentence = words(evidence);
        List<Proposal> named = proposals(doc.id()).stream().filter(p -> !p.status().equals("rejected")).toList();
        for (Proposal p : named) {
            if (p.payload() instanceof ProposedRecord.Person person && names(sentence, person.name())) {
                return person.name().strip();
            }
        }
        for (Directory.Person person : directory.people()) {
            if (names(sentence, person.name()) || person.names().stream().anyMatch(n -> names(sentence, n))) {
                return person.name();
            }
        }
        for (Proposal p : named) {
            if (p.payload() instanceof ProposedRecord.Organisation o && (names(sentence, o.name()) || acronym(evidence, o.acronym()))) {
                return organisation(o.name(), o.acronym(), o.country());
            }
        }
        for (Directory.Organisation o : directory.organisations()) {
            if (names(sentence, o.name()) || o.names().stream().anyMatch(n -> names(sentence, n)) || acronym(evidence, o.acronym())) {
                return organisation(o.name(), o.acronym(), o.country() == null ? null : CountryCode.of(o.country()));
            }
        }
        List<String> ofTheSide = named.stream().map(Proposal::payload).filter(ProposedRecord.Person.class::isInstance)
                .map(ProposedRecord.Person.class::cast).filter(person -> ask.side().equals(person.country()))
                .map(person -> person.name().strip()).distinct().toList();
        if (ofTheSide.size() == 1) {
            return ofTheSide.get(0);
        }
        return countryName(ask.side());
    }

    /** An organisation as who took a position: its country, and its acronym or else its name, "Vietnam (MOIT)". */
    private String organisation(String name, String acronym, CountryCode country) {
        String org = acronym != null && !acronym.isBlank() ? acronym.strip() : name.strip();
        return country == null ? org : countryName(country) + " (" + org + ")";
    }

    /** Whether the sentence, as {@link #words} gives it, holds the name of two words or more as whole words. */
    private static boolean names(String sentence, String name) {
        String n = words(name).strip();
        return n.contains(" ") && sentence.contains(" " + n + " ");
    }

    /** The text's words in lower case without accents (đ as d), one space between each and one at each end. */
    private static String words(String text) {
        if (text == null) {
            return " ";
        }
        // marks stay with their letters until NameKey takes them off each word
        String keys = Arrays.stream(text.split("[^\\p{L}\\p{N}\\p{M}]+")).map(NameKey::of).filter(k -> !k.isEmpty())
                .collect(Collectors.joining(" "));
        return " " + keys + " ";
    }

    /** Whether an acronym stands in the text as a word of its own, as written: "MOIT", not the "moit" in "Samoitra". */
    private static boolean acronym(String text, String acronym) {
        return acronym != null && !acronym.isBlank() && Pattern.compile("(?<![\\p{L}\\p{N}])"
                + Pattern.quote(acronym.strip()) + "(?![\\p{L}\\p{N}])").matcher(text).find();
    }

    private String countryName(CountryCode code) {
        return countries.byCode(code).map(Country::name).orElse(code.value());
    }

    @Transactional
    public Proposal reject(long id, String user) {
        Proposal before = decide(id);
        jdbc.sql("update proposal set status = 'rejected', decided_by = :u, decided_at = now() where id = :id")
                .param("u", user).param("id", id).update();
        Proposal rejected = proposal(id).orElseThrow();
        audit.record(user, "proposal rejected", "proposal " + id + " of press release " + before.pressReleaseId(), before, rejected);
        return rejected;
    }

    /** Accepts every open proposal of a press release, as they were read. */
    @Transactional
    public int acceptAll(long pressReleaseId, String user) {
        int n = 0;
        // the press release's lock first, so that an accept-all sent twice finds, the second time, nothing left open
        lockRelease(pressReleaseId);
        for (Proposal listed : proposals(pressReleaseId)) {
            // Accepting an event accepts its participants too, so each proposal's status is read afresh.
            Proposal p = proposal(listed.id()).orElseThrow();
            if (p.status().equals("proposed")) {
                accept(p.id(), null, user);
                n++;
            }
        }
        return n;
    }

    /** Locks the press release's row until the transaction ends: its proposals are decided one decision at a time. */
    private void lockRelease(long pressReleaseId) {
        jdbc.sql("select id from press_release where id = :d for update").param("d", pressReleaseId).query(Long.class).optional();
    }

    /**
     * The open proposal a reviewer decides, its press release locked until the decision commits. Two clicks, two windows
     * or two reviewers deciding at once are taken one after the other: the later finds the proposal decided and is told
     * so, rather than each reading it open and entering the register twice. The lock is the press release's, not the
     * proposal's alone, because accepting an event accepts its sibling participants: an event and one of its people
     * accepted at once would otherwise record that person twice.
     */
    private Proposal decide(long id) {
        Long release = jdbc.sql("select press_release_id from proposal where id = :id").param("id", id).query(Long.class).optional()
                .orElseThrow(() -> new InvalidInput("proposal " + id, "there is no such proposal"));
        lockRelease(release);
        // read after the lock is held: under read committed this sees the decision of whoever held it before
        Proposal p = jdbc.sql(PROPOSALS + " where id = :id for update").param("id", id)
                .query((RowMapper<Proposal>) this::proposal).single();
        if (!p.status().equals("proposed")) {
            throw new InvalidInput("proposal " + id, "it was already " + p.status());
        }
        return p;
    }

    private Directory.PersonId person(ProposedRecord.Person p, Document doc) {
        Directory.OrganisationId org = null;
        if (p.organisation() != null && !p.organisation().isBlank()) {
            org = directory.recordOrganisation(new Directory.RecordOrganisation(p.organisation(), null, null, null));
        }
        return directory.recordPerson(new Directory.RecordPerson(p.name(), p.title(), code(p.country()), org, doc.published()));
    }

    private Directory.OrganisationId organisation(ProposedRecord.Organisation o) {
        return directory.recordOrganisation(new Directory.RecordOrganisation(o.name(), o.acronym(), code(o.country()),
                o.kind() == null ? OrganisationKind.OTHER : o.kind()));
    }

    private long event(ProposedRecord.Event e, ProposedRecord.Event proposed, Document doc, String evidence) {
        List<Directory.PersonId> people = new ArrayList<>();
        List<Directory.OrganisationId> orgs = new ArrayList<>();
        for (int i = 0; i < e.participants().size(); i++) {
            String name = e.participants().get(i);
            // A list corrected name for name, as long as the reader's: the name in the same place is the one corrected.
            String earlier = proposed.participants().size() == e.participants().size()
                    && !NameKey.of(proposed.participants().get(i)).equals(NameKey.of(name)) ? proposed.participants().get(i) : null;
            Object who = participant(name, earlier, proposals(doc.id()), doc);
            if (who instanceof Directory.PersonId person) {
                if (!people.contains(person)) {
                    people.add(person);
                }
            } else if (!orgs.contains((Directory.OrganisationId) who)) {
                orgs.add((Directory.OrganisationId) who);
            }
        }
        return engagements.record(new Engagements.RecordEngagement(e.kind(), e.date(), e.endDate(), e.place(), e.round(), e.talks(),
                people, orgs, e.topics(), e.sidelinesOf(), doc.id(), doc.name(), evidence)).value();
    }

    /**
     * Whom a participant's name stands for, a {@link Directory.PersonId} or a {@link Directory.OrganisationId}: the person
     * or organisation the press release proposes under that name (accepted with the event); one it proposes under the
     * spelling the reviewer corrected, or under part of the name typed ("Biden" for "Joe Biden"), accepted under the
     * name typed; a person or organisation the register knows by the name, with or without accents; a new person when
     * the name reads as one (a title before it, or a first and a last name); else a new organisation. An earlier
     * spelling that shares a word with the name stays the record's "also written".
     */
    private Object participant(String name, String earlier, List<Proposal> siblings, Document doc) {
        Optional<Proposal> person = sibling(siblings, Subject.PERSON, name);
        if (person.isPresent()) {
            Directory.PersonId id = person((ProposedRecord.Person) person.get().payload(), doc);
            markAccepted(person.get(), id.value(), null);
            return id;
        }
        Optional<Proposal> org = sibling(siblings, Subject.ORGANISATION, name);
        if (org.isPresent()) {
            Directory.OrganisationId id = organisation((ProposedRecord.Organisation) org.get().payload());
            markAccepted(org.get(), id.value(), null);
            return id;
        }
        Optional<TypedNames.PersonName> read = TypedNames.person(name);
        Optional<Proposal> corrected = earlier == null ? Optional.empty() : sibling(siblings, Subject.PERSON, earlier);
        if (corrected.isEmpty() && read.isPresent()) {
            corrected = partOf(siblings, read.get().name());
        }
        if (corrected.isPresent()) {
            ProposedRecord.Person was = (ProposedRecord.Person) corrected.get().payload();
            ProposedRecord.Person now = new ProposedRecord.Person(read.map(TypedNames.PersonName::name).orElse(name),
                    read.map(TypedNames.PersonName::title).orElse(was.title()), was.country(), was.organisation());
            Directory.PersonId id = person(now, doc);
            directory.alsoWritten(id, was.name());
            markAccepted(corrected.get(), id.value(), now);
            return id;
        }
        Optional<Proposal> correctedOrg = earlier == null ? Optional.empty() : sibling(siblings, Subject.ORGANISATION, earlier);
        if (correctedOrg.isPresent() && read.isEmpty()) {
            ProposedRecord.Organisation was = (ProposedRecord.Organisation) correctedOrg.get().payload();
            ProposedRecord.Organisation now = new ProposedRecord.Organisation(name, was.acronym(), was.country(), was.kind(), was.participant());
            Directory.OrganisationId id = organisation(now);
            directory.alsoWritten(id, was.name());
            markAccepted(correctedOrg.get(), id.value(), now);
            return id;
        }
        Object who;
        Optional<Directory.PersonId> known = directory.findPerson(name)
                .or(() -> read.flatMap(r -> directory.findPerson(r.name())));
        if (known.isPresent()) {
            who = known.get();
        } else if (directory.findOrganisation(name).isPresent()) {
            who = directory.findOrganisation(name).get();
        } else if (read.isPresent()) {
            who = directory.recordPerson(new Directory.RecordPerson(read.get().name(), read.get().title(), null, null, doc.published()));
        } else {
            // A name that reads as no person's ("Boeing", "the Senate Finance Committee"): an organisation.
            who = directory.recordOrganisation(new Directory.RecordOrganisation(name, null, null, null));
        }
        if (earlier != null && sharesAWord(earlier, name)) {
            if (who instanceof Directory.PersonId id) {
                directory.alsoWritten(id, earlier);
            } else {
                directory.alsoWritten((Directory.OrganisationId) who, earlier);
            }
        }
        return who;
    }

    /** The one person the press release proposes whose every word is in the name typed ("Biden" in "Joe Biden"). */
    private static Optional<Proposal> partOf(List<Proposal> siblings, String typed) {
        Set<String> words = wordKeys(typed);
        List<Proposal> within = siblings.stream().filter(p -> p.subject() == Subject.PERSON)
                .filter(p -> words.containsAll(wordKeys(((ProposedRecord.Person) p.payload()).name()))).toList();
        return within.size() == 1 ? Optional.of(within.get(0)) : Optional.empty();
    }

    private static boolean sharesAWord(String a, String b) {
        Set<String> common = new HashSet<>(wordKeys(a));
        common.retainAll(wordKeys(b));
        return !common.isEmpty();
    }

    private static Set<String> wordKeys(String name) {
        return Arrays.stream(name.strip().split("\\s+")).map(NameKey::of).filter(k -> !k.isEmpty()).collect(Collectors.toSet());
    }

    private long commitment(ProposedRecord.Commitment c, Document doc, String evidence) {
        Directory.OrganisationId buyer = directory.recordOrganisation(new Directory.RecordOrganisation(c.buyer(), null, null, OrganisationKind.COMPANY));
        Directory.OrganisationId seller = c.seller() == null || c.seller().isBlank() ? null
                : directory.recordOrganisation(new Directory.RecordOrganisation(c.seller(), null, null, OrganisationKind.COMPANY));
        return commitments.record(new ReportedDeal(buyer, seller, List.of(new ReportedDeal.Item(c.item(), null)), null, c.quantity(), c.unit(),
                value(c), c.instrument(), null, doc.published(), null, false,
                ReportedDeal.Source.pressRelease(doc.id(), doc.name(), evidence), null)).deal().value();
    }

    /** The purchase's value as reported: a point, a range or either end of one; null when it gives none. */
    private static ReportedValue value(ProposedRecord.Commitment c) {
        if (c.valueUsd() == null && c.valueLowUsd() == null && c.valueHighUsd() == null) {
            return null;
        }
        BigDecimal low = c.valueLowUsd() != null ? c.valueLowUsd() : c.valueUsd() != null ? c.valueUsd() : c.valueHighUsd();
        BigDecimal high = c.valueHighUsd() != null ? c.valueHighUsd() : c.valueUsd() != null ? c.valueUsd() : c.valueLowUsd();
        return ReportedValue.usd(low, high);
    }

    /** Accepts a person or organisation proposed with an event, as corrected there when {@code corrected} is given. */
    private void markAccepted(Proposal p, long record, ProposedRecord corrected) {
        if (p.status().equals("proposed")) {
            jdbc.sql("""
                            update proposal set status = 'accepted', record_id = :r, decided_at = now(),
                                   payload = coalesce(cast(:j as jsonb), payload) where id = :id""")
                    .param("r", record).param("j", corrected == null ? null : ProposalJson.write(corrected)).param("id", p.id()).update();
        }
    }

    private static Optional<Proposal> sibling(List<Proposal> proposals, Subject subject, String name) {
        String key = NameKey.of(name);
        return proposals.stream().filter(p -> p.subject() == subject).filter(p -> NameKey.of(p.payload() instanceof ProposedRecord.Person person
                ? person.name() : ((ProposedRecord.Organisation) p.payload()).name()).equals(key)).findFirst();
    }

    private static String code(CountryCode country) {
        return country == null ? null : country.value();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
