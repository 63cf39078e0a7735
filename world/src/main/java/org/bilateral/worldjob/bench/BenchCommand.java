package org.bilateral.worldjob.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.bilateral.worldjob.screen.Countries;
import org.bilateral.worldjob.screen.Carries;
import org.bilateral.worldjob.screen.ScreenAsked;
import org.bilateral.worldjob.screen.WorldScreen;
import org.bilateral.worldjob.store.FileOutcome;
import org.bilateral.worldjob.store.ImportReport;
import org.bilateral.worldjob.store.WorldStore;
import org.bilateral.worldjob.synthetic.SyntheticFiles;
import org.bilateral.worldjob.synthetic.SyntheticWorld;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: the world's benchmark. For each size, a SYNTHETIC world (the smallest written as bulk files and imported,
 * timing the import into Parquet; bigger ones generated straight into the store), kept in {@code DIR/rows-N} and reused by a
 * later run of the same settings; then the screen of CN → US 2017–2024 (event 2018) on each master, each run in a Spark
 * session of its own, the session's start and the job timed apart. The route's bulk files (US, CN, VN) go to
 * {@code --route-files}, for the PostgreSQL screen of the same route in the workbench.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 1,
        description = {"Benchmarks the world store and the world screen on SYNTHETIC worlds: rows per second into Parquet, and the "
                + "screen's time (CN → US, 2017–2024, event 2018) at each size and Spark master.",
                "Exit codes: 0 measured, 1 failed."})
public final class BenchCommand implements Callable<Integer> {

    static final int ORIGIN = SyntheticWorld.CHINA;
    static final int DESTINATION = SyntheticWorld.UNITED_STATES;
    static final int FROM = 2017;
    static final int TO = 2024;
    /** The route the workbench's screen is timed on: the US, China and Vietnam report (CN → VN → US). */
    static final List<Integer> ROUTE_REPORTERS = List.of(842, 156, 704);
    /** The workbench's CIF/FOB factor less one (bilateral.trade.cif-fob-factor=1.06), as the screen's default. */
    private static final double CIF_FOB_MARGIN = 0.06;
    private static final int TOP = 50;
    private static final Pattern LOCAL = Pattern.compile("local\\[(\\d+|\\*)]|local");

    @Option(names = "--dir", required = true, description = "Where the synthetic worlds are kept (DIR/rows-N), and reused by a later run of the same settings.")
    Path dir = Path.of(".");

    @Option(names = "--rows", required = true, split = ",", description = "The size of each world, about, in rows (e.g. 10000000,100000000); the smallest is imported from bulk files, bigger ones generated straight into the store.")
    List<Long> rows = new ArrayList<>();

    @Option(names = "--masters", split = ",", defaultValue = "local[1],local[2]", description = "The Spark masters to screen on (default: ${DEFAULT-VALUE}).")
    List<String> masters = new ArrayList<>();

    @Option(names = "--repeat", defaultValue = "3", description = "Runs of the screen per size and master, each in a Spark session of its own; the first is reported apart, as it warms the JVM (default: ${DEFAULT-VALUE}).")
    int repeat = 3;

    @Option(names = "--route-files", description = "Writes the route's bulk files (reporters US 842, CN 156, VN 704) of each size to DIR2/rows-N, for the workbench's bench-world.")
    @Nullable Path routeFiles;

    @Option(names = "--seed", defaultValue = "35", description = "The generator's seed (default: ${DEFAULT-VALUE}).")
    long seed = 35;

    @Option(names = "--verbose", description = "The screen's stages and the import's files on standard error, and the stack trace of a failure.")
    boolean verbose;

    private final PrintStream out = System.out;

    /** One screen: the session's start, and the job. */
    record Timed(double sessionSeconds, double jobSeconds, long flowsRead, int hubs) {
        double wall() {
            return sessionSeconds + jobSeconds;
        }
    }

