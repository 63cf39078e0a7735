package org.bilateral.commitments.targets;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.shared.Cell;
import org.bilateral.shared.Counted;
import org.bilateral.shared.Table;
import org.jspecify.annotations.Nullable;

/** Attainment and projection as downloadable tables (CSV, XLSX). */
public final class AttainmentTables {

    private AttainmentTables() {
    }

    /** Every figure of an attainment: years, year to date, months (illustrative targets) and product groups. */
    public static Table years(Attainment a) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Attainment.Side s : a.sides()) {
            for (Attainment.Year y : s.years()) {
                rows.add(row(s, "year", String.valueOf(y.year()), null, Cell.money(y.targetUsd()), Cell.money(y.actualUsd()), Cell.share(y.attainment()),
                        y.months() == 12 ? "" : Counted.of(y.months(), "month", "months") + " of statistics"));
            }
            if (s.yearToDate() != null) {
                Attainment.YearToDate ytd = s.yearToDate();
                rows.add(row(s, "year to date", ytd.year() + "-01/" + ytd.through(), null, Cell.money(ytd.targetUsd()), Cell.money(ytd.actualUsd()),
                        Cell.share(ytd.attainment()),
                        "target prorated by " + s.seasonality() + " months: illustrative"));
            }
            for (Attainment.Month m : s.months()) {
                rows.add(row(s, "month", m.month().toString(), null, Cell.money(m.illustrativeTargetUsd()), Cell.money(m.actualUsd()), Cell.EMPTY,
                        "illustrative target"));
            }
            for (Attainment.Group g : s.groups()) {
                rows.add(row(s, "group", String.valueOf(g.year()), g.group(), Cell.EMPTY, Cell.money(g.actualUsd()), Cell.EMPTY,
                        g.year() == a.target().baselineYear() ? "baseline" : ""));
            }
        }
        return new Table("Attainment of " + a.target().name() + " (" + a.target().code() + "), baseline " + a.target().baselineYear(),
                List.of("statistics", "kind", "period", "product group", "target (USD)", "actual (USD)", "attainment", "note"), rows)
                .markedSynthetic(a.synthetic());
    }

    private static List<Cell> row(Attainment.Side s, String kind, String period, @Nullable String group, Cell target, Cell actual,
                                  Cell attainment, String note) {
        return List.of(Cell.text(s.label()), Cell.text(kind), Cell.text(period), Cell.text(group), target, actual, attainment,
                Cell.text(note));
    }

    public static Table projection(Projection p) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Projection.Year y : p.years()) {
            rows.add(List.of(Cell.text(String.valueOf(y.year())), Cell.text("all"), Cell.money(y.expectedUsd()),
                    y.gapWithoutDealsUsd() == null ? Cell.text("") : Cell.money(y.gapWithoutDealsUsd()),
                    y.gapWithDealsUsd() == null ? Cell.text("") : Cell.money(y.gapWithDealsUsd()),
                    y.shareOfGap() == null ? Cell.text("") : Cell.share(y.shareOfGap())));
        }
        for (Projection.Quarter q : p.quarters()) {
            rows.add(List.of(Cell.text(q.quarter().toString()), Cell.text("all"), Cell.money(q.expectedUsd()), Cell.text(""), Cell.text(""),
                    Cell.text("")));
        }
        for (Projection.Product pr : p.products()) {
            rows.add(List.of(Cell.text(String.valueOf(pr.year())), Cell.text("HS " + pr.hsCode()), Cell.money(pr.expectedUsd()),
                    Cell.text(""), Cell.text(""), Cell.text("")));
        }
        return new Table("Projected purchases by " + p.buyer() + " from " + p.seller() + " after " + p.after() + " from the deals' delivery schedules",
                List.of("period", "product", "expected deliveries (USD)", "gap without deals (USD)", "gap with deals (USD)", "share of gap"), rows)
                .markedSynthetic(p.synthetic());
    }
}
