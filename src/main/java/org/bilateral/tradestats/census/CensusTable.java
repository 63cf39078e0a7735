package org.bilateral.tradestats.census;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One Census answer as the API wrote it: the header row (the variables asked, then the predicates) and the rows, every
 * value a string. No rows when Census answered {@code 204}, "a valid request with no records".
 *
 * @param address the address asked, its key hidden
 */
public record CensusTable(String address, List<String> header, List<List<String>> rows) {

    public CensusTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public boolean empty() {
        return rows.isEmpty();
    }

    /** This answer and another asked with the same variables (a wildcard's share of the same month), as one. */
    public CensusTable and(CensusTable more) {
        if (more.empty()) {
            return this;
        }
        if (empty() && header.isEmpty()) {
            return more;
        }
        List<List<String>> all = new ArrayList<>(rows);
        all.addAll(more.rows);
        return new CensusTable(address, header, all);
    }

    /**
     * Writes the answer as the API's own JSON, one row a line, the rows in the order of their values: Census sends rows
     * unsorted, and the importer knows a file it already holds by its checksum, so the same answer must give the same
     * bytes however its rows came.
     */
    public void writeTo(Path file) throws IOException {
        List<List<String>> sorted = new ArrayList<>(rows);
        sorted.sort(ROWS);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('[');
            writeRow(out, header);
            for (List<String> row : sorted) {
                out.write(",\n");
                writeRow(out, row);
            }
            out.write("]\n");
        }
    }

    private static final Comparator<List<String>> ROWS = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private static void writeRow(BufferedWriter out, List<String> row) throws IOException {
        out.write('[');
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(row.get(i)));
        }
        out.write(']');
    }

    /** A JSON string: quotes, backslashes and control characters escaped, everything else as it came. */
    static String quoted(String value) {
        StringBuilder s = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }
}