    @Override
    public Integer call() {
        try {
            if (rows.isEmpty() || masters.isEmpty() || repeat < 1) {
                System.err.println("bench: give --rows, at least one master and --repeat 1 or more");
                return 1;
            }
            List<Long> sizes = rows.stream().distinct().sorted().toList();
            Runtime rt = Runtime.getRuntime();
            say("World bench on SYNTHETIC worlds (generated, not Comtrade's figures): screen %s → %s %d–%d, event year %d; "
                            + "%d cores, Java %s, max heap %s, Spark %s", "CN", "US", FROM, TO, SyntheticWorld.EVENT_YEAR,
                    rt.availableProcessors(), System.getProperty("java.version"), megabytes(rt.maxMemory()), org.apache.spark.package$.MODULE$.SPARK_VERSION());
            Map<Long, Map<String, Double>> jobMedian = new TreeMap<>();
            Map<Long, Map<String, Double>> wallMedian = new TreeMap<>();
            Map<Long, Long> storeRows = new TreeMap<>();
            boolean firstInJvm = true;
            for (long size : sizes) {
                SyntheticWorld.Settings settings = SyntheticWorld.plan(size, FROM, TO, seed);
                SyntheticWorld world = new SyntheticWorld(settings);
                Path folder = dir.resolve("rows-" + size);
                boolean straight = size != sizes.get(0);
                say("");
                say("== %,d rows asked (synthetic): %d reporters, %d products, %d–%d, seed %d", size, settings.reporters(),
                        settings.products(), FROM, TO, seed);
                GeneratedWorld made = store(world, folder, straight);
                storeRows.put(size, made.rowsKept());
                say("store size on disk: %s (%,d rows in the store, synthetic) at %s", megabytes(sizeOnDisk(folder.resolve("store"))),
                        made.rowsKept(), folder.resolve("store"));
                if (routeFiles != null) {
                    Path route = routeFiles.resolve("rows-" + size);
                    deleteTree(route);
                    SyntheticFiles.Written w = SyntheticFiles.write(world, route, this::detail, ROUTE_REPORTERS);
                    say("route files (synthetic; reporters US 842, CN 156, VN 704, the same rows as this world's): %s, %d files, %,d rows",
                            route.toAbsolutePath(), w.files(), w.rows());
                }
                resetHeapPeaks();
                long gcCount = gcCount();
                long gcMillis = gcMillis();
                for (String master : masters) {
                    List<Timed> runs = new ArrayList<>();
                    for (int i = 1; i <= repeat; i++) {
                        Timed t = screen(master, folder.resolve("store"));
                        runs.add(t);
                        String first = i > 1 ? "" : firstInJvm ? " (the first in this JVM: warms it; not in the median)"
                                : " (the first on this master: not in the median)";
                        say("screen on %s, run %d of %d%s: session start %.1f s, job %.1f s, wall %.1f s; %,d flows read, %d hubs screened (synthetic)",
                                master, i, repeat, i == 1 && repeat > 1 ? first : "", t.sessionSeconds(), t.jobSeconds(), t.wall(),
                                t.flowsRead(), t.hubs());
                        firstInJvm = false;
                    }
                    List<Timed> counted = runs.size() > 1 ? runs.subList(1, runs.size()) : runs;
                    double job = BenchFigures.median(counted.stream().map(Timed::jobSeconds).toList());
                    double session = BenchFigures.median(counted.stream().map(Timed::sessionSeconds).toList());
                    double wall = BenchFigures.median(counted.stream().map(Timed::wall).toList());
                    jobMedian.computeIfAbsent(size, k -> new LinkedHashMap<>()).put(master, job);
                    wallMedian.computeIfAbsent(size, k -> new LinkedHashMap<>()).put(master, wall);
                    say("median on %s of %s: wall %.1f s (session start %.1f s, job %.1f s); rows in the store %,d (synthetic), hubs screened %d",
                            master, runs.size() > 2 ? "runs 2–" + runs.size() : runs.size() == 2 ? "run 2" : "the only run (warm-up included)", wall, session, job,
                            made.rowsKept(), runs.get(runs.size() - 1).hubs());
                }
                say("JVM peak heap used during the screens of %,d rows (synthetic): %s (the heap pools' peaks summed), of max %s; "
                                + "garbage collections %d, %.1f s", size, megabytes(heapPeak()), megabytes(rt.maxMemory()),
                        gcCount() - gcCount, (gcMillis() - gcMillis) / 1000.0);
                speedUps(size, jobMedian.get(size), wallMedian.get(size), made.rowsKept());
            }
            summary(sizes, jobMedian, wallMedian, storeRows);
            return 0;
        } catch (Exception | LinkageError e) {
            System.err.println("bench failed: " + e.getMessage());
            if (verbose) {
                e.printStackTrace();
            }
            return 1;
        }
    }

