package org.bilateral.engagements;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.StateConflict;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case: merges the register is unsure of: two people, organisations, engagements or deals that may be one. Nothing merges
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
    private final MergeStore store;
    private final ApplicationEventPublisher events;

    MergeProposals(MergeStore store, ApplicationEventPublisher events, AuditTrail audit) {
        this.audit = audit;
        this.store = store;
        this.events = events;
    }

    @Transactional
    public void propose(MergeSubject subject, long keptId, long mergedId, String reason) {
        if (keptId != mergedId) {
            store.propose(subject, keptId, mergedId, reason);
        }
    }

    public List<Proposal> open() {
        return store.open();
    }

    /** The open proposals of one subject, as pairs: what the deal totals count once while a person has not decided. */
    public List<Pair> openPairs(MergeSubject subject) {
        return store.openPairs(subject);
    }

    /**
     * A record merged by its own module (a deal) takes its open proposals with it: each now concerns the record it
     * became part of, unless that is the other record of the proposal.
     */
    @Transactional
    public void carryOver(MergeSubject subject, long mergedId, long keptId) {
        store.takeOpen(subject, mergedId).stream().filter(o -> o.other() != keptId).forEach(o -> propose(subject, keptId, o.other(), o.reason()));
    }

    public List<Proposal> all() {
        return store.all();
    }

    /** Merges the later record into the earlier one and tells the other modules, in one transaction: all of it or none. */
    @Transactional
    public Proposal confirm(long id, String user) {
        Proposal p = decide(id, MergeStatus.CONFIRMED, user);
        events.publishEvent(new MergeConfirmed(p.subject(), p.keptId(), p.mergedId()));
        // Every listener has now moved its references to the kept record, so the merged one can go.
        store.deleteMerged(p.subject(), p.mergedId());
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
        Proposal asked = find(id).orElseThrow(() -> new InvalidInput(Said.of("refusal.where.mergeProposal", String.valueOf(id)), Said.of("refusal.engagements.noProposal")));
        if (status == MergeStatus.CONFIRMED) {
            store.lock(asked.subject(), asked.keptId(), asked.mergedId());
        }
        Proposal p = find(id).orElseThrow(() -> new StateConflict(Said.of("refusal.where.mergeProposal", String.valueOf(id)), Said.of("refusal.engagements.noLongerOpen")));
        if (!p.status().open()) {
            throw alreadyDecided(p);
        }
        if (status == MergeStatus.CONFIRMED) {
            mergedAlready(p).ifPresent(said -> {
                throw new StateConflict(Said.of("refusal.where.mergeProposal", String.valueOf(id)), Said.of("refusal.engagements.mergedAgain", said));
            });
        }
        // the names now, before a confirmed merge deletes the merged record
        int decided = store.decide(id, status, user, p.kept(), p.merged());
        if (decided == 0) {
            // a rejection (which locks no record) was taken between the reading and now
            throw alreadyDecided(find(id).orElse(p));
        }
        return new Proposal(p.id(), p.subject(), p.keptId(), p.kept(), p.mergedId(), p.merged(), p.reason(), status);
    }

    /** A record's number as the proposals page shows it: D12 for a deal, #12 for the others. */
    private static String numbered(MergeSubject subject, long id) {
        return subject == MergeSubject.DEAL ? org.bilateral.shared.DealId.written(id) : "#" + id;
    }

    private StateConflict alreadyDecided(Proposal p) {
        String by = store.decidedBy(p.id());
        return new StateConflict(Said.of("refusal.where.mergeProposal", String.valueOf(p.id())), Said.of(p.status() == MergeStatus.CONFIRMED ? "refusal.engagements.alreadyMerged"
                : "refusal.engagements.alreadyKeptApart", p.status().code(), String.valueOf(by), p.subject().code(), numbered(p.subject(), p.mergedId()),
                numbered(p.subject(), p.keptId())));
    }

    /** Either record of a proposal merged already by another confirmed proposal, said with the record it went into. */
    private Optional<Said> mergedAlready(Proposal p) {
        return store.mergedAlready(p).map(e -> Said.of("refusal.engagements.recordMergedAlready", p.subject().code(), numbered(p.subject(), e.mergedId()),
                numbered(p.subject(), e.keptId()), String.valueOf(e.proposal())));
    }

    /** The merges decided after this instant, oldest first. */
    public List<Decided> decidedAfter(Instant after) {
        return store.decidedAfter(after);
    }

    public Optional<Proposal> find(long id) {
        return store.find(id);
    }
}
