package org.bilateral.commitments.web;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.commitments.Deal;
import org.bilateral.shared.Cell;
import org.bilateral.shared.DealId;
import org.bilateral.shared.Table;

/** The register as a downloadable table: one row per deal, with the figures the totals use. */
public final class DealTables {

    private DealTables() {
    }

    public static Table register(List<Deal> deals) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Deal d : deals) {
            rows.add(List.of(Cell.text(d.id().toString()), Cell.text(d.buyer()), Cell.text(d.buyerCountry()), Cell.text(d.seller()),
                    Cell.text(d.sellerCountry()), Cell.text(d.item()), Cell.text(String.join(";", d.hsCodes())),
                    d.quantity() == null ? Cell.EMPTY : Cell.number(d.quantity()), Cell.text(d.unit()),
                    Cell.money(d.valueLowUsd()), Cell.money(d.valueHighUsd()), Cell.text(d.currency()), Cell.number(d.usdRate()),
                    Cell.date(d.rateDate()), Cell.text(d.instrument().label()), Cell.text(d.stage().label()),
                    Cell.date(d.firstReported()), Cell.count(d.reports().size()), Cell.text(counted(d)), Cell.text(d.note())));
        }
        return new Table("Deal register: purchase commitments, one row per deal", List.of("deal", "buyer", "buyer country",
                "seller", "seller country", "goods", "HS codes", "quantity", "unit", "value low (USD)", "value high (USD)",
                "currency reported", "USD rate", "rate date", "instrument", "stage", "first reported", "reports", "in totals", "note of the first report"), rows);
    }

    /** Whether the totals count the deal, and why not when they do not. */
    private static String counted(Deal d) {
        return d.counted() ? "yes" : d.aggregate() ? "no: an aggregate of deals" : d.countedWith() != null
                ? "no: counted as " + DealId.written(d.countedWith()) + " until the proposed merge is decided" : "no: " + d.stage().label();
    }
}
