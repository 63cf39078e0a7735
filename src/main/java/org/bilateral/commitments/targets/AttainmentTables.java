package org.bilateral.commitments.targets;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.shared.Counted;
import org.bilateral.shared.Table;

/** Attainment and projection as downloadable tables (CSV, XLSX). */
public final class AttainmentTables {

    private AttainmentTables() {
    }

    /** Every figure of an attainment: years, year to date, months (illustrative targets) and product groups. */
    public static Table years(Attainment a) {
        List<List<Object>> rows = new ArrayList<>();
        for (Attainment.Side s : a.sides()) {
            for (Attainment.Year y : s.years()) {
                rows.add(row(s, "year", String.valueOf(y.year()), null, y.targetUsd(), y.actualUsd(), y.attainment(),
                        y.months() == 12 ? "" : Counted.of(y.months(), "month", "months") + " of statistics"));
            }
            if (s.yearToDate() != null) {
                Attainment.YearToDate ytd = s.yearToDate();
                rows.add(row(s, "year to date", ytd.year() + "-01/" + ytd.through(), null, ytd.targetUsd(), ytd.actualUsd(), ytd.attainment(),
                        "target prorated by " + s.seasonality() + " months: illustrative"));
            }
            for (Attainment.Month m : s.months()) {
                rows.add(row(s, "month", m.month().toString(), null, m.illustrativeTargetUsd(), m.actualUsd(), null, "illustrative target"));
            }
            for (Attainment.Group g : s.groups()) {
                rows.add(row(s, "group", String.valueOf(g.year()), g.group(), null, g.actualUsd(), null,
                        g.year() == a.target().baselineYear() ? "baseline" : ""));
            }
        }
        return new Table("Attainment of " + a.target().name() + " (" + a.target().code() + "), baseline " + a.target().baselineYear(),
                List.of("statistics", "kind", "period", "product group", "target (USD)", "actual (USD)", "attainment", "note"), rows)
                .markedSynthetic(a.synthetic());
    }

    private static List<Object> row(Attainment.Side s, String kind, String period, String group, Object target, Object actual,
                                    Object attainment, String note) {
        List<Object> row = new ArrayList<>();
        row.add(s.label());
        row.add(kind);
        row.add(period);
        row.add(group);
        row.add(target);
        row.add(actual);
        row.add(attainment);
        row.add(note);
        return row;
    }

    public static Table projection(Projection p) {
        List<List<Object>> rows = new ArrayList<>();
        for (Projection.Year y : p.years()) {
            rows.add(List.of(String.valueOf(y.year()), "all", y.expectedUsd(), y.gapWithoutDealsUsd() == null ? "" : y.gapWithoutDealsUsd(),
                    y.gapWithDealsUsd() == null ? "" : y.gapWithDealsUsd(), y.shareOfGap() == null ? "" : y.shareOfGap()));
        }
        for (Projection.Quarter q : p.quarters()) {
            rows.add(List.of(q.quarter().toString(), "all", q.expectedUsd(), "", "", ""));
        }
        for (Projection.Product pr : p.products()) {
            rows.add(List.of(String.valueOf(pr.year()), "HS " + pr.hsCode(), pr.expectedUsd(), "", "", ""));
        }
        return new Table("Projected purchases by " + p.buyer() + " from " + p.seller() + " after " + p.after() + " from the deals' delivery schedules",
                List.of("period", "product", "expected deliveries (USD)", "gap without deals (USD)", "gap with deals (USD)", "share of gap"), rows)
                .markedSynthetic(p.synthetic());
    }
}
