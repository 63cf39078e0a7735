package org.bilateral.briefs.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.briefs.Brief;
import org.bilateral.briefs.render.BriefTable.Cell;
import org.bilateral.briefs.render.BriefTable.Row;
import org.jspecify.annotations.Nullable;

/**
 * How the brief's tables write their cells: for a spreadsheet, amounts and shares as numbers and one more column saying
 * where the figures are synthetic; for a document, every figure in the words of the brief's language.
 */
record Tabulation(Brief brief, BriefWords w, boolean forSpreadsheet) {

    Cell amount(@Nullable BigDecimal usd) {
        return forSpreadsheet ? new BriefTable.Amount(usd) : Cell.text(w.usd(usd));
    }

    /** An amount, or an empty cell where none was reported: in the spreadsheet, as a number. */
    Cell amountOrBlank(@Nullable BigDecimal usd) {
        return usd == null ? Cell.text("") : amount(usd);
    }

    Cell share(@Nullable BigDecimal fraction) {
        return forSpreadsheet ? new BriefTable.Amount(fraction) : Cell.text(w.share(fraction));
    }

    Cell score(double score) {
        return forSpreadsheet ? new BriefTable.Score(score) : Cell.text(w.decimal(score));
    }

    /** A table of figures: in a spreadsheet its title and a last column say where they are synthetic. */
    BriefTable table(String part, String sheet, String title, List<String> header, List<Row> rows) {
        if (!forSpreadsheet) {
            return new BriefTable(part, sheet, title, header, rows);
        }
        List<String> h = new ArrayList<>(header);
        h.add(w.t("brief.dataColumn"));
        Cell mark = Cell.text(brief.synthetic() ? w.t("brief.sourceSynthetic") : "");
        List<Row> marked = new ArrayList<>();
        for (Row row : rows) {
            List<Cell> cells = new ArrayList<>(row.cells());
            cells.add(mark);
            marked.add(new Row(cells));
        }
        return new BriefTable(part, sheet, title + (brief.synthetic() ? " (" + w.t("brief.synthetic") + ")" : ""), h, marked);
    }
}
