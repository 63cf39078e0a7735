package org.bilateral.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bilateral.shared.Cell;
import org.bilateral.shared.Table;

/** The asks as one table, for every format: the terminal, CSV and XLSX. */
public final class AskTables {

    public static final List<String> HEADER = List.of("ask", "side", "of", "topic", "statement", "statement_vi", "status", "first stated",
            "latest position", "where", "who", "positions");

    private AskTables() {
    }

    public static List<List<Cell>> rows(List<Asks.Ask> asks) {
        return rows(asks, PolicyTopic::label, AskStatus::label);
    }

    /** The rows with each topic and status as {@code topic} and {@code status} say them: a Vietnamese page's words. */
    public static List<List<Cell>> rows(List<Asks.Ask> asks, Function<PolicyTopic, String> topic, Function<AskStatus, String> status) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Asks.Ask a : asks) {
            var latest = a.latest();
            rows.add(List.of(Cell.text("A" + a.id()), Cell.text(a.side().value()), Cell.text(a.addressee().value()),
                    Cell.text(topic.apply(a.topic())), Cell.text(a.statement()), Cell.textOrBlank(a.statementVi()),
                    Cell.text(status.apply(a.status())),
                    a.positions().isEmpty() ? Cell.text("") : Cell.date(a.positions().get(0).saidOn()),
                    latest.map(p -> Cell.date(p.saidOn())).orElse(Cell.text("")),
                    Cell.textOrBlank(latest.map(p -> p.whereSaid()).orElse(null)),
                    Cell.textOrBlank(latest.map(p -> p.who()).orElse(null)), Cell.count(a.positions().size())));
        }
        return rows;
    }

    public static Table register(List<Asks.Ask> asks) {
        return new Table("The asks on the table: what each side asks of the other, and its latest position", HEADER, rows(asks));
    }

    /** The register titled, and its topics and statuses said, in a page's language. */
    public static Table register(List<Asks.Ask> asks, String title, Function<PolicyTopic, String> topic, Function<AskStatus, String> status) {
        return new Table(title, HEADER, rows(asks, topic, status));
    }
}
