package org.bilateral.tradestats.bench;

import org.bilateral.tradestats.demo.*;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.bilateral.reference.Nomenclature;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Granularity;
import org.bilateral.shared.HsLevel;
import org.bilateral.tradestats.Balance;
import org.bilateral.tradestats.BalanceRequest;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.MirrorRequest;
import org.bilateral.tradestats.ProductsRequest;
import org.bilateral.tradestats.StatisticsHeld;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.tradestats.TradeBalances;
import org.bilateral.tradestats.TopProducts;
import org.bilateral.tradestats.MirrorComparisons;
import org.bilateral.tradestats.importing.CopyBaseline;
import org.bilateral.workbench.CliCommand;
import org.bilateral.workbench.DuckDbBaseline;
import org.jspecify.annotations.Nullable;
import org.bilateral.workbench.ProcessMemory;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures import throughput and query latency at realistic sizes: US Census HS10 monthly files for
 * ten partners over six years, generated, imported through the real importer, then queried.
 * Runs on its own database under BILATERAL_HOME/bench, never the workbench's.
 */
@Component
@Command(name = "bench", description = {"Benchmark: generate and import Census files of 1 and 5 million rows, "
        + "time the same rows through a bare COPY into an unindexed table, then time the balance and mirror queries; "
        + "beside each, DuckDB reading the same files and answering the same balance questions on the raw rows, with the ratio.",
        "Uses its own database under BILATERAL_HOME/bench."})
class BenchCommand implements Callable<Integer>, CliCommand {

    private static final String[][] PARTNERS = {{"5520", "VIETNAM"}, {"5700", "CHINA"}, {"2010", "MEXICO"},
            {"1220", "CANADA"}, {"4280", "GERMANY"}, {"5880", "JAPAN"}, {"5800", "KOREA, SOUTH"}, {"5830", "TAIWAN"},
            {"5330", "INDIA"}, {"5490", "THAILAND"}};
    private static final int YEARS = 6;

    @Option(names = "--rows", split = ",", defaultValue = "1000000,5000000", description = "sizes to run, in Census rows")
    List<Integer> sizes = new ArrayList<>(); // picocli fills it, from the default when --rows is not given

    @Option(names = "--repeat", defaultValue = "20", description = "timed runs of each query")
    int repeat;

    @Option(names = "--runs", defaultValue = "3", description = "imports of each size, each into emptied tables; "
            + "the median is reported (this machine's timings vary by a fifth from run to run)")
    int runs;

    @Option(names = "--keep-files", description = "keep the generated files under BILATERAL_HOME/bench/files")
    boolean keepFiles;


    private final StatisticsImports imports;
    private final TradeBalances balances;
    private final MirrorComparisons mirrors;
    private final TopProducts topProducts;
    private final Nomenclature nomenclature;
    private final StatisticsHeld held;
    private final org.bilateral.workbench.WorkbenchProperties workbench;
    private final CopyBaseline baseline;

    BenchCommand(StatisticsImports imports, TradeBalances balances, MirrorComparisons mirrors, TopProducts topProducts, Nomenclature nomenclature, StatisticsHeld held,
                 org.bilateral.workbench.WorkbenchProperties workbench, CopyBaseline baseline) {
        this.baseline = baseline;
        this.imports = imports;
        this.balances = balances;
        this.mirrors = mirrors;
        this.topProducts = topProducts;
        this.nomenclature = nomenclature;
        this.held = held;
        this.workbench = workbench;
    }

