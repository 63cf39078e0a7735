package org.bilateral.tradestats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bilateral.shared.Limits;

/**
 * A balance by period and product read as a negotiator reads it: one row a period, one column a product (sectors as
 * columns), or turned round with a row a product and a column a period ({@link #productLines}); one measure in the
 * cells, and the datasets said once below instead of on every row.
 */
public record BalancePivot(Measure measure, List<Product> products, List<Line> lines, List<String> datasets, boolean synthetic) {

    /** What the cells show. */
    public enum Measure {
        BALANCE, EXPORTS, IMPORTS;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The measure a form names; the balance when it names none. */
        public static Measure of(String code) {
            if (code == null || code.isBlank()) {
                return BALANCE;
            }
            for (Measure m : values()) {
                if (m.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                    return m;
                }
            }
            throw new IllegalArgumentException("'" + Limits.shown(code) + "' is not one of balance, exports, imports");
        }

        BigDecimal of(Balance.Row row) {
            return switch (this) {
                case BALANCE -> row.balance();
                case EXPORTS -> row.exports();
                case IMPORTS -> row.imports();
            };
        }
    }

    public record Product(String code, String label) {

        /** Longest heading a column takes before its label is shortened (the full label stays, on hover). */
        static final int HEADING = 28;

        /**
         * The label short enough for a column's heading: as it is when short, else its code and first words up to a
         * word's end, with an ellipsis ("8802 Other aircraft…"). The full label is the heading's title.
         */
        public String heading() {
            if (label == null || label.length() <= HEADING) {
                return label;
            }
            int cut = label.lastIndexOf(' ', HEADING);
            if (cut <= code.length()) {
                cut = HEADING;
            }
            String head = label.substring(0, cut);
            // A bracket opened and not closed within the heading is left out whole: "Other aircraft (for…" reads as nothing.
            int open = head.lastIndexOf('(');
            if (open > code.length() && head.indexOf(')', open) < 0) {
                head = head.substring(0, open);
            }
            return head.replaceAll("[\\s,;:(]+$", "") + "…";
        }
    }

    /** One product across the periods: a cell a period, null where the statistics hold nothing, and its total over them. */
    public record ProductLine(Product product, List<BigDecimal> cells, BigDecimal total) {
    }

    /** The periods, in the order of the lines: the columns when products are the rows. */
    public List<String> periods() {
        return lines.stream().map(Line::period).toList();
    }

    /** The same cells turned round: one line a product, one cell a period. */
    public List<ProductLine> productLines() {
        List<ProductLine> turned = new ArrayList<>();
        for (int j = 0; j < products.size(); j++) {
            List<BigDecimal> cells = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (Line l : lines) {
                BigDecimal v = l.cells().get(j);
                cells.add(v);
                total = v == null ? total : total.add(v);
            }
            turned.add(new ProductLine(products.get(j), Collections.unmodifiableList(cells), total));
        }
        return turned;
    }

    /** One period: a cell a product, null where the statistics hold nothing for it, and the period's total. */
    public record Line(String period, List<BigDecimal> cells, BigDecimal total) {
    }

    public static BalancePivot of(Balance balance, Measure measure) {
        Map<String, Product> products = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> byPeriod = new LinkedHashMap<>();
        LinkedHashSet<String> datasets = new LinkedHashSet<>();
        for (Balance.Row row : balance.rows()) {
            products.putIfAbsent(row.code(), new Product(row.code(), row.label()));
            byPeriod.computeIfAbsent(row.period(), p -> new HashMap<>()).put(row.code(), measure.of(row));
            if (row.dataset() != null) {
                datasets.add(row.dataset());
            }
        }
        List<Product> columns = new ArrayList<>(products.values());
        List<Line> lines = new ArrayList<>();
        byPeriod.forEach((period, cells) -> {
            List<BigDecimal> values = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (Product p : columns) {
                BigDecimal v = cells.get(p.code());
                values.add(v);
                total = v == null ? total : total.add(v);
            }
            lines.add(new Line(period, Collections.unmodifiableList(values), total));
        });
        return new BalancePivot(measure, List.copyOf(columns), List.copyOf(lines), List.copyOf(datasets), balance.synthetic());
    }
}
