package org.bilateral.briefs.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bilateral.briefs.Brief;
import org.bilateral.briefs.render.BriefTable.Cell;
import org.bilateral.briefs.render.BriefTable.Row;
import org.jspecify.annotations.Nullable;

/**
 * Every change since the previous brief, a line each as the document says it, with the value now of the deals newly
 * counted, their total and the deals whose value changed as numbers beside.
 */
final class ChangeTable {

    /** A line's value as two cells, its low end and its high end. */
    private record Value(Cell low, Cell high) {
        static final Value NONE = new Value(Cell.text(""), Cell.text(""));
    }

    private ChangeTable() {
    }

    static BriefTable of(Brief.Changes c, Tabulation t) {
        BriefWords w = t.w();
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of(Cell.text(w.previous(c)), Cell.text(""), Cell.text("")));
        if (!w.balanceChange(c).isEmpty()) {
            rows.add(Row.of(Cell.text(w.balanceChange(c)), Cell.text(""), Cell.text("")));
        }
        Map<String, Value> valued = valued(c, t);
        for (String line : w.changeLines(c)) {
            Value v = valued.getOrDefault(line, Value.NONE);
            rows.add(Row.of(Cell.text(line), v.low(), v.high()));
        }
        return t.table("changes", w.t("brief.changes"), w.t("brief.changes"), List.of(w.t("brief.changes"),
                w.t("brief.commitments.valueLow"), w.t("brief.commitments.valueHigh")), rows);
    }

    /** The lines that carry a value, by their text: the total newly counted, each deal newly counted, each deal revalued. */
    private static Map<String, Value> valued(Brief.Changes c, Tabulation t) {
        BriefWords w = t.w();
        Map<String, Value> valued = new HashMap<>();
        if (!c.counted().isEmpty()) {
            valued.put(w.countedTotal(c), new Value(t.amount(c.countedLowUsd()), t.amount(c.countedHighUsd())));
        }
        c.counted().forEach(d -> valued.put(w.counted(d), blankOr(d.lowUsd(), d.highUsd(), t)));
        c.deals().stream().filter(d -> d.from() != null && d.valueChanged())
                .forEach(d -> valued.put(w.change(d), blankOr(d.lowUsd(), d.highUsd(), t)));
        return valued;
    }

    private static Value blankOr(@Nullable BigDecimal low, @Nullable BigDecimal high, Tabulation t) {
        return new Value(t.amountOrBlank(low), t.amountOrBlank(high));
    }
}
