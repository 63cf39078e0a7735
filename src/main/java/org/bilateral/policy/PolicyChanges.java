package org.bilateral.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bilateral.policy.measures.HeldOrder;
import org.bilateral.policy.measures.HtsNumber;
import org.bilateral.policy.measures.Measures;
import org.bilateral.shared.Changes;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What changed in the policy's records since a moment: Federal Register documents pulled and waiting for review, or
 * accepted (a tariff action, or a trade-remedy document: an order, a review, an evasion case), and asks opened, given a
 * position or a new status. An ask's status change and a position are dated by when they were entered, not by the day
 * the position was taken: a position of 2025 entered today is today's change.
 */
@Component
class PolicyChanges implements Changes {

    private final RemedyDocuments documents;
    private final AskStore asks;
    private final Measures measures;

    PolicyChanges(RemedyDocuments documents, AskStore asks, Measures measures) {
        this.documents = documents;
        this.asks = asks;
        this.measures = measures;
    }

    @Override
    public List<Change> since(Instant since) {
        List<Change> changes = new ArrayList<>();
        for (RemedyProposal p : documents.since(since)) {
            Kind kind = p.proposed() == RemedyProposal.Proposed.TARIFF_ACTION ? Kind.TARIFF_ACTION : Kind.TRADE_REMEDY;
            FederalRegisterDocument d = p.document();
            if (p.state() == RemedyProposal.State.ACCEPTED && p.decidedAt() != null) {
                String href = kind == Kind.TARIFF_ACTION ? "/stakes?topic=tariffs" : "/stakes?topic=market_economy_status";
                changes.add(new Change(kind, p.decidedAt(), Said.of("changes.policy.documentAccepted", d.title(),
                        d.publicationDate().toString()), href, product(p), null, d.text(), false));
            } else {
                changes.add(new Change(kind, p.pulledAt(), Said.of("changes.policy.documentWaiting", d.title(),
                        d.publicationDate().toString()), "/policy/proposals#fr-" + d.documentNumber(), product(p), null, d.text(), false));
            }
        }
        for (AskStore.Changed a : asks.changedSince(since)) {
            // the ask's statement in the reader's language: its Vietnamese wording where one was entered
            Said statement = Said.inLanguages(a.statement(), a.statementVi() == null ? a.statement() : a.statementVi());
            Said line = a.opened() ? Said.of("changes.policy.askOpened", "A" + a.id(), statement)
                    : a.statusChanged() ? Said.of("changes.policy.askStatus", "A" + a.id(), statement, Said.of("askStatus." + a.status().name()))
                    : Said.of("changes.policy.askPosition", "A" + a.id(), statement);
            changes.add(new Change(Kind.ASK, a.at(), line, "/asks/A" + a.id(), null, null, a.statement(), false));
        }
        changes.sort(Comparator.comparing(Change::at).reversed());
        return List.copyOf(changes);
    }

    /** The product of the order a document concerns, when the order is held with an HTS number: its first. */
    private @Nullable HsCode product(RemedyProposal p) {
        if (p.linkedOrder() == null || !Measures.covers(p.partner())) {
            return null;
        }
        try {
            return measures.heldOrder(p.partner(), p.linkedOrder()).map(HeldOrder::order)
                    .flatMap(o -> o.codes().stream().map(HtsNumber::digits).filter(HsCode::isValid).findFirst())
                    .map(HsCode::of).orElse(null);
        } catch (org.bilateral.shared.Unavailable | org.bilateral.shared.InvalidInput e) {
            // the orders file missing or refused: the line is still said, without its product
            return null;
        }
    }
}