    private void summary(List<Long> sizes, Map<Long, Map<String, Double>> job, Map<Long, Map<String, Double>> wall,
                         Map<Long, Long> storeRows) {
        say("");
        say("== summary (synthetic worlds)");
        for (long size : sizes) {
            speedUps(size, job.get(size), wall.get(size), storeRows.get(size));
        }
        for (int k = 1; k < sizes.size(); k++) {
            long small = sizes.get(0);
            long big = sizes.get(k);
            for (String master : masters) {
                BenchFigures.Growth g = BenchFigures.growth(storeRows.get(small), job.get(small).get(master), storeRows.get(big),
                        job.get(big).get(master));
                say("growth from %,d to %,d rows (synthetic, ×%.2f) on %s: job ×%.2f (%.1f s → %.1f s), elasticity %.2f", storeRows.get(small),
                        storeRows.get(big), g.rowsRatio(), master, g.timeRatio(), job.get(small).get(master), job.get(big).get(master),
                        g.elasticity());
            }
        }
    }

    /** Each master's speed-up over the first master's, at one size (said after its screens, and again in the summary). */
    private void speedUps(long size, Map<String, Double> job, Map<String, Double> wall, long storeRows) {
        String base = masters.get(0);
        for (String master : masters.subList(1, masters.size())) {
            say("speed-up %s over %s at %,d rows (synthetic): job ×%.2f (%.1f s / %.1f s), wall ×%.2f", master, base,
                    storeRows, BenchFigures.speedUp(job.get(base), job.get(master)), job.get(base), job.get(master),
                    BenchFigures.speedUp(wall.get(base), wall.get(master)));
        }
    }

    /** The world's store in the folder: reused when made by the same settings the same way, else made again. */
    private GeneratedWorld store(SyntheticWorld world, Path folder, boolean straight) throws IOException {
        Optional<GeneratedWorld> existing = GeneratedWorld.read(folder);
        if (existing.isPresent() && existing.get().sameMaking(world.settings(), straight)) {
            GeneratedWorld e = existing.get();
            say("reusing the synthetic store generated %s by the same settings (%s); its making measured then:", e.generatedAt(),
                    straight ? "straight into the store" : "bulk files imported");
            report(e);
            return e;
        }
        deleteTree(folder);
        Files.createDirectories(folder);
        Path store = folder.resolve("store");
        GeneratedWorld made;
        if (straight) {
            long started = System.nanoTime();
            SyntheticFiles.Written w = SyntheticFiles.intoStore(world, WorldStore.at(store.toString()), this::detail);
            double seconds = (System.nanoTime() - started) / 1e9;
            made = new GeneratedWorld(world.settings(), true, w.rows(), w.rows(), seconds, w.rows() / seconds, now());
        } else {
            Path bulk = folder.resolve("bulk");
            long started = System.nanoTime();
            SyntheticFiles.Written w = SyntheticFiles.write(world, bulk, this::detail);
            say("bulk files written (synthetic): %d files, %,d rows, %.1f s, %s on disk", w.files(), w.rows(),
                    (System.nanoTime() - started) / 1e9, megabytes(sizeOnDisk(bulk)));
            List<String> files;
            try (Stream<Path> listed = Files.list(bulk)) {
                files = listed.map(Path::toString).sorted().toList();
            }
            WorldStore target = WorldStore.at(store.toString());
            started = System.nanoTime();
            ImportReport report = target.importFiles(files, true, this::detail);
            double seconds = (System.nanoTime() - started) / 1e9;
            if (report.anyRefused()) {
                throw new IllegalStateException("the import refused a generated file: "
                        + report.files().stream().filter(FileOutcome::refused).findFirst().map(f -> f.problems().toString()).orElse(""));
            }
            long read = 0;
            long kept = 0;
            for (FileOutcome f : report.files()) {
                read += target.file(f.sha256()).map(m -> m.rowsRead()).orElse(0L);
                kept += f.rowsKept();
            }
            made = new GeneratedWorld(world.settings(), false, read, kept, seconds, report.rowsPerSecond(), now());
            deleteTree(bulk); // read once: the store holds them now
        }
        made.write(folder);
        report(made);
        return made;
    }

