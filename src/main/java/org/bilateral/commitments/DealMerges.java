package org.bilateral.commitments;

import java.util.List;
import org.bilateral.engagements.MergeConfirmed;
import org.bilateral.engagements.MergeProposals;
import org.bilateral.engagements.MergeSubject;
import org.bilateral.shared.HsCode;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follows the merges a person confirms: deals of two organisations that are one, deals cited at two engagements that
 * are one, and two deals that are one deal.
 */
@Component
class DealMerges {

    private final DealStore store;
    private final DealMergeStore mergeStore;
    private final DealReportStore reports;
    private final DealGoods goods;
    private final DealStages stages;
    private final MergeProposals merges;

    DealMerges(DealStore store, DealMergeStore mergeStore, DealReportStore reports, DealGoods goods, DealStages stages,
               MergeProposals merges) {
        this.store = store;
        this.mergeStore = mergeStore;
        this.reports = reports;
        this.goods = goods;
        this.stages = stages;
        this.merges = merges;
    }

    @EventListener
    void on(MergeConfirmed merge) {
        switch (merge.subject()) {
            case ORGANISATION -> mergeStore.mergeOrganisations(merge.keptId(), merge.mergedId());
            case ENGAGEMENT -> mergeStore.mergeEngagements(merge.keptId(), merge.mergedId());
            case DEAL -> mergeDeals(merge.keptId(), merge.mergedId());
            case PERSON -> {
            }
        }
    }

    /** Moves every report, stage, item, delivery, link and progress report of the merged deal to the kept one. */
    private void mergeDeals(long kept, long gone) {
        mergeStore.moveReports(kept, gone);
        List<Deal.Item> goneItems = store.items(List.of(gone)).getOrDefault(gone, List.of());
        goods.add(kept, store.items(List.of(kept)).getOrDefault(kept, List.of()), goneItems.stream()
                .map(i -> new ReportedDeal.Item(i.description(), i.hsCode() == null ? null : HsCode.of(i.hsCode()))).toList(), true);
        for (DealRows.StageRow s : store.stageRows(gone)) {
            stages.record(kept, s.stage(), s.happened(), s.reportId(), s.recordedBy(), s.note());
        }
        mergeStore.absorb(kept, gone);
        // Open proposals about the merged deal now concern the deal it became part of.
        merges.carryOver(MergeSubject.DEAL, gone, kept);
        mergeStore.delete(gone);
        reports.refreshValue(kept);
    }
}
