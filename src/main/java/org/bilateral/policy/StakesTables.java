package org.bilateral.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.policy.measures.AntidumpingOrder;
import org.bilateral.policy.measures.HtsNumber;
import org.bilateral.policy.measures.TariffAction;
import org.bilateral.shared.Cell;
import org.bilateral.shared.Provenance;
import org.bilateral.shared.Table;

/**
 * The stakes as tables, one per thing a reader compares, for every format: the terminal, CSV and XLSX. A table whose
 * figures rest on demonstration data says so in its title and in a column of every row.
 */
public final class StakesTables {

    private StakesTables() {
    }

    /** The tables of one topic's stakes, by name, the first the main one. */
    public static List<Named> of(TopicStakes stakes) {
        if (stakes instanceof MarketEconomyStakes m) {
            return List.of(new Named("orders", orders(m), List.of("product")));
        }
        if (stakes instanceof ExportControlStakes e) {
            return List.of(new Named("exports", dualUseExports(e), List.of("category")), new Named("groups", groups(e), List.of("name")),
                    new Named("chart", chart(e), List.of("reason")));
        }
        if (stakes instanceof TariffStakes t) {
            return List.of(new Named("duties", duties(t), List.of()), new Named("rates", rateHistory(t), List.of("applies to", "instrument")),
                    new Named("competitors", competitors(t), List.of()));
        }
        throw new IllegalArgumentException("not a topic's stakes: " + stakes);
    }

    /**
     * A table by name; {@code quoted} names the columns whose words are the source's own, in its language (an order's
     * product, an EAR group's name, what a tariff action applies to), which a page in another language shows as a quotation.
     */
    public record Named(String name, Table table, List<String> quoted) {
    }

    public static Table table(TopicStakes stakes, String name) {
        List<Named> tables = of(stakes);
        if (name == null || name.isBlank()) {
            return tables.get(0).table();
        }
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().map(Named::table).orElseThrow(() ->
                new IllegalArgumentException(org.bilateral.shared.Limits.shown(name) + " is not a table of these stakes: use "
                        + String.join(", ", tables.stream().map(Named::name).toList())));
    }

    private static String title(String what, Provenance p) {
        return what + (p.synthetic() ? " (SYNTHETIC demonstration data)" : "");
    }

    private static Cell data(Provenance p) {
        return Cell.text(p.synthetic() ? "synthetic" : "");
    }

    public static Table orders(MarketEconomyStakes m) {
        List<String> header = new ArrayList<>(List.of("case", "kind", "product", "order date", "HTS numbers"));
        m.years().forEach(y -> header.add("imports " + y + " (USD)"));
        header.add("data");
        List<List<Cell>> rows = new ArrayList<>();
        for (MarketEconomyStakes.Order o : m.orders()) {
            AntidumpingOrder order = o.order();
            List<Cell> row = Cell.row(Cell.text(order.caseNumber()), Cell.text(order.kind().name()), Cell.text(order.product()),
                    order.orderDate() == null ? Cell.text("not given") : Cell.date(order.orderDate()),
                    Cell.text(order.codes().isEmpty() ? "not known" : String.join(" ", order.codes().stream().map(HtsNumber::printed).toList())));
            for (int i = 0; i < m.years().size(); i++) {
                row.add(o.imports().isEmpty() ? Cell.text("") : value(o.imports().get(i)));
            }
            row.add(data(m.provenance()));
            rows.add(row);
        }
        List<Cell> all = Cell.row(Cell.text("all orders"), Cell.text(""), Cell.text("each HTS number counted once"), Cell.text(""),
                Cell.text(m.ordersWithCodes() + " orders with numbers, " + m.ordersWithoutCodes() + " without"));
        m.covered().forEach(y -> all.add(value(y)));
        all.add(data(m.provenance()));
        rows.add(all);
        return new Table(title(m.importer().value() + " anti-dumping and countervailing duty orders on goods from " + m.partner().value()
                + ", with " + m.importer().value() + " imports in their HTS numbers", m.provenance()), header, rows);
    }

    /** A year's value, or a note where the statistics do not reach the numbers' detail. */
    private static Cell value(YearFigure y) {
        if (!y.unmeasured().isEmpty() && y.valueUsd().signum() == 0) {
            return Cell.text("not in the statistics' detail");
        }
        return Cell.money(y.valueUsd());
    }