    private void report(GeneratedWorld w) {
        if (w.straightInto()) {
            say("generated straight into the store (synthetic; the bulk reader skipped, so this is not the import's speed): %,d rows, %.1f s, %,.0f rows per second into Parquet",
                    w.rowsKept(), w.seconds(), w.rowsPerSecond());
        } else {
            say("import of the bulk files (synthetic): rows read %,d, rows kept %,d, %.1f s, %,.0f rows per second into Parquet (the import's own figure)",
                    w.rowsRead(), w.rowsKept(), w.seconds(), w.rowsPerSecond());
        }
    }

    /** One screen in a session of its own, stopped after, so that each run starts Spark as the workbench's launch does. */
    private Timed screen(String master, Path store) throws IOException {
        ScreenAsked asked = new ScreenAsked(store.toAbsolutePath().toString(), ORIGIN, DESTINATION, FROM, TO, SyntheticWorld.EVENT_YEAR,
                CIF_FOB_MARGIN, TOP, new Countries(SyntheticWorld.countries()), Carries.NONE); // synthetic codes: no edition to carry
        if (SparkSession.getActiveSession().isDefined() || SparkSession.getDefaultSession().isDefined()) {
            // getOrCreate would hand back that session, on its master: the run would be timed on what was not asked
            throw new IllegalStateException("a Spark session is already running in this process; the bench starts (and stops) "
                    + "its own, one per run: run it as a process of its own, not under spark-submit");
        }
        long started = System.nanoTime();
        SparkSession.Builder builder = SparkSession.builder().appName("bilateral world bench").master(master)
                .config("spark.ui.enabled", "false");
        shufflePartitions(master).ifPresent(n -> builder.config("spark.sql.shuffle.partitions", String.valueOf(n)));
        SparkSession spark = builder.getOrCreate();
        long sessionStarted = System.nanoTime();
        try {
            WorldScreen.Run run = WorldScreen.run(spark, asked, this::detail);
            long done = System.nanoTime();
            return new Timed((sessionStarted - started) / 1e9, (done - sessionStarted) / 1e9, run.flowsRead(), run.hubs().size());
        } finally {
            spark.stop();
            SparkSession.clearActiveSession();
            SparkSession.clearDefaultSession();
        }
    }

    /** As the screen command sets them on a local master: twice the cores, at least 4 (Spark's 200 are for a cluster). */
    static Optional<Integer> shufflePartitions(String master) {
        Matcher m = LOCAL.matcher(master.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int cores = m.group(1) == null ? 1 : m.group(1).equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(m.group(1));
        return Optional.of(Math.max(4, 2 * cores));
    }

    private static void resetHeapPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The heap pools' peaks summed: an upper bound of the heap used at once, as the pools peak at different moments. */
    private static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount)
                .filter(n -> n > 0).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .filter(n -> n > 0).sum();
    }

    static long sizeOnDisk(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            long total = 0;
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    total += Files.size(p);
                }
            }
            return total;
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6);
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private void say(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
        out.flush();
    }

    private void detail(String line) {
        if (verbose) {
            System.err.println(line);
        }
    }
}
