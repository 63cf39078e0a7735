package org.bilateral.commitments;

import java.util.List;
import org.springframework.stereotype.Component;

/** Adds a report's goods to a deal: all of them to a new deal, only goods it did not list to a known one. */
@Component
class DealGoods {

    private final DealReportStore reports;

    DealGoods(DealReportStore reports) {
        this.reports = reports;
    }

    void add(long deal, List<Deal.Item> existing, List<ReportedDeal.Item> items, boolean onlyNewGoods) {
        int position = existing.size();
        for (ReportedDeal.Item item : items) {
            String code = item.hsCode() == null ? null : item.hsCode().digits();
            if (onlyNewGoods && DealMatch.knownGoods(existing, code)) {
                continue;
            }
            reports.insertItem(deal, position++, item.description(), code);
        }
    }
}
