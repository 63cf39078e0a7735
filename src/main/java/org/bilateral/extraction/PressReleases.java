package org.bilateral.extraction;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.bilateral.shared.Sha256;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bilateral.engagements.Directory;
import org.bilateral.extraction.ProposedRecord.Subject;
import org.bilateral.extraction.reading.PressReleaseReader;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of reading press releases: extract (read, store nothing), ingest (store the text and the proposals),
 * and review (accept, correct or reject each proposal; accepted ones enter the register, {@link RegisterEntries}).
 * The SQL is {@link PressReleaseStore}'s; a press release or proposal that is not there is {@link NotFound} here.
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

        /** The record's fields by name, for the review form. */
        @JsonIgnore
        public ProposalFields fields() {
            return ProposalJson.fields(payload);
        }

        /** The record as the API shows it, as the proposal store holds it: its fields by name and codes. */
        @JsonProperty("payload")
        @JsonRawValue
        public String payloadJson() {
            return ProposalJson.write(payload);
        }
    }

    private final AuditTrail audit;
    private final Directory directory;
    private final Readings readings;
    private final PressReleaseStore store;
    private final RegisterEntries register;

    PressReleases(PressReleaseStore store, RegisterEntries register, Directory directory, AuditTrail audit, Readings readings) {
        this.store = store;
        this.register = register;
        this.directory = directory;
        this.audit = audit;
        this.readings = readings;
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
            throw new InvalidInput(new InputProblem(release.name(), null, null, Said.of("refusal.extraction.empty")));
        }
        String checksum = Sha256.hex(PressReleaseReader.plainText(release));
        Optional<Ingested> known = store.byChecksum(checksum);
        if (known.isPresent()) {
            return known.get();
        }
        Extraction x = extract(release);
        long id = store.insertRelease(release.name(), checksum, x.text(), x.published() == null ? null : x.published().toLocalDate(),
                x.dateline(), user);
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

    private void propose(long doc, ProposedRecord record, int position, @Nullable Evidence evidence, @Nullable Confidence confidence) {
        if (confidence == null) {
            throw new IllegalStateException("the reader proposed a " + record.subject().code() + " (" + record.label()
                    + ") without saying how sure it is");
        }
        int start = evidence == null ? 0 : evidence.start();
        int end = evidence == null ? 0 : evidence.end();
        store.insertProposal(doc, record, position, start, end, stored(confidence));
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
        return store.documents();
    }

    /** The press release by its id; {@link NotFound} when there is none. */
    public Document document(long id) {
        return store.document(id).orElseThrow(() -> new NotFound(NotFound.Thing.PRESS_RELEASE, id));
    }

    public List<Proposal> proposals(long pressReleaseId) {
        return store.proposals(pressReleaseId);
    }

    /**
     * The proposals as the review page lists them: the least certain first, so a reviewer's attention goes where the
     * reader is weakest; of equal confidence, in the order of the text (where their evidence starts), then as read.
     * A decided proposal keeps its place, so the list does not move under a reviewer working down it.
     */
    public List<Proposal> leastCertainFirst(long pressReleaseId) {
        return store.leastCertainFirst(pressReleaseId);
    }

    /** The proposal by its id; {@link NotFound} when there is none. */
    public Proposal proposal(long id) {
        return store.proposal(id).orElseThrow(() -> new NotFound(NotFound.Thing.PROPOSAL, id));
    }

    /**
     * Accepts a proposal, with the reviewer's corrections laid over what the reader proposed. An accepted event takes
     * its participants into the register with it.
     */
    @Transactional
    public Proposal accept(long id, @Nullable Corrections corrections, String user) {
        Proposal p = decide(id);
        String source = "proposal " + id;
        ProposedRecord record = ProposalJson.corrected(p.payload(), corrections, source);
        Document doc = document(p.pressReleaseId());
        String evidence = doc.text().substring(Math.min(p.evidenceStart(), doc.text().length()), Math.min(p.evidenceEnd(), doc.text().length()));
        long recorded = register.enter(record, p, doc, evidence, source);
        store.accepted(id, record, recorded, user);
        Proposal accepted = proposal(id);
        audit.record(user, "proposal accepted", "proposal " + id + " of press release " + p.pressReleaseId(), p, accepted);
        return accepted;
    }

    @Transactional
    public Proposal reject(long id, String user) {
        Proposal before = decide(id);
        store.rejected(id, user);
        Proposal rejected = proposal(id);
        audit.record(user, "proposal rejected", "proposal " + id + " of press release " + before.pressReleaseId(), before, rejected);
        return rejected;
    }

    /** Accepts every open proposal of a press release, as they were read. */
    @Transactional
    public int acceptAll(long pressReleaseId, String user) {
        int n = 0;
        // the press release's lock first, so that an accept-all sent twice finds, the second time, nothing left open
        store.lockRelease(pressReleaseId);
        for (Proposal listed : proposals(pressReleaseId)) {
            // Accepting an event accepts its participants too, so each proposal's status is read afresh.
            Proposal p = proposal(listed.id());
            if (p.status().equals("proposed")) {
                accept(p.id(), null, user);
                n++;
            }
        }
        return n;
    }

    /**
     * The open proposal a reviewer decides, its press release locked until the decision commits. Two clicks, two windows
     * or two reviewers deciding at once are taken one after the other: the later finds the proposal decided and is told
     * so, rather than each reading it open and entering the register twice. The lock is the press release's, not the
     * proposal's alone, because accepting an event accepts its sibling participants: an event and one of its people
     * accepted at once would otherwise record that person twice.
     */
    private Proposal decide(long id) {
        long release = store.releaseOf(id).orElseThrow(() -> new InvalidInput(Said.of("refusal.where.proposal", String.valueOf(id)), Said.of("refusal.engagements.noProposal")));
        store.lockRelease(release);
        // read after the lock is held: under read committed this sees the decision of whoever held it before
        Proposal p = store.proposalForUpdate(id).orElseThrow(() -> new InvalidInput(Said.of("refusal.where.proposal", String.valueOf(id)), Said.of("refusal.engagements.noProposal")));
        if (!p.status().equals("proposed")) {
            throw new InvalidInput(Said.of("refusal.where.proposal", String.valueOf(id)), Said.of("refusal.extraction.alreadyDecided", Said.of("proposalStatus." + p.status())));
        }
        return p;
    }

}
