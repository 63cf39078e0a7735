package org.bilateral.risk;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.shared.Cell;
import org.bilateral.shared.Table;

/** A screen as one table, for every format: the terminal, CSV and XLSX; synthetic figures say so in the title and each row. */
public final class RiskTables {

    private RiskTables() {
    }

    public static List<String> header(Screen s) {
        List<String> header = new ArrayList<>(List.of("rank", "product", "name", "score"));
        for (SignalKind k : SignalKind.values()) {
            header.add(k.label() + " (" + k.unit() + ")");
        }
        header.add("trade carried" + (s.candidates().isEmpty() || s.candidates().get(0).tradeYear() == null ? ""
                : " " + s.candidates().get(0).tradeYear()) + " (USD)");
        // a rate on transshipped goods that has ended is priced as it was while charged, and the heading says until when
        header.add("added duty if found transshipped" + (s.premium() == null || s.premium().until() == null ? ""
                : ", at the rate charged until " + s.premium().until()) + " (USD)");
        header.add("data");
        return header;
    }

    public static List<List<Cell>> rows(Screen s) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Screen.Candidate c : s.candidates()) {
            List<Cell> row = Cell.row(Cell.number(c.rank()), Cell.text(c.code()), Cell.text(c.label()), rounded(c.score()));
            for (Signal signal : c.signals()) {
                row.add(signal.value() != null ? rounded(signal.value()) : Cell.text("not computed"));
            }
            row.add(Cell.money(c.tradeCarriedUsd()));
            row.add(c.dutyAtStakeUsd() == null ? Cell.text("") : Cell.money(c.dutyAtStakeUsd()));
            row.add(Cell.text(s.provenance().synthetic() ? "synthetic" : ""));
            rows.add(row);
        }
        return rows;
    }

    /**
     * Shares and scores to three decimals, as plain numbers (not amounts), so that a spreadsheet sorts them.
     */
    private static Cell rounded(double value) {
        return Cell.number(Math.round(value * 1000) / 1000.0);
    }

    public static Table screen(Screen s) {
        ScreenRequest r = s.request();
        return new Table("Transshipment screen " + r.triangle() + ", " + r.fromYear() + "–" + r.toYear() + ", by " + r.level().label()
                + (r.event() == null ? "" : ", around " + r.event()) + ": relative ranks with their evidence, not findings"
                + (s.provenance().synthetic() ? " (SYNTHETIC demonstration data)" : ""), header(s), rows(s));
    }

    /** A product's records by year, one row a record, for the page, the terminal and the downloads. */
    public static Table product(ProductView v) {
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
        v.series().forEach(s -> years.addAll(s.values().keySet()));
        List<String> header = new ArrayList<>(List.of("flow", "record"));
        years.forEach(y -> header.add(y + " (USD)"));
        header.add("data");
        List<List<Cell>> rows = new ArrayList<>();
        for (ProductView.Series s : v.series()) {
            List<Cell> row = Cell.row(Cell.text(s.flow()), Cell.text(s.record()));
            years.forEach(y -> row.add(s.values().containsKey(y) ? Cell.money(s.values().get(y)) : Cell.text("no statistics")));
            row.add(Cell.text(v.provenance().synthetic() ? "synthetic" : ""));
            rows.add(row);
        }
        Screen.Candidate c = v.candidate();
        // the workbench's words first, the product's name after the colon: a page says the opening in its language and
        // shows the name as the nomenclature gives it (Phrases), where a name first would leave the words after it in English
        return new Table("The flows of " + v.request().triangle() + " as each side records them: " + c.code() + " " + c.label()
                + (v.provenance().synthetic() ? " (SYNTHETIC demonstration data)" : ""), header, rows);
    }
}
