package org.bilateral.briefs.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.briefs.Brief;
import org.bilateral.briefs.render.BriefTable.Cell;
import org.bilateral.briefs.render.BriefTable.Row;
import org.jspecify.annotations.Nullable;

/**
 * The Hill as a sheet: a row a legislator, the state's figures as numbers (the change as a fraction of the year before,
 * like for like), the paragraph's words in the brief's language beside them.
 */
final class HillTable {

    private HillTable() {
    }

    static BriefTable of(Brief.Hill h, Tabulation t) {
        BriefWords w = t.w();
        HillWords hw = w.hill();
        List<Row> rows = new ArrayList<>();
        for (Brief.Legislator l : h.legislators()) {
            Brief.StateFigures f = l.figures();
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(hw.heading(l)), Cell.text(hw.committees(l)),
                    Cell.text(days(l, false, w)), Cell.text(days(l, true, w))));
            if (f == null) {
                cells.addAll(List.of(Cell.text(""), Cell.text(""), Cell.text(""), Cell.text(""), Cell.text(""), Cell.text(""), Cell.text(""),
                        Cell.text("")));
            } else {
                cells.add(Cell.text(f.year() == null ? "" : String.valueOf(f.year())));
                cells.add(t.amountOrBlank(f.valueUsd()));
                cells.add(t.amountOrBlank(f.previousUsd()));
                cells.add(change(f.valueUsd(), f.previousUsd(), t));
                cells.add(Cell.text(f.partialYear() == null ? "" : f.partialYear() + " (" + hw.months(f) + ")"));
                cells.add(t.amountOrBlank(f.partialUsd()));
                cells.add(t.amountOrBlank(f.partialPreviousUsd()));
                cells.add(Cell.text(String.join("; ", f.top().stream().map(hw::product).toList())));
            }
            cells.add(Cell.text(String.join("; ", l.deals().stream().map(hw::deal).toList())));
            List<Integer> refs = new ArrayList<>(List.of(l.source()));
            l.meetings().forEach(m -> refs.add(m.source()));
            if (f != null) {
                refs.add(f.source());
            }
            refs.add(l.dealSource());
            cells.add(Cell.text(w.refs(refs.stream().distinct().toList())));
            rows.add(new Row(cells));
        }
        return t.table("hill", w.t("section.hill"), w.t("section.hill") + ", " + hw.window(h), List.of(w.t("brief.hill.col.legislator"),
                w.t("brief.hill.col.committees"), w.t("brief.hill.col.met"), w.t("brief.hill.col.expected"), w.t("brief.hill.col.year"),
                w.t("brief.hill.col.exports", w.country(h.partner())), w.t("brief.hill.col.previous"), w.t("brief.hill.col.change"),
                w.t("brief.hill.col.partial"), w.t("brief.hill.col.partialExports"), w.t("brief.hill.col.partialPrevious"),
                w.t("brief.hill.col.top"), w.t("brief.hill.col.deals"), w.t("brief.sources")), rows);
    }

    private static String days(Brief.Legislator l, boolean expected, BriefWords w) {
        return String.join(", ", l.meetings().stream().filter(m -> m.expected() == expected).map(m -> w.date(m.day())).toList());
    }

    /** The change as a fraction of the earlier figure; blank where there is none to compare or it was nothing. */
    private static Cell change(@Nullable BigDecimal now, @Nullable BigDecimal before, Tabulation t) {
        if (now == null || before == null || before.signum() == 0) {
            return Cell.text("");
        }
        return t.share(now.subtract(before).divide(before.abs(), 6, RoundingMode.HALF_EVEN));
    }
}
