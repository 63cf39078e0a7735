package org.bilateral.briefs.render;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.briefs.Brief;
import org.bilateral.briefs.render.BriefTable.Cell;
import org.bilateral.briefs.render.BriefTable.Row;
import org.jspecify.annotations.Nullable;

/** The commitments' tables: deals by stage, the deals that moved, each target's attainment, and the projection. */
final class CommitmentTables {

    private static final String PART = "commitments";

    private final Tabulation t;
    private final BriefWords w;

    private CommitmentTables(Tabulation t) {
        this.t = t;
        this.w = t.w();
    }

    static List<BriefTable> of(Brief.Commitments c, Tabulation t) {
        CommitmentTables tables = new CommitmentTables(t);
        List<BriefTable> out = new ArrayList<>(List.of(tables.stages(c), tables.moved(c), tables.targets(c)));
        Brief.Projection projection = c.projection();
        if (projection != null) {
            out.add(tables.projection(projection));
        }
        return out;
    }

    private BriefTable stages(Brief.Commitments c) {
        List<Row> rows = new ArrayList<>();
        for (Brief.Stage s : c.stages()) {
            rows.add(Row.of(Cell.text(w.stage(s.stage())), new BriefTable.Count(s.deals()), t.amount(s.lowUsd()), t.amount(s.highUsd())));
        }
        return t.table(PART, w.t("brief.commitments.stage"), w.t("section.commitments"), List.of(w.t("brief.commitments.stage"),
                w.t("brief.commitments.deals"), w.t("brief.commitments.valueLow"), w.t("brief.commitments.valueHigh")), rows);
    }

    /** The deals that moved: in the spreadsheet their value's low end as a number, in a document the range in words. */
    private BriefTable moved(Brief.Commitments c) {
        List<Row> rows = new ArrayList<>();
        for (Brief.DealLine d : c.moved()) {
            rows.add(Row.of(Cell.text(d.buyer() + " – " + nz(d.seller())), Cell.text(d.goods()), Cell.text(w.stage(d.stage())),
                    Cell.text(w.date(d.happened())), t.forSpreadsheet() ? t.amountOrBlank(d.lowUsd()) : Cell.text(w.range(d.lowUsd(), d.highUsd()))));
        }
        return t.table(PART, w.t("brief.commitments.deal"), w.t("brief.commitments.moved", w.date(t.brief().request().since())),
                List.of(w.t("brief.commitments.deal"), w.t("brief.balance.product"), w.t("brief.commitments.stage"), w.t("brief.commitments.when"),
                        w.t("brief.commitments.value")), rows);
    }

    private BriefTable targets(Brief.Commitments c) {
        List<Row> rows = new ArrayList<>();
        for (Brief.Target target : c.targets()) {
            for (Brief.Attained a : target.sides()) {
                rows.add(Row.of(Cell.text(target.name()), Cell.text(w.attainedSide(a.side())), Cell.text(String.valueOf(a.year())), new BriefTable.Count(a.months()),
                        t.amount(a.targetUsd()), t.amount(a.actualUsd()), t.share(a.attainment())));
            }
        }
        return t.table(PART, w.t("brief.commitments.target"), w.t("brief.commitments.target"), List.of(w.t("brief.commitments.target"),
                w.t("brief.commitments.side"), w.t("brief.commitments.year"), w.t("brief.commitments.monthsColumn"), w.t("brief.commitments.targetUsd"),
                w.t("brief.commitments.actual"), w.t("brief.commitments.attainment")), rows);
    }

    private BriefTable projection(Brief.Projection p) {
        List<Row> rows = new ArrayList<>();
        for (Brief.ProjectedYear y : p.years()) {
            rows.add(Row.of(Cell.text(String.valueOf(y.year())), t.amount(y.expectedUsd()), t.amount(y.gapWithoutDealsUsd()),
                    t.amount(y.gapWithDealsUsd())));
        }
        return t.table(PART, w.t("nav.projection"), w.t("brief.commitments.projection", w.usd(p.gapUsd()), w.year(p.baseYear())),
                List.of(w.t("brief.commitments.year"), w.t("brief.commitments.expected"), w.t("brief.commitments.gapWithout"),
                        w.t("brief.commitments.gapWith")), rows);
    }

    private static String nz(@Nullable String text) {
        return text == null ? "" : text;
    }
}