    public static Table dualUseExports(ExportControlStakes e) {
        List<String> header = new ArrayList<>(List.of("category", "HS codes"));
        e.years().forEach(y -> header.add("exports " + y + " (USD)"));
        header.add("data");
        List<List<Cell>> rows = new ArrayList<>();
        for (ExportControlStakes.Category c : e.exports()) {
            List<Cell> row = Cell.row(Cell.text(c.category()), Cell.text(String.join(" ", c.codes())));
            c.years().forEach(y -> row.add(Cell.money(y.valueUsd())));
            row.add(data(e.provenance()));
            rows.add(row);
        }
        List<Cell> all = Cell.row(Cell.text("all categories, each code once"), Cell.text(""));
        e.total().forEach(y -> all.add(Cell.money(y.valueUsd())));
        all.add(data(e.provenance()));
        rows.add(all);
        return new Table(title(e.exporter().value() + " exports to " + e.partner().value()
                + " in HS codes screened as dual use (partial list: see its caveat)", e.provenance()), header, rows);
    }

    public static Table groups(ExportControlStakes e) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ExportControlStakes.Group g : e.groups()) {
            rows.add(List.of(Cell.text(g.group()), Cell.text(g.label()), Cell.text(g.comparisonIn() ? "yes" : "no"),
                    Cell.count(g.sharedWith().size()), Cell.text(String.join(" ", g.sharedWith().stream().map(c -> c.value()).toList()))));
        }
        return new Table("Export Administration Regulations country groups " + e.partner().value() + " is in, as of " + e.groupsAsOf(),
                List.of("group", "name", e.comparison().value() + " in it too", "other members", "members"), rows);
    }

    public static Table chart(ExportControlStakes e) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ExportControlStakes.Reason r : e.chart()) {
            rows.add(List.of(Cell.text(r.reason()), Cell.text(r.partner() ? "X" : ""),
                    Cell.text(e.comparisonCharted() ? (r.comparison() ? "X" : "") : "not charted")));
        }
        return new Table("Commerce Country Chart: reasons for control a licence is required for", List.of("reason",
                e.partner().value(), e.comparison().value()), rows);
    }

    public static Table duties(TariffStakes t) {
        List<List<Cell>> rows = new ArrayList<>();
        for (TariffStakes.DutyYear d : t.duties()) {
            rows.add(List.of(Cell.number(d.year()), Cell.count(d.months()), Cell.money(d.importsUsd()),
                    Cell.rate(d.averageRatePercent()), Cell.money(d.dutiesUsd()), data(t.provenance())));
        }
        return new Table(title("Estimated additional reciprocal duties on " + t.importer().value() + " imports from "
                + t.partner().value() + " (MFN and Section 232 duties not included)", t.provenance()),
                List.of("year", "months", "imports (USD)", "average additional rate", "estimated duties (USD)", "data"), rows);
    }

    public static Table rateHistory(TariffStakes t) {
        List<List<Cell>> rows = new ArrayList<>();
        for (TariffAction a : t.actions()) {
            rows.add(List.of(Cell.date(a.effective()), until(t, a), a.ratePercent() == null ? Cell.text("") : Cell.rate(a.ratePercent()),
                    Cell.text(a.kind().label()), Cell.text(a.appliesTo()), Cell.text(a.instrument()), Cell.textOrBlank(a.sourceUrl())));
        }
        return new Table("Additional US tariff on goods of " + t.partner().value() + ": actions and rulings by date",
                List.of("from", "until", "rate", "kind", "applies to", "instrument", "source"), rows);
    }

    /**
     * When a row's rate stopped being charged: its last day's successor, "in force" for a rate charged today, nothing for
     * a row that charges no rate of its own or has not begun.
     */
    private static Cell until(TariffStakes t, TariffAction a) {
        LocalDate until = t.until(a);
        if (until != null) {
            return Cell.date(until);
        }
        boolean rate = a.kind() == TariffAction.Kind.ALL_GOODS || a.kind() == TariffAction.Kind.TRANSSHIPPED_GOODS;
        return Cell.text(rate && !a.effective().isAfter(t.today()) ? "in force" : "");
    }

    public static Table competitors(TariffStakes t) {
        List<List<Cell>> rows = new ArrayList<>();
        for (TariffStakes.ProductRates p : t.topProducts()) {
            for (TariffStakes.SupplierRate s : p.suppliers()) {
                rows.add(List.of(Cell.text(p.code()), Cell.text(p.label()), Cell.text(s.country().value()), Cell.text(s.name()),
                        Cell.money(s.importsUsd()), Cell.text(s.printedRate()), data(t.provenance())));
            }
        }
        return new Table(title(t.partner().value() + "'s top products in " + t.importer().value() + " imports, "
                + (t.comparisonYear() == null ? "" : t.comparisonYear() + ", ") + "and the reciprocal rates of their suppliers "
                + "(Annex I of 2025-07-31)", t.provenance()),
                List.of("heading", "product", "supplier", "name", "imports (USD)", "reciprocal rate", "data"), rows);
    }

    public static Table whatIf(WhatIf.Result r) {
        List<List<Cell>> rows = new ArrayList<>();
        for (WhatIf.Line l : r.lines()) {
            rows.add(whatIfRow(l, r));
        }
        WhatIf.Line t = r.total();
        rows.add(whatIfRow(t, r));
        return new Table(title("What-if on " + r.importer().value() + " imports from " + r.partner().value() + ", " + r.year()
                + ": " + percent(r.whatIfRatePercent()) + (r.zero().isEmpty() ? "" : ", " + r.zero().size()
                + (r.zero().size() == 1 ? " code" : " codes") + " at zero")
                + " against " + percent(r.baselineRatePercent()) + " in force on " + r.baselineOn()
                + " (additional reciprocal duty only; MFN and Section 232 duties not included)", r.provenance()),
                List.of("product", "name", "imports (USD)", "at zero (USD)", "duties in force, " + percent(r.baselineRatePercent()) + " (USD)",
                        "duties tried, " + percent(r.whatIfRatePercent()) + " (USD)", "change (USD)", "data"), rows);
    }

    private static List<Cell> whatIfRow(WhatIf.Line l, WhatIf.Result r) {
        return List.of(Cell.text(l.code()), Cell.text(l.label()), Cell.money(l.importsUsd()), Cell.money(l.zeroedUsd()),
                Cell.money(l.baselineDutiesUsd()), Cell.money(l.whatIfDutiesUsd()), Cell.money(l.changeUsd()), data(r.provenance()));
    }

    public static String percent(BigDecimal rate) {
        return org.bilateral.doors.Figures.ratePercent(rate);
    }

    /**
     * How a reader's language says the timeline's words: its title, an entry's kind and topic, "both", what an entry records
     * and who, where and by what instrument (the source's words, quoted), for a download from a page in that language.
     */
    public interface TimelineWords {
        String title();

        String kind(PolicyTimeline.Kind kind);

        String topic(PolicyTopic topic);

        String both();

        String what(PolicyTimeline.Entry entry);

        String detail(String detail);
    }

    /** The timeline as a page in another language downloads it: the same rows, said by {@code words}. */
    public static Table timeline(PolicyTimeline.Timeline t, TimelineWords words) {
        List<List<Cell>> rows = new ArrayList<>();
        for (PolicyTimeline.Entry e : t.entries()) {
            String detail = e.detail();
            rows.add(List.of(Cell.text(e.printedDate()), Cell.text(words.kind(e.kind())), Cell.text(words.topic(e.topic())),
                    Cell.text(e.side() == null ? words.both() : e.side().value()), Cell.text(words.what(e)),
                    Cell.textOrBlank(detail == null || detail.isBlank() ? null : words.detail(detail)), Cell.textOrBlank(e.sourceUrl())));
        }
        return new Table(words.title(), List.of("date", "kind", "topic", "side", "what", "who, where, instrument", "source"), rows);
    }

    public static Table timeline(PolicyTimeline.Timeline t) {
        List<List<Cell>> rows = new ArrayList<>();
        for (PolicyTimeline.Entry e : t.entries()) {
            rows.add(List.of(Cell.text(e.printedDate()), Cell.text(e.kind().label()), Cell.text(e.topic().label()),
                    Cell.text(e.side() == null ? "both" : e.side().value()), Cell.text(e.title()), Cell.textOrBlank(e.detail()),
                    Cell.textOrBlank(e.sourceUrl())));
        }
        return new Table("The relationship's policy by date: positions on the asks, tariff actions, rulings, market-economy events "
                + "and orders", List.of("date", "kind", "topic", "side", "what", "who, where, instrument", "source"), rows);
    }
}
