package org.bilateral.briefs.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bilateral.briefs.Brief;
import org.bilateral.shared.Cell;
import org.bilateral.shared.Table;

/**
 * The tables of a brief, each once, for the formats that carry tables: the XLSX (one sheet each, amounts as numbers, a
 * "data" column saying synthetic where the brief is) and the DOCX (amounts in words of the language).
 */
public final class BriefTables {

    /** A table, the sheet it is written to, and the part of the brief it belongs to (a section's code, or "sources"). */
    public record Named(String sheet, Table table, String part) {
    }

    private final BriefWords w;
    private final boolean forSpreadsheet;
    private final Brief brief;

    private BriefTables(Brief brief, BriefWords w, boolean forSpreadsheet) {
        this.brief = brief;
        this.w = w;
        this.forSpreadsheet = forSpreadsheet;
    }

    /** Amounts as numbers, one more column marking synthetic figures. */
    public static List<Named> forSpreadsheet(Brief brief, BriefWords w) {
        return new BriefTables(brief, w, true).all();
    }

    /** Amounts written out in the language, for a document. */
    public static List<Named> forDocument(Brief brief, BriefWords w) {
        return new BriefTables(brief, w, false).all();
    }

    private Cell amount(java.math.BigDecimal v) {
        return forSpreadsheet ? Cell.money(v) : Cell.text(w.usd(v));
    }

    private Cell shareOf(java.math.BigDecimal v) {
        return forSpreadsheet ? Cell.share(v) : Cell.text(w.share(v));
    }

    private Table table(String title, List<String> header, List<List<Cell>> rows) {
        if (!forSpreadsheet) {
            return new Table(title, header, rows);
        }
        List<String> h = new ArrayList<>(header);
        h.add("data");
        List<List<Cell>> marked = new ArrayList<>();
        for (List<Cell> row : rows) {
            List<Cell> r = new ArrayList<>(row);
            r.add(Cell.text(brief.synthetic() ? w.t("brief.sourceSynthetic") : ""));
            marked.add(r);
        }
        return new Table(title + (brief.synthetic() ? " (" + w.t("brief.synthetic") + ")" : ""), h, marked);
    }

