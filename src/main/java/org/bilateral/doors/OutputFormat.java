package org.bilateral.doors;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.nio.charset.StandardCharsets;
import org.bilateral.shared.Cell;
import org.bilateral.shared.Table;
import tools.jackson.databind.json.JsonMapper;

/** How a command prints its result: an aligned table for people, CSV for spreadsheets, JSON for programs. */
public enum OutputFormat {
    TABLE, CSV, JSON;

    public static OutputFormat parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + text + "': use table, csv or json");
        }
    }

    /**
     * @param result   the use case's result, printed whole as JSON
     * @param download the same table the web page downloads, printed as CSV
     * @param header   the columns a person reads on a terminal, and their rows
     */
    public void print(PrintStream out, JsonMapper json, Object result, Table download, List<String> header,
               List<List<Cell>> rows) {
        switch (this) {
            case JSON -> out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(result));
            case CSV -> out.print(new String(download.csv(), StandardCharsets.UTF_8));
            case TABLE -> table(out, header, rows);
        }
    }

    private static void table(PrintStream out, List<String> header, List<List<Cell>> rows) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(header);
        for (List<Cell> row : rows) {
            List<String> text = new ArrayList<>();
            row.forEach(v -> text.add(cell(v)));
            cells.add(text);
        }
        int[] width = new int[header.size()];
        boolean[] numeric = new boolean[header.size()];
        for (List<String> row : cells) {
            for (int i = 0; i < row.size(); i++) {
                width[i] = Math.min(60, Math.max(width[i], row.get(i).length()));
            }
        }
        if (!rows.isEmpty()) {
            for (int i = 0; i < header.size(); i++) {
                numeric[i] = rows.get(0).get(i).numeric();
            }
        }
        for (int r = 0; r < cells.size(); r++) {
            StringBuilder line = new StringBuilder();
            List<String> row = cells.get(r);
            for (int i = 0; i < row.size(); i++) {
                String value = row.get(i).length() > 60 ? row.get(i).substring(0, 59) + "…" : row.get(i);
                String padded = numeric[i] ? " ".repeat(width[i] - value.length()) + value
                        : value + " ".repeat(width[i] - value.length());
                line.append(i == 0 ? "" : "  ").append(padded);
            }
            out.println(line.toString().stripTrailing());
            if (r == 0) {
                out.println("-".repeat(line.toString().stripTrailing().length()));
            }
        }
    }

    /**
     * A cell as a person reads it on a terminal, by what it is: an amount in whole dollars grouped ("1,234,568"), a
     * share in percent to one decimal ("12.5%", a change with its sign, "+12.5%"), a rate as printed ("20%").
     */
    static String cell(Cell value) {
        if (value instanceof Cell.Text t) {
            return t.text();
        }
        if (value instanceof Cell.Amount a) {
            return String.format(Locale.ROOT, "%,.0f", a.money().usd());
        }
        if (value instanceof Cell.Plain n) {
            return n.value().toPlainString();
        }
        if (value instanceof Cell.Count c) {
            return Long.toString(c.count());
        }
        if (value instanceof Cell.Fraction f) {
            return f.signed() ? String.format(Locale.ROOT, "%+.1f%%", f.share().inPercent())
                    : Figures.share(f.share(), Locale.ENGLISH);
        }
        if (value instanceof Cell.Rate r) {
            return Figures.ratePercent(r.percent());
        }
        if (value instanceof Cell.Day d) {
            return d.date().toString();
        }
        return "";
    }
}
