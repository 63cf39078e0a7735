package org.bilateral.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bilateral.identity.AuditTrail;
import org.bilateral.policy.measures.AntidumpingOrder;
import org.bilateral.policy.measures.HeldOrder;
import org.bilateral.policy.measures.HtsNumber;
import org.bilateral.policy.measures.Measures;
import org.bilateral.policy.measures.TariffAction;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.Said;
import org.bilateral.shared.StateConflict;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case: the Federal Register documents on the partner's trade remedies and tariffs, each a proposal an analyst
 * accepts (extending the orders or the tariff history, audited, with a revision of the row) or dismisses. A document on
 * an order already held is linked to it: accepting it notes the document on that order rather than adding another.
 */
@Service
public class RemedyDocuments {

    /** What the review list shows of the decided documents. */
    static final int DECIDED_SHOWN = 50;

    private final RemedyDocumentStore store;
    private final Measures measures;
    private final AuditTrail audit;

    RemedyDocuments(RemedyDocumentStore store, Measures measures, AuditTrail audit) {
        this.store = store;
        this.measures = measures;
        this.audit = audit;
    }

    /** What became of one document pulled. */
    public enum Stored {
        /** Stored as a new proposal. */
        PROPOSED,
        /** Held already, from an earlier pull: left as it is. */
        HELD,
        /** Not the partner's, or not on a trade remedy or a tariff: not kept. */
        NOT_PROPOSED
    }

    /** Reads a pulled document as a proposal and stores it, in its own transaction: all of it or nothing. */
    @Transactional
    public Stored offer(CountryCode partner, FederalRegisterDocument d) {
        RemedyReading.Partner p = RemedyReading.PARTNERS.get(partner);
        if (p == null) {
            return Stored.NOT_PROPOSED;
        }
        Optional<RemedyProposal.Proposed> proposed = RemedyReading.proposed(p, d);
        if (proposed.isEmpty()) {
            return Stored.NOT_PROPOSED;
        }
        if (store.holds(d.documentNumber())) {
            return Stored.HELD;
        }
        String caseNumber = RemedyReading.caseNumber(p, d.text()).orElse(null);
        String linked = caseNumber != null && RemedyReading.orderCase(p).test(caseNumber) && Measures.covers(partner)
                && measures.heldOrder(partner, caseNumber).isPresent() ? caseNumber : null;
        if (!store.insert(partner, d, proposed.get(), caseNumber, linked)) {
            return Stored.HELD;
        }
        audit.record("Federal Register document proposed", "document " + d.documentNumber(), null, d);
        return Stored.PROPOSED;
    }

    /** The partner's latest publication date held, from which a pull without a start goes on. */
    public Optional<LocalDate> latestPublished(CountryCode partner) {
        return store.latestPublished(partner);
    }

    public List<RemedyProposal> waiting() {
        return store.inState(RemedyProposal.State.WAITING, Integer.MAX_VALUE);
    }

    /** The documents decided lately, the latest first. */
    public List<RemedyProposal> decided() {
        List<RemedyProposal> accepted = store.inState(RemedyProposal.State.ACCEPTED, DECIDED_SHOWN);
        List<RemedyProposal> dismissed = store.inState(RemedyProposal.State.DISMISSED, DECIDED_SHOWN);
        return java.util.stream.Stream.concat(accepted.stream(), dismissed.stream())
                .sorted(java.util.Comparator.comparing((RemedyProposal r) -> r.decidedAt() == null ? Instant.EPOCH : r.decidedAt()).reversed())
                .limit(DECIDED_SHOWN).toList();
    }

    public RemedyProposal proposal(String number) {
        return store.find(number).orElseThrow(() -> new NotFound(NotFound.Thing.PROPOSAL, number));
    }

    /** Documents pulled and waiting, or accepted, after a moment (for what changed since). */
    public List<RemedyProposal> since(Instant since) {
        return store.since(since);
    }

    /**
     * A new order as the analyst accepts it: the case number (read from the document or given), its kind, product, date
     * and HTS numbers as the notice prints them.
     */
    public record OrderAcceptance(String caseNumber, AntidumpingOrder.Kind kind, String product, @Nullable LocalDate orderDate,
                                  List<HtsNumber> codes) {

        public OrderAcceptance {
            if (!caseNumber.matches("[AC]-\\d{3}-\\d{3}")) {
                throw new InvalidInput("caseNumber", Said.of("refusal.policy.notACaseNumber", caseNumber));
            }
            if (product.isBlank()) {
                throw new InvalidInput("product", Said.of("refusal.policy.empty"));
            }
            codes = List.copyOf(codes);
        }
    }