    private List<Named> all() {
        List<Named> out = new ArrayList<>();
        if (brief.changes() != null && forSpreadsheet) {
            out.add(named("changes", w.t("brief.changes"), changes(brief.changes())));
        }
        Brief.Balance b = brief.balance();
        if (b != null && b.missing() == null) {
            out.add(named("balance", w.t("brief.balance.balance"), sides(w.t("section.balance") + ", " + b.year(), b.sides())));
            if (!b.yearToDate().isEmpty()) {
                out.add(named("balance", w.t("brief.balance.ytd"), sides(w.t("brief.balance.ytd"), b.yearToDate())));
            }
            if (b.mirror() != null) {
                List<List<Cell>> rows = new ArrayList<>();
                for (Brief.MirrorLine m : b.mirror().directions()) {
                    rows.add(List.of(Cell.text(m.exporter().value() + " → " + m.importer().value()), amount(m.exporterReports()),
                            amount(m.importerReports()), amount(m.gap()), amount(m.timing()), amount(m.cifFobMargin()), amount(m.residual())));
                }
                out.add(named("balance", "Mirror", table(w.t("brief.balance.mirror", String.valueOf(b.mirror().year())),
                        List.of(w.t("brief.balance.direction"), w.t("brief.balance.exporterReports"), w.t("brief.balance.importerReports"),
                                w.t("brief.balance.gap"), w.t("brief.balance.timing"), w.t("brief.balance.cifFob"), w.t("brief.balance.residual")),
                        rows)));
            }
            out.add(named("balance", w.t("brief.balance.product"), products(w.t("brief.balance.top", b.productsReporter().value(),
                    String.valueOf(b.year())), b.top())));
            out.add(named("balance", w.t("brief.balance.movers"), products(w.t("brief.balance.movers"), b.movers())));
            List<List<Cell>> months = new ArrayList<>();
            for (Brief.Month m : b.months()) {
                months.add(List.of(Cell.text(m.month().toString()), amount(m.exports()), amount(m.imports())));
            }
            out.add(named("balance", "Chart", table(w.t("brief.balance.chart", b.productsReporter().value()),
                    List.of(w.t("brief.balance.period"), w.t("brief.balance.exports"), w.t("brief.balance.imports")), months)));
        }
        Brief.Commitments c = brief.commitments();
        if (c != null && c.missing() == null) {
            List<List<Cell>> stages = new ArrayList<>();
            for (Brief.Stage s : c.stages()) {
                stages.add(List.of(Cell.text(w.stage(s.stage())), Cell.count(s.deals()), amount(s.lowUsd()), amount(s.highUsd())));
            }
            out.add(named("commitments", w.t("brief.commitments.stage"), table(w.t("section.commitments"), List.of(w.t("brief.commitments.stage"),
                    w.t("brief.commitments.deals"), w.t("brief.commitments.value") + " (low)", w.t("brief.commitments.value") + " (high)"), stages)));
            List<List<Cell>> moved = new ArrayList<>();
            for (Brief.DealLine d : c.moved()) {
                moved.add(List.of(Cell.text(d.buyer() + " – " + nz(d.seller())), Cell.text(nz(d.goods())), Cell.text(w.stage(d.stage())),
                        Cell.text(w.date(d.happened())), forSpreadsheet ? nzAmount(d.lowUsd()) : Cell.text(w.range(d.lowUsd(), d.highUsd()))));
            }
            out.add(named("commitments", w.t("brief.commitments.deal"), table(w.t("brief.commitments.moved", w.date(brief.request().since())),
                    List.of(w.t("brief.commitments.deal"), w.t("brief.balance.product"), w.t("brief.commitments.stage"),
                            w.t("brief.commitments.when"), w.t("brief.commitments.value")), moved)));
            List<List<Cell>> targets = new ArrayList<>();
            for (Brief.Target t : c.targets()) {
                for (Brief.Attained a : t.sides()) {
                    targets.add(List.of(Cell.text(t.name()), Cell.text(a.side()), Cell.text(String.valueOf(a.year())), Cell.count(a.months()),
                            amount(a.targetUsd()), amount(a.actualUsd()), shareOf(a.attainment())));
                }
            }
            out.add(named("commitments", w.t("brief.commitments.target"), table(w.t("brief.commitments.target"),
                    List.of(w.t("brief.commitments.target"), w.t("brief.commitments.side"), w.t("brief.commitments.year"), "months",
                            w.t("brief.commitments.targetUsd"), w.t("brief.commitments.actual"), w.t("brief.commitments.attainment")), targets)));
            if (c.projection() != null) {
                List<List<Cell>> years = new ArrayList<>();
                for (Brief.ProjectedYear y : c.projection().years()) {
                    years.add(List.of(Cell.text(String.valueOf(y.year())), amount(y.expectedUsd()), amount(y.gapWithoutDealsUsd()),
                            amount(y.gapWithDealsUsd())));
                }
                out.add(named("commitments", w.t("nav.projection"), table(w.t("brief.commitments.projection", w.usd(c.projection().gapUsd()),
                        w.year(c.projection().baseYear())), List.of(w.t("brief.commitments.year"), w.t("brief.commitments.expected"),
                        w.t("brief.commitments.gapWithout"), w.t("brief.commitments.gapWith")), years)));
            }
        }
        Brief.Engagements e = brief.engagements();
        if (e != null && e.missing() == null) {
            List<List<Cell>> rows = new ArrayList<>();
            for (Brief.EngagementLine l : e.lines()) {
                rows.add(List.of(Cell.text(w.date(l.day())),
                        Cell.text(w.kind(l.kind()) + (w.isRound(e, l) ? " (" + w.t("brief.engagements.thisRound") + ")" : "")),
                        Cell.text(nz(l.place())), Cell.text(String.join(", ", l.participants())), Cell.text(l.line()), Cell.text(w.ref(l.source()))));
            }
            out.add(named("engagements", w.t("section.engagements"), table(w.window(e),
                    List.of(w.t("brief.commitments.when"), "", "", w.t("nav.people"), "", w.t("brief.sources")), rows)));
        }
        Brief.Asks a = brief.asks();
        if (a != null && a.missing() == null) {
            List<List<Cell>> rows = new ArrayList<>();
            for (Brief.AskLine l : a.lines()) {
                rows.add(List.of(Cell.text("A" + l.number()), Cell.text(l.side().value() + " → " + l.addressee().value()),
                        Cell.text(w.topic(l.topic())), Cell.text(l.statement()), Cell.text(w.status(l.status())), Cell.text(w.latest(l)),
                        Cell.text(w.stake(l.stake())), Cell.text(w.ref(l.source()))));
            }
            out.add(named("asks", w.t("nav.asks"), table(w.t("section.asks"), List.of(w.t("brief.asks.ask"), w.t("brief.asks.from"),
                    w.t("nav.issues"), w.t("brief.asks.ask"), w.t("brief.asks.status"), w.t("brief.asks.latest"), w.t("brief.asks.stake"),
                    w.t("brief.sources")), rows)));
        }
        Brief.Risks r = brief.risks();
        if (r != null && r.missing() == null) {
            List<List<Cell>> rows = new ArrayList<>();
            for (Brief.RiskLine l : r.lines()) {
                rows.add(List.of(Cell.number(l.rank()), Cell.text(l.code()), Cell.text(l.label()),
                        forSpreadsheet ? Cell.number(l.score()) : Cell.text(w.decimal(l.score())), amount(l.tradeUsd()),
                        l.dutyAtStakeUsd() == null ? Cell.text("") : amount(l.dutyAtStakeUsd())));
            }
            out.add(named("risks", w.t("nav.risk"), table(w.t("section.risks") + ", " + r.triangle(), List.of(w.t("brief.risks.rank"),
                    "HS", w.t("brief.balance.product"), w.t("brief.risks.score"), w.t("brief.risks.trade"), w.riskDuty(r)), rows)));
        }
        List<List<Cell>> sources = new ArrayList<>();
        for (Brief.Source s : brief.sources()) {
            sources.add(List.of(Cell.text("[" + s.number() + "]"), Cell.text(w.t("brief.source." + s.kind().name())), Cell.text(s.label()),
                    Cell.text(s.detail()), Cell.text(s.synthetic() ? w.t("brief.sourceSynthetic") : "")));
        }
        out.add(named("sources", w.t("brief.sources"), new Table(w.t("brief.sources"), List.of("", "", "", "", ""), sources)));
        return out;
    }

