package org.bilateral.commitments;

import java.util.Collection;
import java.util.List;
import org.bilateral.engagements.CitedDeals;
import org.springframework.stereotype.Component;

/** Tells the engagement page which deals were cited there, so that a deal and an engagement link both ways. */
@Component
class DealCitations implements CitedDeals {

    private final PurchaseCommitments commitments;

    DealCitations(PurchaseCommitments commitments) {
        this.commitments = commitments;
    }

    @Override
    public List<Citation> at(long engagementId, Collection<Long> pressReleaseIds) {
        return commitments.citedAt(engagementId, pressReleaseIds).stream()
                .map(d -> new Citation(d.id().value(), d.label()))
                .toList();
    }
}
