package org.bilateral.briefs.render;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.briefs.Brief;
import org.bilateral.briefs.render.BriefTable.Cell;
import org.bilateral.briefs.render.BriefTable.Row;

/** The balance's tables: each side's year, the year to date, the mirror, the top products, the movers and the months. */
final class BalanceTables {

    private static final String PART = "balance";

    private final Tabulation t;
    private final BriefWords w;

    private BalanceTables(Tabulation t) {
        this.t = t;
        this.w = t.w();
    }

    static List<BriefTable> of(Brief.Balance b, Tabulation t) {
        return new BalanceTables(t).all(b);
    }

    private List<BriefTable> all(Brief.Balance b) {
        List<BriefTable> out = new ArrayList<>();
        out.add(sides(w.t("brief.balance.balance"), w.t("section.balance") + ", " + b.year(), b.sides()));
        if (!b.yearToDate().isEmpty()) {
            out.add(sides(w.t("brief.balance.ytd"), w.t("brief.balance.ytd"), b.yearToDate()));
        }
        Brief.Mirror mirror = b.mirror();
        if (mirror != null) {
            out.add(mirror(mirror));
        }
        String reporter = w.country(b.productsReporter());
        out.add(products(w.t("brief.balance.product"), w.t("brief.balance.top", reporter, String.valueOf(b.year())), b.top()));
        out.add(products(w.t("brief.balance.movers"), w.t("brief.balance.movers"), b.movers()));
        out.add(months(reporter, b.months()));
        return out;
    }

    private BriefTable sides(String sheet, String title, List<Brief.Side> sides) {
        List<Row> rows = new ArrayList<>();
        for (Brief.Side s : sides) {
            rows.add(Row.of(Cell.text(w.country(s.reporter()) + " (" + w.ref(s.source()) + ")"), Cell.text(w.period(s.period())), t.amount(s.exports()),
                    t.amount(s.imports()), t.amount(s.balance()), t.amount(s.balanceYearEarlier())));
        }
        return t.table(PART, sheet, title, List.of(w.t("brief.balance.reporter"), w.t("brief.balance.period"), w.t("brief.balance.exports"),
                w.t("brief.balance.imports"), w.t("brief.balance.balance"), w.t("brief.balance.yearEarlierShort")), rows);
    }

    private BriefTable mirror(Brief.Mirror mirror) {
        List<Row> rows = new ArrayList<>();
        for (Brief.MirrorLine m : mirror.directions()) {
            rows.add(Row.of(Cell.text(w.direction(m.exporter(), m.importer())), t.amount(m.exporterReports()),
                    t.amount(m.importerReports()), t.amount(m.gap()), t.amount(m.timing()), t.amount(m.cifFobMargin()), t.amount(m.residual())));
        }
        return t.table(PART, w.t("brief.balance.mirrorSheet"), w.t("brief.balance.mirror", String.valueOf(mirror.year())),
                List.of(w.t("brief.balance.direction"), w.t("brief.balance.exporterReports"), w.t("brief.balance.importerReports"),
                        w.t("brief.balance.gap"), w.t("brief.balance.timing"), w.t("brief.balance.cifFob"), w.t("brief.balance.residual")),
                rows);
    }

    private BriefTable products(String sheet, String title, List<Brief.ProductLine> products) {
        List<Row> rows = new ArrayList<>();
        for (Brief.ProductLine p : products) {
            rows.add(Row.of(Cell.text(p.code()), Cell.text(p.label()), t.amount(p.exports()), t.amount(p.imports()), t.amount(p.tradeChange())));
        }
        return t.table(PART, sheet, title, List.of(w.t("brief.hs"), w.t("brief.balance.product"), w.t("brief.balance.exports"), w.t("brief.balance.imports"),
                w.t("brief.balance.change")), rows);
    }

    private BriefTable months(String reporter, List<Brief.Month> months) {
        List<Row> rows = new ArrayList<>();
        for (Brief.Month m : months) {
            rows.add(Row.of(Cell.text(m.month().toString()), t.amount(m.exports()), t.amount(m.imports())));
        }
        return t.table(PART, w.t("brief.balance.chartSheet"), w.t("brief.balance.chart", reporter),
                List.of(w.t("brief.balance.period"), w.t("brief.balance.exports"), w.t("brief.balance.imports")), rows);
    }
}
