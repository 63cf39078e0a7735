package org.bilateral.tradestats.importing;

import org.jspecify.annotations.Nullable;
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
import java.util.Objects;
import org.bilateral.shared.Said;
import org.bilateral.shared.InputProblem;

/**
 * Streams figures into trade_figure with PostgreSQL's COPY, the fastest way in, while noting the slices
 * the file covers, summing them by product level, and refusing a record that repeats an earlier one of the same file.
 */
final class FigureCopy implements FigureSink {

    private static final int FLUSH_AT = 1 << 20;
    static final String COLUMNS = "(import_id, slice_key, hs_code, value_usd, alt_value_usd, valuation, quantity, "
            + "quantity_unit, net_kg, source_line, reported_hs_code)";
    private static final int FIELDS = 11;

    private final CopyIn copy;
    private final long importId;
    private final ReadContext context;
    private final BinaryCopy buffer = new BinaryCopy();
    private final Set<Slice> slices = new HashSet<>();
    /** The HS edition of each slice, and the line that set it: one slice is reported in one edition. */
    private final Map<Slice, int[]> revisions = new HashMap<>();
    private final FigureSums sums = new FigureSums();
    /** The file's codes so far, by slice: within a slice (one HS level) the code alone tells one line from another. */
    private final Map<Slice, LongIntMap> seen = new HashMap<>();
    private long count;
    /** Whether any figure gave a quantity: the quantity totals need rebuilding only then, or where some were before. */
    private boolean quantities;
    /** The slice of the previous line and its codes: files list a slice's lines together, so most lines need no look-up. */
    private @Nullable Slice last;
    private long lastKey;
    private @Nullable LongIntMap lastCodes;
    private int @Nullable [] lastRevision;

    FigureCopy(Connection connection, long importId, ReadContext context) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy trade_figure " + COLUMNS + " from stdin with (format binary)");
        this.importId = importId;
        this.context = context;
    }

    @Override
    public void accept(Figure f) {
        Slice slice = last;
        LongIntMap codes = lastCodes;
        int[] revision = lastRevision;
        if (slice == null || codes == null || revision == null || !slice.holds(f)) {
            slice = Slice.of(f);
            last = slice;
            lastKey = slice.key();
            codes = seen.computeIfAbsent(slice, s -> new LongIntMap());
            lastCodes = codes;
            slices.add(slice);
            revision = revisions.computeIfAbsent(slice, s -> new int[] {f.hsRevision(), f.sourceLine()});
            lastRevision = revision;
        }
        if (f.hsRevision() != revision[0]) {
            context.problem(InputProblem.line(f.sourceLine()), "classificationCode", Said.of("refusal.tradestats.mixedRevision", String.valueOf(f.hsRevision()),
                    String.valueOf(revision[1]), String.valueOf(revision[0])));
            return;
        }
        // Within a slice (one HS level) the code as a number tells one line from another.
        long code = f.hsCode().isEmpty() ? 0 : Long.parseLong(f.hsCode());
        // A repeat is of the code as reported: two HS 2017 codes carried to one HS 2022 code (620113 and 620193 to
        // 620140) are two lines, summed under the one code.
        String reportedCode = f.reportedHsCode();
        String reported = reportedCode == null ? f.hsCode() : reportedCode;
        int earlier = codes.putIfAbsent(reportedCode == null ? code : Long.parseLong(reported), f.sourceLine());
        if (earlier >= 0) {
            context.problem(InputProblem.line(f.sourceLine()), null, Said.of("refusal.tradestats.repeatsLine", String.valueOf(earlier), reported.isEmpty() ? "TOTAL" : reported));
            return;
        }
        sums.add(slice, code, f);
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
        b.text(f.reportedHsCode());
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

    /** The HS edition a slice of the file was reported in. */
    int revision(Slice slice) {
        return Objects.requireNonNull(revisions.get(slice), "a slice this copy wrote")[0];
    }

    boolean quantities() {
        return quantities;
    }

    FigureSums sums() {
        return sums;
    }
}
