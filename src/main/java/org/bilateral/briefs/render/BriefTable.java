package org.bilateral.briefs.render;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.bilateral.shared.Table;
import org.jspecify.annotations.Nullable;

/**
 * One of the brief's tables, as the DOCX and the XLSX write it: the part of the brief it belongs to (a section's code,
 * "changes" or "sources"), the sheet it is written to, its title, its header and its rows of typed cells.
 */
public record BriefTable(String part, String sheet, String title, List<String> header, List<Row> rows) {

    public BriefTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** The table as the workbook writer takes it: each cell its value, an amount as a number. */
    public Table forWorkbook() {
        return new Table(title, header, rows.stream().map(Row::forWorkbook).toList());
    }

    /** A row: its cells in the header's order. */
    public record Row(List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        public static Row of(Cell... cells) {
            return new Row(Arrays.asList(cells));
        }

        /** The row as a download table's cells, each saying what it holds. */
        List<org.bilateral.shared.Cell> forWorkbook() {
            return cells.stream().map(Cell::forWorkbook).toList();
        }
    }

    /** A cell: a text, an amount in US dollars, a count, or a score. */
    public sealed interface Cell {

        /** The value a spreadsheet writes: a number as a number; null for an empty cell. */
        @Nullable Object value();

        /** The cell as a download table holds it, so the workbook writes it by its kind. */
        org.bilateral.shared.Cell forWorkbook();

        /** The cell as a document prints it. */
        default String text() {
            Object v = value();
            return v == null ? "" : v.toString();
        }

        static Cell text(@Nullable String text) {
            return new Text(text == null ? "" : text);
        }
    }

    public record Text(String text) implements Cell {
        @Override
        public org.bilateral.shared.Cell forWorkbook() {
            return org.bilateral.shared.Cell.text(text);
        }

        @Override
        public Object value() {
            return text;
        }
    }

    /** An amount in US dollars; an empty cell where none was reported. */
    public record Amount(@Nullable BigDecimal usd) implements Cell {
        @Override
        public org.bilateral.shared.Cell forWorkbook() {
            return org.bilateral.shared.Cell.money(usd);
        }

        @Override
        public @Nullable Object value() {
            return usd;
        }
    }

    /** A count or a rank. */
    public record Count(int count) implements Cell {
        @Override
        public org.bilateral.shared.Cell forWorkbook() {
            return org.bilateral.shared.Cell.count(count);
        }

        @Override
        public Object value() {
            return count;
        }
    }

    /** A score or a ratio, as the screen computed it. */
    public record Score(double score) implements Cell {
        @Override
        public org.bilateral.shared.Cell forWorkbook() {
            return org.bilateral.shared.Cell.number(score);
        }

        @Override
        public Object value() {
            return score;
        }
    }
}
