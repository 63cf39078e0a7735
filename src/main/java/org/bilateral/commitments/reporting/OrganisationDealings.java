package org.bilateral.commitments.reporting;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.bilateral.commitments.Deal;
import org.bilateral.shared.DealId;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.engagements.DealingsOf;
import org.springframework.stereotype.Component;

/** The deal register's answer to an organisation's page: its deals as buyer or seller, its reports and reporters. */
@Component
class OrganisationDealings implements DealingsOf {

    private final PurchaseCommitments commitments;
    private final EnterpriseReporting reporting;

    OrganisationDealings(PurchaseCommitments commitments, EnterpriseReporting reporting) {
        this.commitments = commitments;
        this.reporting = reporting;
    }

    @Override
    public List<Dealing> dealings(long organisationId) {
        return deals(organisationId).stream()
                .map(d -> new Dealing(d.id().value(), d.label(), d.buyerId() == organisationId, d.stage().name(), d.valueLowUsd(), d.valueHighUsd(),
                        d.firstReported()))
                .toList();
    }

    @Override
    public List<Reported> reported(long organisationId) {
        List<Deal> bought = deals(organisationId).stream().filter(d -> d.buyerId() == organisationId).toList();
        Map<DealId, List<ProgressReport>> progress = reporting.progress(bought.stream().map(Deal::id).toList());
        return progress.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparing(ProgressReport::reportedAt).reversed().thenComparing(ProgressReport::dealId))
                .map(r -> new Reported(r.dealId(), r.period().toString(), r.stage().name(), r.deliveredValueUsd(), r.reportedBy(), r.reportedAt()))
                .toList();
    }

    @Override
    public List<String> reporters(long organisationId) {
        return reporting.reportersOf(organisationId);
    }

    private List<Deal> deals(long organisationId) {
        return commitments.deals().stream()
                .filter(d -> d.buyerId() == organisationId || (d.sellerId() != null && d.sellerId() == organisationId))
                .toList();
    }
}
