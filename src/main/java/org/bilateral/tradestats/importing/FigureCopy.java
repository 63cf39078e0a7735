package org.bilateral.tradestats.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams figures into trade_figure with PostgreSQL's COPY, the fastest way in, while noting the slices
 * the file covers, summing them by product level, and refusing a record that repeats an earlier one of the same file.
 */
final class FigureCopy implements FigureSink {

    private static final int FLUSH_AT = 1 << 20;
    static final String COLUMNS = "(import_id, reporter, partner, flow, freq, period, hs_level, hs_code, value_usd, "
            + "alt_value_usd, valuation, quantity, quantity_unit, net_kg, source_line, slice_key)";

    private final CopyIn copy;
    private final String importId;
    private final ReadContext context;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private final Set<Slice> slices = new HashSet<>();
    private final FigureSums sums = new FigureSums();
    private final Map<String, LongIntMap> seen = new HashMap<>();
    private long count;

    FigureCopy(Connection connection, long importId, ReadContext context) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy trade_figure " + COLUMNS + " from stdin");
        this.importId = Long.toString(importId);
        this.context = context;
    }

    @Override
    public void accept(Figure f) {
        String group = f.reporter().value() + f.partner().value() + f.flow().code() + (f.annual() ? 'A' : 'M');
        long key = ((long) (f.period().getYear() * 12 + f.period().getMonthValue()) << 38)
                | ((long) f.hsLevel() << 34) | (f.hsCode().isEmpty() ? 0 : Long.parseLong(f.hsCode()));
        int earlier = seen.computeIfAbsent(group, g -> new LongIntMap()).putIfAbsent(key, f.sourceLine());
        if (earlier >= 0) {
            context.problem("line " + f.sourceLine(), null, "repeats line " + earlier
                    + " (same partner, flow, period and commodity " + (f.hsCode().isEmpty() ? "TOTAL" : f.hsCode()) + ")");
            return;
        }
        Slice slice = Slice.of(f);
        slices.add(slice);
        sums.add(slice, f);
        count++;
        line(buffer, importId, f);
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    /** One figure as a line of COPY text, in the column order of {@link #COLUMNS}. */
    static void line(StringBuilder b, String importId, Figure f) {
        b.append(importId).append('\t').append(f.reporter().value()).append('\t').append(f.partner().value()).append('\t')
                .append(f.flow().code()).append('\t').append(f.annual() ? 'A' : 'M').append('\t')
                .append(f.period().getYear()).append('-').append(f.period().getMonthValue()).append("-01\t")
                .append(f.hsLevel()).append('\t').append(f.hsCode()).append('\t').append(f.valueUsd()).append('\t');
        nullable(b, f.altValueUsd()).append('\t').append(f.valuation()).append('\t');
        nullable(b, f.quantity()).append('\t');
        nullable(b, escape(f.quantityUnit())).append('\t');
        nullable(b, f.netKg()).append('\t').append(f.sourceLine()).append('\t')
                .append(Slice.key(f.reporter(), f.partner(), f.flow(), f.annual(), f.period(), f.hsLevel())).append('\n');
    }

    private static StringBuilder nullable(StringBuilder b, String value) {
        return value == null ? b.append("\\N") : b.append(value);
    }

    private static String escape(String text) {
        if (text == null) {
            return null;
        }
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private void flush() {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("could not write to the database: " + e.getMessage(), e));
        }
    }

    /** Ends the COPY; returns the number of figures written. */
    long finish() throws SQLException {
        flush();
        copy.endCopy();
        return count;
    }

    void abort() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            // the transaction is rolled back anyway
        }
    }

    Set<Slice> slices() {
        return slices;
    }

    FigureSums sums() {
        return sums;
    }
}