    /** A tariff action as the analyst accepts it: from when, at what rate (none for a change of scope), on what goods. */
    public record TariffAcceptance(LocalDate effective, @Nullable BigDecimal ratePercent, String appliesTo) {

        public TariffAcceptance {
            if (appliesTo.isBlank()) {
                throw new InvalidInput("appliesTo", Said.of("refusal.policy.empty"));
            }
            if (ratePercent != null && (ratePercent.signum() < 0 || ratePercent.compareTo(BigDecimal.valueOf(1000)) > 0)) {
                throw new InvalidInput("rate", Said.of("refusal.policy.notARate1000", ratePercent.toPlainString()));
            }
        }
    }

    /**
     * Accepts a document proposing a new order: the order is added to the partner's orders, or, when the partner holds
     * that case already, the document is noted on it.
     */
    @Transactional
    public RemedyProposal acceptOrder(String number, OrderAcceptance a, String actor) {
        RemedyProposal p = waitingProposal(number);
        FederalRegisterDocument d = p.document();
        String source = "Federal Register " + d.documentNumber();
        AntidumpingOrder order = new AntidumpingOrder(a.caseNumber(), a.kind(), a.product().strip(), a.orderDate(), a.codes(), d.htmlUrl(),
                d.title() + " (" + source + ")");
        if (!measures.addOrder(p.partner(), order, HeldOrder.PROPOSAL, source, actor)) {
            measures.noteOnOrder(p.partner(), a.caseNumber(), evidence(d), HeldOrder.PROPOSAL, source, actor);
        }
        return decided(p, RemedyProposal.State.ACCEPTED, actor, a.caseNumber());
    }

    /** Accepts a document on an order held (a review, an evasion case naming it, a notice): noted on that order. */
    @Transactional
    public RemedyProposal acceptNote(String number, String actor) {
        RemedyProposal p = waitingProposal(number);
        if (p.linkedOrder() != null) {
            measures.noteOnOrder(p.partner(), p.linkedOrder(), evidence(p.document()), HeldOrder.PROPOSAL,
                    "Federal Register " + p.number(), actor);
        }
        return decided(p, RemedyProposal.State.ACCEPTED, actor, null);
    }

    /** Accepts a presidential document as a dated action of the partner's tariff history. */
    @Transactional
    public RemedyProposal acceptTariff(String number, TariffAcceptance a, String actor) {
        RemedyProposal p = waitingProposal(number);
        FederalRegisterDocument d = p.document();
        String instrument = d.instrumentNumber() != null && d.presidentialType() != null
                ? d.presidentialType() + " " + d.instrumentNumber() + ": " + d.title() : d.title();
        TariffAction action = new TariffAction(a.effective(), a.ratePercent(), a.appliesTo().strip(), instrument, d.htmlUrl(),
                "Federal Register " + d.documentNumber() + ", published " + d.publicationDate(), TariffAction.Kind.of(a.ratePercent(), a.appliesTo()));
        if (measures.addTariffAction(p.partner(), action, HeldOrder.PROPOSAL, "Federal Register " + d.documentNumber(), actor).isEmpty()) {
            throw new StateConflict(number, Said.of("refusal.policy.tariffActionHeld", a.effective().toString(), instrument));
        }
        return decided(p, RemedyProposal.State.ACCEPTED, actor, null);
    }

    @Transactional
    public RemedyProposal dismiss(String number, String actor) {
        return decided(waitingProposal(number), RemedyProposal.State.DISMISSED, actor, null);
    }

    private RemedyProposal waitingProposal(String number) {
        RemedyProposal p = proposal(number);
        if (p.state() != RemedyProposal.State.WAITING) {
            throw new StateConflict(number, Said.of("refusal.policy.documentDecided", number));
        }
        return p;
    }

    private RemedyProposal decided(RemedyProposal p, RemedyProposal.State state, String actor, @Nullable String linked) {
        if (!store.decide(p.number(), state, actor, linked)) {
            throw new StateConflict(p.number(), Said.of("refusal.policy.documentDecided", p.number()));
        }
        RemedyProposal after = proposal(p.number());
        audit.record(actor, state == RemedyProposal.State.ACCEPTED ? "Federal Register document accepted" : "Federal Register document dismissed",
                "document " + p.number(), p.state().code(), after.state().code());
        return after;
    }

    /** What an order's status evidence says of a later notice: its title, date and where it is read. */
    private static String evidence(FederalRegisterDocument d) {
        return d.title() + " (published " + d.publicationDate() + ", Federal Register " + d.documentNumber() + "): " + d.htmlUrl();
    }
}
