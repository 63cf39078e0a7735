package org.bilateral.policy;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.shared.Table;

/** The asks as one table, for every format: the terminal, CSV and XLSX. */
public final class AskTables {

    public static final List<String> HEADER = List.of("ask", "side", "of", "topic", "statement", "status", "first stated",
            "latest position", "where", "who", "positions");

    private AskTables() {
    }

    public static List<List<Object>> rows(List<Asks.Ask> asks) {
        List<List<Object>> rows = new ArrayList<>();
        for (Asks.Ask a : asks) {
            var latest = a.latest();
            rows.add(List.of("A" + a.id(), a.side().value(), a.addressee().value(), a.topic().label(), a.statement(),
                    a.status().label(), a.positions().isEmpty() ? "" : a.positions().get(0).saidOn().toString(),
                    latest.map(p -> p.saidOn().toString()).orElse(""), latest.map(p -> p.whereSaid() == null ? "" : p.whereSaid()).orElse(""),
                    latest.map(p -> p.who() == null ? "" : p.who()).orElse(""), a.positions().size()));
        }
        return rows;
    }

    public static Table register(List<Asks.Ask> asks) {
        return new Table("The asks on the table: what each side asks of the other, and its latest position", HEADER, rows(asks));
    }
}
