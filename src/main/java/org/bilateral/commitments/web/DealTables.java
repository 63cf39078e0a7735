package org.bilateral.commitments.web;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.commitments.Deal;
import org.bilateral.commitments.DealId;
import org.bilateral.shared.Table;

/** The register as a downloadable table: one row per deal, with the figures the totals use. */
public final class DealTables {

    private DealTables() {
    }

    public static Table register(List<Deal> deals) {
        List<List<Object>> rows = new ArrayList<>();
        for (Deal d : deals) {
            List<Object> row = new ArrayList<>();
            row.add(d.id().toString());
            row.add(d.buyer());
            row.add(d.buyerCountry());
            row.add(d.seller());
            row.add(d.sellerCountry());
            row.add(d.item());
            row.add(String.join(";", d.hsCodes()));
            row.add(d.quantity());
            row.add(d.unit());
            row.add(d.valueLowUsd());
            row.add(d.valueHighUsd());
            row.add(d.currency());
            row.add(d.usdRate());
            row.add(d.rateDate() == null ? null : d.rateDate().toString());
            row.add(d.instrument().label());
            row.add(d.stage().label());
            row.add(d.firstReported() == null ? null : d.firstReported().toString());
            row.add(d.reports().size());
            row.add(d.counted() ? "yes" : d.aggregate() ? "no: an aggregate of deals" : d.countedWith() != null
                    ? "no: counted as " + DealId.written(d.countedWith()) + " until the proposed merge is decided" : "no: " + d.stage().label());
            row.add(d.note());
            rows.add(row);
        }
        return new Table("Deal register: purchase commitments, one row per deal", List.of("deal", "buyer", "buyer country",
                "seller", "seller country", "goods", "HS codes", "quantity", "unit", "value low (USD)", "value high (USD)",
                "currency reported", "USD rate", "rate date", "instrument", "stage", "first reported", "reports", "in totals", "note of the first report"), rows);
    }
}
