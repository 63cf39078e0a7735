package org.bilateral.briefs.render;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.briefs.Brief;
import org.bilateral.briefs.render.BriefTable.Cell;
import org.bilateral.briefs.render.BriefTable.Row;

/** The tables of the talks themselves: the engagements of the pair, the asks on both sides, the transshipment risks. */
final class TalksTables {

    private TalksTables() {
    }

    static BriefTable engagements(Brief.Engagements e, Tabulation t) {
        BriefWords w = t.w();
        List<Row> rows = new ArrayList<>();
        for (Brief.EngagementLine l : e.lines()) {
            String kind = w.kind(l.kind()) + (w.isRound(e, l) ? " (" + w.t("brief.engagements.thisRound") + ")" : "");
            rows.add(Row.of(Cell.text(w.date(l.day())), Cell.text(kind), Cell.text(l.place()), Cell.text(String.join(", ", l.participants())),
                    Cell.text(l.line()), Cell.text(w.ref(l.source()))));
        }
        return t.table("engagements", w.t("section.engagements"), w.window(e),
                List.of(w.t("brief.commitments.when"), "", "", w.t("nav.people"), "", w.t("brief.sources")), rows);
    }

    static BriefTable asks(Brief.Asks a, Tabulation t) {
        BriefWords w = t.w();
        List<Row> rows = new ArrayList<>();
        for (Brief.AskLine l : a.lines()) {
            rows.add(Row.of(Cell.text("A" + l.number()), Cell.text(w.direction(l.side(), l.addressee())), Cell.text(w.topic(l.topic())),
                    Cell.text(w.statement(l)), Cell.text(w.status(l.status())), Cell.text(w.latest(l)), Cell.text(w.stake(l.stake())),
                    Cell.text(w.ref(l.source()))));
        }
        return t.table("asks", w.t("nav.asks"), w.t("section.asks"), List.of(w.t("brief.asks.ask"), w.t("brief.asks.from"), w.t("nav.issues"),
                w.t("brief.asks.ask"), w.t("brief.asks.status"), w.t("brief.asks.latest"), w.t("brief.asks.stake"), w.t("brief.sources")), rows);
    }

    static BriefTable risks(Brief.Risks r, Tabulation t) {
        BriefWords w = t.w();
        List<Row> rows = new ArrayList<>();
        for (Brief.RiskLine l : r.lines()) {
            rows.add(Row.of(new BriefTable.Count(l.rank()), Cell.text(l.code()), Cell.text(l.label()), t.score(l.score()), t.amount(l.tradeUsd()),
                    l.dutyAtStakeUsd() == null ? Cell.text("") : t.amount(l.dutyAtStakeUsd())));
        }
        return t.table("risks", w.t("nav.risk"), w.t("section.risks") + ", " + w.triangle(r.triangle()), List.of(w.t("brief.risks.rank"), w.t("brief.hs"),
                w.t("brief.balance.product"), w.t("brief.risks.score"), w.t("brief.risks.trade"), w.riskDuty(r)), rows);
    }

    /** The sources, numbered: not figures, so no column marks them synthetic beyond their own. */
    static BriefTable sources(Tabulation t) {
        BriefWords w = t.w();
        List<Row> rows = new ArrayList<>();
        for (Brief.Source s : t.brief().sources()) {
            rows.add(Row.of(Cell.text("[" + s.number() + "]"), Cell.text(w.t("brief.source." + s.kind().name())), Cell.text(w.sourceLabel(s)),
                    Cell.text(w.sourceDetail(s)), Cell.text(s.synthetic() ? w.t("brief.sourceSynthetic") : "")));
        }
        return new BriefTable("sources", w.t("brief.sources"), w.t("brief.sources"), List.of("", "", "", "", ""), rows);
    }
}