    @Override
    public Integer call() throws IOException, java.sql.SQLException {
        List<String> codes = nomenclature.subheadings();
        if (codes.isEmpty()) {
            throw new IllegalStateException("no reference data loaded: run ./bilateral reference load");
        }
        System.out.printf("Benchmark database: %s (PostgreSQL), %d cores, max heap %d MB%n", workbench.home(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        try (@Nullable DuckDbSide duck = DuckDbBaseline.open().map(DuckDbSide::new).orElse(null)) {
            run(codes, duck);
        }
        System.out.printf("%npeak memory: JVM heap %d MB, process resident %s%n", ProcessMemory.peakHeapMb(), ProcessMemory.peakResident());
        return 0;
    }

    private void run(List<String> codes, @Nullable DuckDbSide duck) throws IOException, java.sql.SQLException {
        if (duck == null) {
            System.out.println("DuckDB baseline absent (see above): Bilateral's figures alone");
        }
        for (int rows : sizes) {
            Path dir = workbench.home().resolve("files");
            Files.createDirectories(dir);
            int perMonth = Math.max(1, rows / (PARTNERS.length * YEARS * 12 * 2));
            List<Path> files = generate(dir, codes, perMonth);
            long total = (long) perMonth * PARTNERS.length * YEARS * 12 * 2;
            long bytes = 0;
            for (Path f : files) {
                bytes += Files.size(f);
            }
            System.out.printf("%n== %,d rows in %d Census files (%,d MB) ==%n", total, files.size(), bytes >> 20);
            double seconds = medianImport(files, total, rows == sizes.get(0));
            compareWithBareCopy(files, seconds);
            if (duck != null) {
                compareWithDuckDb(duck, files, seconds);
            }
            held.analyze();
            queries(duck);
            if (duck != null) {
                duck.drop();
            }
            if (!keepFiles) {
                for (Path f : files) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /**
     * DuckDB reading the same files into a table, as often as the import ran (the median), the ratio, and whether its
     * sums of the raw rows by year are the workbench's balance by year: the same rows read, the same figures stored.
     */
    private void compareWithDuckDb(DuckDbSide duck, List<Path> files, double seconds) throws java.sql.SQLException {
        List<Path> importFiles = files.stream().filter(f -> f.getFileName().toString().startsWith("imports-")).toList();
        List<Path> exportFiles = files.stream().filter(f -> !importFiles.contains(f)).toList();
        double[] times = new double[Math.max(1, runs)];
        for (int run = 0; run < times.length; run++) {
            times[run] = duck.load(importFiles, exportFiles);
        }
        Arrays.sort(times);
        double duckSeconds = times[times.length / 2];
        long rows = duck.rows();
        System.out.printf(Locale.ROOT, "DuckDB reading the same files into a table (read_json, format 'array', records false, "
                + "%d threads): %.1f s, %,.0f rows/s, the median of %d; Bilateral ÷ DuckDB %.2f%n",
                Runtime.getRuntime().availableProcessors(), duckSeconds, rows / duckSeconds, times.length, seconds / duckSeconds);
        Map<Integer, java.math.BigDecimal[]> duckYears = duck.yearTotals();
        Balance balance = balances.balance(BalanceRequest.of(CountryCode.of("US"), CountryCode.of("VN"), Granularity.YEAR, HsLevel.TOTAL));
        Map<Integer, java.math.BigDecimal[]> ours = new java.util.TreeMap<>();
        for (Balance.Row row : balance.rows()) {
            ours.put(row.held().first().getYear(), new java.math.BigDecimal[] {row.exports(), row.imports()});
        }
        List<String> differ = new ArrayList<>();
        for (Integer year : new java.util.TreeSet<>(java.util.stream.Stream.concat(duckYears.keySet().stream(), ours.keySet().stream()).toList())) {
            java.math.BigDecimal[] d = duckYears.get(year);
            java.math.BigDecimal[] o = ours.get(year);
            if (d == null || o == null || d[0].compareTo(o[0]) != 0 || d[1].compareTo(o[1]) != 0) {
                differ.add(year + ": DuckDB " + (d == null ? "none" : d[0].toPlainString() + " / " + d[1].toPlainString())
                        + ", Bilateral " + (o == null ? "none" : o[0].toPlainString() + " / " + o[1].toPlainString()));
            }
        }
        System.out.println(differ.isEmpty()
                ? "check: DuckDB's US exports to / imports from VN by year, summed from the raw rows, equal Bilateral's balance by "
                        + "year in all " + ours.size() + " years"
                : "CHECK FAILED: DuckDB's sums by year differ from Bilateral's balance: " + String.join("; ", differ));
    }

    /** Imports the files into an emptied database once per run; returns the median run's seconds. */
    private double medianImport(List<Path> files, long total, boolean firstSize) {
        double[] times = new double[Math.max(1, runs)];
        for (int run = 0; run < times.length; run++) {
            held.clearForBenchmark();
            long start = System.nanoTime();
            // as one ./bilateral import of the whole set: one transaction, each file read while the one before it is stored
            imports.importFiles(files.stream().map(file -> ImportFile.of(file, "bench")).toList());
            times[run] = (System.nanoTime() - start) / 1e9;
            // The first import of a process runs its code cold, as one ./bilateral import does; later ones run it
            // compiled, as the workbench's server does after its first upload.
            System.out.printf("import, run %d%s: %.1f s, %,.0f rows/s%n", run + 1,
                    run == 0 && firstSize ? " (code not yet compiled, as in a fresh ./bilateral import)" : "",
                    times[run], total / times[run]);
        }
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        double seconds = sorted[sorted.length / 2];
        System.out.printf("import: %.1f s, %,.0f rows/s, the median of %d runs (parse, validate, COPY, replace slices, "
                + "rebuild totals)%n", seconds, total / seconds, times.length);
        return seconds;
    }

    /** What the import costs beside a bare COPY of the same rows and beside reading them in Java alone. */
    private void compareWithBareCopy(List<Path> files, double seconds) throws IOException, java.sql.SQLException {
        CopyBaseline.Timing bare = baseline.time(files);
        System.out.printf("bare COPY of the same rows into an unindexed table: %.1f s, %,.0f rows/s; "
                + "the import takes %.1f times as long%n", bare.seconds(), bare.rows() / bare.seconds(), seconds / bare.seconds());
        System.out.printf("reading and checking the same rows in Java alone, no database: %.1f s, %,.0f rows/s%n",
                bare.readSeconds(), bare.rows() / bare.readSeconds());
    }

    /** One file per flow and year, as a user downloads them, for ten partners; HS10 lines are subheadings with national suffixes. */
    private static List<Path> generate(Path dir, List<String> subheadings, int perMonth) throws IOException {
        Random random = new Random(42);
        List<Path> files = new ArrayList<>();
        for (boolean importsFlow : new boolean[] {true, false}) {
            for (int y = 0; y < YEARS; y++) {
                int year = 2019 + y;
                Path file = dir.resolve((importsFlow ? "imports-" : "exports-") + year + ".json");
                try (CensusJsonWriter writer = new CensusJsonWriter(file, importsFlow)) {
                    for (int month = 1; month <= 12; month++) {
                        for (String[] partner : PARTNERS) {
                            for (int i = 0; i < perMonth; i++) {
                                // about three national lines per subheading, as in real HS10 files
                                String hs6 = subheadings.get((i / 3) % subheadings.size());
                                String hs10 = hs6 + String.format("%02d%02d", i % 3, i / (3 * subheadings.size()));
                                long value = 1_000 + (long) (Math.exp(random.nextGaussian() * 2 + 11));
                                writer.row(partner[0], partner[1], hs10, value, YearMonth.of(year, month));
                            }
                        }
                    }
                }
                files.add(file);
            }
        }
        return files;
    }

    private void queries(@Nullable DuckDbSide duck) {
        CountryCode us = CountryCode.of("US");
        CountryCode vn = CountryCode.of("VN");
        Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
        queries.put("balance by year, total", () -> balances.balance(BalanceRequest.of(us, vn, Granularity.YEAR, HsLevel.TOTAL)));
        queries.put("balance by month, total", () -> balances.balance(BalanceRequest.of(us, vn, Granularity.MONTH, HsLevel.TOTAL)));
        queries.put("balance by quarter, chapter", () -> balances.balance(BalanceRequest.of(us, vn, Granularity.QUARTER, HsLevel.CHAPTER)));
        queries.put("balance year to date, section", () -> balances.balance(BalanceRequest.of(us, vn, Granularity.YTD, HsLevel.SECTION)));
        queries.put("balance by year, sector", () -> balances.balance(BalanceRequest.of(us, vn, Granularity.YEAR, HsLevel.SECTOR)));
        queries.put("balance by year, heading (top 20)", () -> balances.balance(BalanceRequest.of(us, vn, Granularity.YEAR, HsLevel.HEADING)));
        queries.put("balance by month, subheading (top 20)", () -> balances.balance(BalanceRequest.of(us, vn, Granularity.MONTH, HsLevel.SUBHEADING)));
        queries.put("mirror 2024, total", () -> mirrors.mirror(new MirrorRequest(us, vn, 2024, HsLevel.TOTAL, 0)));
        queries.put("mirror 2024, chapter", () -> mirrors.mirror(new MirrorRequest(us, vn, 2024, HsLevel.CHAPTER, 0)));
        queries.put("top products and movers 2024, heading", () -> topProducts.products(new ProductsRequest(us, vn, HsLevel.HEADING, 2024, 10)));
        System.out.printf("%-42s %9s %9s %9s %14s %9s%n", "query (US–VN)", "median", "p95", "max", "DuckDB median", "ratio");
        queries.forEach((name, query) -> {
            double[] ms = timed(() -> {
                var unused = query.get();
            });
            String duckSql = DuckDbSide.BALANCE_QUERIES.get(name);
            String beside = "";
            if (duck != null && duckSql != null) {
                double[] duckMs = timed(() -> {
                    try {
                        duck.answer(duckSql);
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException("DuckDB could not answer " + name + ": " + e.getMessage(), e);
                    }
                });
                beside = String.format(Locale.ROOT, " %11.1f ms %9.2f", duckMs[duckMs.length / 2], ms[ms.length / 2] / duckMs[duckMs.length / 2]);
            } else if (duck != null) {
                beside = String.format(Locale.ROOT, " %14s %9s", "—", "—");
            }
            System.out.printf(Locale.ROOT, "%-42s %7.1f ms %6.1f ms %6.1f ms%s%n", name, ms[ms.length / 2],
                    ms[(int) Math.ceil(ms.length * 0.95) - 1], ms[ms.length - 1], beside);
        });
        if (duck != null) {
            System.out.println("DuckDB answers on the raw rows of the same files (sections, sectors, mirror and top products "
                    + "need the workbench's nomenclature and are not asked of it: —); ratio = Bilateral ÷ DuckDB, below 1 faster");
        }
    }

    /** The milliseconds of {@link #repeat} runs after 3 untimed ones, sorted. */
    private double[] timed(Runnable query) {
        for (int i = 0; i < 3; i++) {
            query.run();
        }
        double[] ms = new double[repeat];
        for (int i = 0; i < repeat; i++) {
            long start = System.nanoTime();
            query.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }
}
