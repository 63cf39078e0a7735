package org.bilateral.worldjob.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.bilateral.worldjob.store.BulkReader;
import org.bilateral.worldjob.store.FileOutcome;
import org.bilateral.worldjob.store.FlowRow;
import org.bilateral.worldjob.store.WorldStore;

/**
 * Writes a synthetic world: as bulk files (one gzip per reporter and year, the 34 FINAL columns and {@code synthetic} true
 * on every line), or straight into the world store, skipping the bulk reader (for the benchmarks of a hundred million
 * rows, where the text would only be written to be read again).
 */
public final class SyntheticFiles {

    static final String HEADER = String.join("\t", "datasetCode", "typeCode", "freqCode", "refPeriodId", "refYear", "refMonth",
            "period", "reporterCode", "flowCode", "partnerCode", "partner2Code", "classificationSearchCode", "classificationCode",
            "isOriginalClassification", "cmdCode", "customsCode", "mosCode", "motCode", "qtyUnitCode", "qty", "isQtyEstimated",
            "altQtyUnitCode", "altQty", "isAltQtyEstimated", "netWgt", "isNetWgtEstimated", "grossWgt", "isGrossWgtEstimated",
            "cifValue", "fobValue", "primaryValue", "legacyEstimationFlag", "isReported", "isAggregate", "synthetic");

    /** What was written. */
    public record Written(int files, long rows) {
    }

    private SyntheticFiles() {
    }

    /** Writes every reporter's year as {@code SYNTHETIC-FINAL-CA{reporter}{year}H5.txt.gz} into the folder. */
    public static Written write(SyntheticWorld world, Path folder, Consumer<String> progress) throws IOException {
        return write(world, folder, progress, world.reporters());
    }

    /**
     * Writes the files of some reporters only, byte for byte those the whole world writes for them (every figure is a
     * function of the seed and the reporter's year alone, and gzip's header carries no time): a route's files for a
     * screen elsewhere, without writing the world.
     */
    public static Written write(SyntheticWorld world, Path folder, Consumer<String> progress, java.util.Collection<Integer> only)
            throws IOException {
        for (int reporter : only) {
            if (!world.reporters().contains(reporter)) {
                throw new IllegalArgumentException("reporter " + reporter + " is not among this world's " + world.reporters().size()
                        + " reporters " + world.reporters());
            }
        }
        Files.createDirectories(folder);
        int files = 0;
        long rows = 0;
        for (int year = world.settings().fromYear(); year <= world.settings().toYear(); year++) {
            for (int reporter : world.reporters()) {
                if (!only.contains(reporter)) {
                    continue;
                }
                Path file = folder.resolve(world.fileName(reporter, year));
                long written = writeFile(world, reporter, year, file);
                files++;
                rows += written;
                progress.accept(file + "\t" + written + " rows");
            }
        }
        return new Written(files, rows);
    }

    static long writeFile(SyntheticWorld world, int reporter, int year, Path file) throws IOException {
        long[] count = new long[1];
        try (OutputStream raw = Files.newOutputStream(file);
             Writer out = new BufferedWriter(new OutputStreamWriter(new FastGzip(raw), StandardCharsets.UTF_8), 1 << 16)) {
            out.write(HEADER);
            out.write('\n');
            StringBuilder line = new StringBuilder(256);
            world.rows(reporter, year, (flow, partner, cmd, cents, qty) -> {
                line.setLength(0);
                line(line, reporter, year, flow, partner, cmd, cents, qty);
                out.append(line);
                count[0]++;
            });
        }
        return count[0];
    }

    /** One bulk line, with its '\n'. */
    static void line(StringBuilder line, int reporter, int year, String flow, int partner, String cmd, long cents, long qty) {
        line.append("0\tC\tA\t").append(year).append("0101\t").append(year).append("\t52\t").append(year).append('\t')
                .append(reporter).append('\t').append(flow).append('\t').append(partner).append("\t0\tHS\tH5\ttrue\t")
                .append(cmd).append("\tC00\t0\t0\t");
        if (qty >= 0) {
            line.append(SyntheticWorld.KILOGRAMS).append('\t');
            hundredths(line, qty);
        } else {
            line.append("-1\t");
        }
        line.append("\tfalse\t-1\t\tfalse\t");
        if (qty >= 0) {
            hundredths(line, qty);
        }
        line.append("\tfalse\t\tfalse\t");
        if (flow.equals("M")) {
            hundredths(line, cents);
        }
        line.append('\t');
        if (flow.equals("X")) {
            hundredths(line, cents);
        }
        line.append('\t');
        hundredths(line, cents);
        line.append("\t0\ttrue\tfalse\ttrue\n");
    }

    private static void hundredths(StringBuilder line, long value) {
        line.append(value / 100).append('.');
        long rest = value % 100;
        if (rest < 10) {
            line.append('0');
        }
        line.append(rest);
    }

    /**
     * Writes every reporter's year straight into the store, each as the file it would have been (its name, and as its
     * SHA-256 that of the settings that make it, since its rows are a function of them alone), marked synthetic.
     */
    public static Written intoStore(SyntheticWorld world, WorldStore store, Consumer<String> progress) throws IOException {
        int files = 0;
        long rows = 0;
        for (int year = world.settings().fromYear(); year <= world.settings().toYear(); year++) {
            for (int reporter : world.reporters()) {
                int y = year;
                String name = world.fileName(reporter, year).replace(".txt.gz", "") + " (generated straight into the store)";
                FileOutcome outcome = store.importRows(name, identity(world, reporter, year), sink -> {
                    long[] count = new long[1];
                    world.rows(reporter, y, (flow, partner, cmd, cents, qty) -> {
                        sink.accept(new FlowRow(y, reporter, flow, partner, cmd, "H5", BigDecimal.valueOf(cents, 2),
                                qty >= 0 ? SyntheticWorld.KILOGRAMS : null, qty >= 0 ? BigDecimal.valueOf(qty, 2) : null));
                        count[0]++;
                    });
                    return new BulkReader.Summary(count[0], count[0], Map.of(), true, java.util.List.of());
                });
                files++;
                rows += outcome.rowsKept();
                progress.accept(name + "\t" + outcome.outcome() + "\t" + outcome.rowsKept() + " rows");
            }
        }
        return new Written(files, rows);
    }

    /** The SHA-256 standing for a generated reporter's year: of the generator's settings and the partition. */
    static String identity(SyntheticWorld world, int reporter, int year) {
        SyntheticWorld.Settings s = world.settings();
        String said = "bilateral synthetic world 1: seed " + s.seed() + ", reporters " + s.reporters() + ", products "
                + s.products() + ", rows per file " + s.rowsPerFile() + ", reporter " + reporter + ", year " + year;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(said.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Gzip at its fastest level: the files are written once and read once, and ten million rows should take minutes. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