    /**
     * Every change since the previous brief, a line each as the document says it, with the value now of the deals newly
     * counted, their total and the deals whose value changed as numbers beside.
     */
    private Table changes(Brief.Changes c) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.text(w.previous(c)), Cell.text(""), Cell.text("")));
        if (!w.balanceChange(c).isEmpty()) {
            rows.add(List.of(Cell.text(w.balanceChange(c)), Cell.text(""), Cell.text("")));
        }
        Map<String, List<Cell>> valued = new HashMap<>();
        if (!c.counted().isEmpty()) {
            valued.put(w.countedTotal(c), List.of(amount(c.countedLowUsd()), amount(c.countedHighUsd())));
        }
        c.counted().forEach(d -> valued.put(w.counted(d), List.of(nzAmount(d.lowUsd()), nzAmount(d.highUsd()))));
        c.deals().stream().filter(d -> d.from() != null && d.valueChanged())
                .forEach(d -> valued.put(w.change(d), List.of(nzAmount(d.lowUsd()), nzAmount(d.highUsd()))));
        for (String line : w.changeLines(c)) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(line));
            row.addAll(valued.getOrDefault(line, List.of(Cell.text(""), Cell.text(""))));
            rows.add(row);
        }
        return table(w.t("brief.changes"), List.of(w.t("brief.changes"), w.t("brief.commitments.value") + " (low)",
                w.t("brief.commitments.value") + " (high)"), rows);
    }

    private static Named named(String part, String sheet, Table table) {
        return new Named(sheet, table, part);
    }

    private Table sides(String title, List<Brief.Side> sides) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Brief.Side s : sides) {
            rows.add(List.of(Cell.text(s.reporter().value() + " (" + w.ref(s.source()) + ")"), Cell.text(s.period()), amount(s.exports()), amount(s.imports()),
                    amount(s.balance()), amount(s.balanceYearEarlier())));
        }
        return table(title, List.of(w.t("brief.balance.reporter"), w.t("brief.balance.period"), w.t("brief.balance.exports"),
                w.t("brief.balance.imports"), w.t("brief.balance.balance"), w.t("brief.balance.yearEarlierShort")), rows);
    }

    private Table products(String title, List<Brief.ProductLine> products) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Brief.ProductLine p : products) {
            rows.add(List.of(Cell.text(p.code()), Cell.text(nz(p.label())), amount(p.exports()), amount(p.imports()), amount(p.tradeChange())));
        }
        return table(title, List.of("HS", w.t("brief.balance.product"), w.t("brief.balance.exports"), w.t("brief.balance.imports"),
                w.t("brief.balance.change")), rows);
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    private static Cell nzAmount(java.math.BigDecimal v) {
        return v == null ? Cell.text("") : Cell.money(v);
    }
}
