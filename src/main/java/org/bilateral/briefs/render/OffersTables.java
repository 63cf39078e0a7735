package org.bilateral.briefs.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.briefs.Brief;
import org.bilateral.briefs.render.BriefTable.Cell;
import org.bilateral.briefs.render.BriefTable.Row;
import org.jspecify.annotations.Nullable;

/**
 * The offers section's tables: the offers side by side (amounts as numbers in the spreadsheet, shares as fractions), and
 * the top of the preference gap (rates in percent, as the schedule prints them).
 */
final class OffersTables {

    private OffersTables() {
    }

    static List<BriefTable> of(Brief.Offers o, Tabulation t) {
        List<BriefTable> tables = new ArrayList<>();
        BriefWords w = t.w();
        OffersWords ow = w.offers();
        if (!o.offers().isEmpty()) {
            List<Row> rows = new ArrayList<>();
            for (Brief.OfferLine l : o.offers()) {
                rows.add(Row.of(Cell.text(ow.name(l)), Cell.text(String.valueOf(l.finalYear())), new BriefTable.Count(l.linesCovered()),
                        t.amount(l.revenueForgoneUsd()), t.amount(l.revenueLowUsd()), t.amount(l.revenueHighUsd()), t.amount(l.createdUsd()),
                        t.amount(l.divertedUsd()), t.amount(l.addedCifUsd()), t.amount(l.addedUsValuedUsd()), share(l.ofUsMeasuredDeficit(), t),
                        share(l.ofDealsGap(), t)));
            }
            tables.add(t.table("offers", w.t("brief.offers.sheet"), w.t("section.offers") + ", " + o.year(), List.of(w.t("brief.offers.col.offer"),
                    w.t("brief.offers.col.finalYear"), w.t("brief.offers.col.lines"), w.t("brief.offers.col.revenue"), w.t("brief.offers.col.revenueLow"),
                    w.t("brief.offers.col.revenueHigh"), w.t("brief.offers.col.created"), w.t("brief.offers.col.diverted"),
                    w.t("brief.offers.col.addedCif"), w.t("brief.offers.col.addedUs"), w.t("brief.offers.col.ofDeficit"),
                    w.t("brief.offers.col.ofDealsGap")), rows));
        }
        List<Row> gap = new ArrayList<>();
        int rank = 0;
        for (Brief.GapProduct p : o.gap()) {
            gap.add(Row.of(new BriefTable.Count(++rank), Cell.text(p.code()), Cell.text(p.label()), t.amount(p.importsUsd()),
                    rate(p.mfnPercent(), t), p.bestPercent() == null ? Cell.text(ow.best(p)) : rate(p.bestPercent(), t),
                    Cell.text(ow.agreements(p)), t.forSpreadsheet() ? new BriefTable.Score(p.marginPoints().doubleValue()) : Cell.text(ow.points(p.marginPoints())),
                    t.amount(p.dutyUsd())));
        }
        tables.add(t.table("offers", w.t("brief.offers.gapSheet"), w.t("brief.offers.gapTitle", String.valueOf(o.year())),
                List.of(w.t("brief.risks.rank"), w.t("brief.hs"), w.t("brief.balance.product"), w.t("brief.offers.col.imports"),
                        w.t("brief.offers.col.mfn"), w.t("brief.offers.col.best"), w.t("brief.offers.col.agreements"),
                        w.t("brief.offers.col.margin"), w.t("brief.offers.col.duty")), gap));
        return tables;
    }

    private static Cell share(@Nullable BigDecimal fraction, Tabulation t) {
        return fraction == null ? Cell.text(t.forSpreadsheet() ? "" : t.w().share((BigDecimal) null)) : t.share(fraction);
    }

    /** A rate in percent: a number in the spreadsheet (12.5 for 12.5%), as the schedule prints it in a document. */
    private static Cell rate(BigDecimal percent, Tabulation t) {
        return t.forSpreadsheet() ? new BriefTable.Score(percent.doubleValue()) : Cell.text(t.w().rate(percent.stripTrailingZeros()));
    }
}
