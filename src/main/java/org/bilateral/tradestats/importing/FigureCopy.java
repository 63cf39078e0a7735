package org.bilateral.tradestats.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
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
    static final String COLUMNS = "(import_id, slice_key, hs_code, value_usd, alt_value_usd, valuation, quantity, "
            + "quantity_unit, net_kg, source_line)";
    private static final int FIELDS = 10;

    private final CopyIn copy;
    private final long importId;
    private final ReadContext context;
    private final BinaryCopy buffer = new BinaryCopy();
    private final Set<Slice> slices = new HashSet<>();
    private final FigureSums sums = new FigureSums();
    /** The file's codes so far, by slice: within a slice (one HS level) the code alone tells one line from another. */
    private final Map<Slice, LongIntMap> seen = new HashMap<>();
    private long count;
    /** Whether any figure gave a quantity: the quantity totals need rebuilding only then, or where some were before. */
    private boolean quantities;
    /** The slice of the previous line and its codes: files list a slice's lines together, so most lines need no look-up. */
    private Slice last;
    private long lastKey;
    private LongIntMap lastCodes;

    FigureCopy(Connection connection, long importId, ReadContext context) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy trade_figure " + COLUMNS + " from stdin with (format binary)");
        this.importId = importId;
        this.context = context;
    }

    @Override
    public void accept(Figure f) {
        if (last == null || !last.holds(f)) {
            last = Slice.of(f);
            lastKey = last.key();
            lastCodes = seen.computeIfAbsent(last, s -> new LongIntMap());
            slices.add(last);
        }
        // Within a slice (one HS level) the code as a number tells one line from another.
        long code = f.hsCode().isEmpty() ? 0 : Long.parseLong(f.hsCode());
        int earlier = lastCodes.putIfAbsent(code, f.sourceLine());
        if (earlier >= 0) {
            context.problem("line " + f.sourceLine(), null, "repeats line " + earlier
                    + " (same partner, flow, period and commodity " + (f.hsCode().isEmpty() ? "TOTAL" : f.hsCode()) + ")");
            return;
        }
        sums.add(last, code, f);
        quantities |= f.quantity() != null;
        count++;
        row(buffer, importId, lastKey, f);
        if (buffer.size() >= FLUSH_AT) {
            flush();
        }
    }

    /** One figure as a row of binary COPY, in the column order of {@link #COLUMNS}. */
    static void row(BinaryCopy b, long importId, long sliceKey, Figure f) {
        b.row(FIELDS);
        b.bigint(importId);
        b.bigint(sliceKey);
        b.text(f.hsCode());
        b.numeric(f.valueUsd());
        b.numeric(f.altValueUsd());
        b.text(f.valuation());
        b.numeric(f.quantity());
        b.text(f.quantityUnit());
        b.numeric(f.netKg());
        b.integer(f.sourceLine());
    }

    private void flush() {
        byte[] bytes = buffer.take();
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("could not write to the database: " + e.getMessage(), e));
        }
    }

    /** Ends the COPY; returns the number of figures written. */
    long finish() throws SQLException {
        buffer.end();
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

    boolean quantities() {
        return quantities;
    }

    FigureSums sums() {
        return sums;
    }
}
