package org.bilateral.tradestats.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bilateral.shared.Table;
import org.bilateral.tradestats.Balance;
import org.bilateral.tradestats.Mirror;
import org.bilateral.tradestats.Source;

/** The balance and mirror as downloadable tables, with their provenance in the title. */
public final class Tables {

    private Tables() {
    }

    public static Table balance(Balance b) {
        List<List<Object>> rows = new ArrayList<>();
        for (Balance.Row r : b.rows()) {
            rows.add(Arrays.asList(r.shown(), r.code(), r.label(), r.exports(), r.imports(), r.balance(),
                    r.exportsYearEarlier(), r.importsYearEarlier(), r.exportsChange(), r.importsChange(), r.months(),
                    r.partial() ? "partial" : "", r.changeBlank() == null ? "" : r.changeBlank().said(),
                    r.dataset(), r.synthetic() ? "synthetic" : ""));
        }
        return new Table(b.reporter() + " trade with " + b.partner() + " from " + b.reporter() + " statistics, by "
                + b.by().label() + " and " + b.level().label() + ", US dollars" + (b.synthetic() ? Table.SYNTHETIC_TITLE : ""),
                List.of("period", "code", "product", "exports", "imports", "balance", "exports year earlier",
                        "imports year earlier", "exports change", "imports change", "months", "partial",
                        "no change because", "dataset", "synthetic"),
                rows);
    }

    public static Table mirror(Mirror m) {
        List<List<Object>> rows = new ArrayList<>();
        for (Mirror.Direction d : List.of(m.aToB(), m.bToA())) {
            List<Mirror.Line> lines = new ArrayList<>(d.lines());
            lines.add(0, d.total());
            for (Mirror.Line l : lines) {
                rows.add(Arrays.asList(d.exporter() + "→" + d.importer(), l.code(), l.label(), l.exporterReports(),
                        l.importerReports(), l.gap(), l.timing(), l.cifFobMargin(), l.residual()));
            }
            // Chapters a side holds only coarser, apart from the total: their whole figures, the gap left unsplit.
            for (Mirror.NotComparable n : d.notComparable()) {
                rows.add(Arrays.asList(d.exporter() + "→" + d.importer(), n.chapter(), n.label() + ": " + n.reason(),
                        n.exporterReports(), n.importerReports(), gap(n), null, null, null));
            }
        }
        return new Table("Mirror statistics " + m.a() + "–" + m.b() + " " + m.year() + ", CIF/FOB factor " + m.cifFobFactor()
                + ", shipping lag " + m.shippingLagMonths() + (m.shippingLagMonths() == 1 ? " month" : " months") + ", US dollars",
                List.of("direction", "code", "product", "exporter reports", "importer reports", "gap", "timing",
                        "CIF/FOB margin", "residual"), rows).markedSynthetic(m.synthetic());
    }

    private static java.math.BigDecimal gap(Mirror.NotComparable n) {
        return n.exporterReports() == null || n.importerReports() == null ? null : n.importerReports().subtract(n.exporterReports());
    }

    public static Table imports(List<Source> imports) {
        List<List<Object>> rows = new ArrayList<>();
        for (Source s : imports) {
            rows.add(Arrays.asList(s.importId(), s.dataset(), s.fileName(), s.figures(), s.importedAt().toString(),
                    s.importedBy(), s.synthetic() ? "synthetic" : "", s.sha256()));
        }
        return new Table("Imports", List.of("id", "dataset", "file", "figures", "imported at", "by", "synthetic", "sha256"),
                rows);
    }
}
