package org.bilateral.tradestats.tables;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.shared.Cell;
import org.bilateral.shared.Table;
import org.bilateral.tradestats.Balance;
import org.bilateral.tradestats.Mirror;
import org.bilateral.tradestats.Source;

/** The balance and mirror as downloadable tables, with their provenance in the title. */
public final class Tables {

    private Tables() {
    }

    public static Table balance(Balance b) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Balance.Row r : b.rows()) {
            rows.add(List.of(Cell.text(r.shown()), Cell.text(r.code()), Cell.text(r.label()), Cell.money(r.exports()),
                    Cell.money(r.imports()), Cell.money(r.balance()), Cell.money(r.exportsYearEarlier()),
                    Cell.money(r.importsYearEarlier()), Cell.change(r.exportsChange()), Cell.change(r.importsChange()),
                    Cell.count(r.months()), Cell.text(r.partial() ? "partial" : ""),
                    Cell.text(r.changeBlank() == null ? "" : r.changeBlank().said()), Cell.text(r.dataset()),
                    Cell.text(r.synthetic() ? "synthetic" : "")));
        }
        return new Table(b.reporter() + " trade with " + b.partner() + " from " + b.reporter() + " statistics, by "
                + b.by().label() + " and " + b.level().label() + ", US dollars" + (b.synthetic() ? Table.SYNTHETIC_TITLE : ""),
                List.of("period", "code", "product", "exports", "imports", "balance", "exports year earlier",
                        "imports year earlier", "exports change", "imports change", "months", "partial",
                        "no change because", "dataset", "synthetic"),
                rows);
    }

    public static Table mirror(Mirror m) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Mirror.Direction d : List.of(m.aToB(), m.bToA())) {
            List<Mirror.Line> lines = new ArrayList<>(d.lines());
            lines.add(0, d.total());
            for (Mirror.Line l : lines) {
                rows.add(List.of(Cell.text(d.exporter() + "→" + d.importer()), Cell.text(l.code()), Cell.text(l.label()),
                        Cell.money(l.exporterReports()), Cell.money(l.importerReports()), Cell.money(l.gap()),
                        Cell.money(l.timing()), Cell.money(l.cifFobMargin()), Cell.money(l.residual())));
            }
            // Chapters a side holds only coarser, apart from the total: their whole figures, the gap left unsplit.
            for (Mirror.NotComparable n : d.notComparable()) {
                rows.add(List.of(Cell.text(d.exporter() + "→" + d.importer()), Cell.text(n.chapter()),
                        Cell.text(n.label() + ": " + n.reason()), Cell.money(n.exporterReports()),
                        Cell.money(n.importerReports()), Cell.money(gap(n)), Cell.EMPTY, Cell.EMPTY, Cell.EMPTY));
            }
        }
        return new Table("Mirror statistics " + m.a() + "–" + m.b() + " " + m.year() + ", CIF/FOB factor " + m.cifFobFactor()
                + ", shipping lag " + m.shippingLagMonths() + (m.shippingLagMonths() == 1 ? " month" : " months") + ", US dollars",
                List.of("direction", "code", "product", "exporter reports", "importer reports", "gap", "timing",
                        "CIF/FOB margin", "residual"), rows).markedSynthetic(m.synthetic());
    }

    private static java.math.@org.jspecify.annotations.Nullable BigDecimal gap(Mirror.NotComparable n) {
        return n.exporterReports() == null || n.importerReports() == null ? null : n.importerReports().subtract(n.exporterReports());
    }

    public static Table imports(List<Source> imports) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Source s : imports) {
            rows.add(List.of(Cell.number(s.importId()), Cell.text(s.dataset()), Cell.text(s.fileName()),
                    Cell.count(s.figures()), Cell.text(s.importedAt().toString()), Cell.text(s.importedBy()),
                    Cell.text(s.synthetic() ? "synthetic" : ""), Cell.text(s.sha256())));
        }
        return new Table("Imports", List.of("id", "dataset", "file", "figures", "imported at", "by", "synthetic", "sha256"),
                rows);
    }
}
