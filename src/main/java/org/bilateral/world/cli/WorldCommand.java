package org.bilateral.world.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bilateral.doors.Figures;
import org.bilateral.shared.Counted;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.workbench.CliCommand;
import org.bilateral.world.WorldHub;
import org.bilateral.world.WorldJobs;
import org.bilateral.world.WorldRun;
import org.bilateral.world.WorldRuns;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * {@code bilateral world}: the world store and the world screen. The store and the screen are the world job's (Spark, a
 * process of its own); the runs it writes are loaded here into PostgreSQL for the World page and the brief.
 */
@Component
@Command(name = "world", description = {"The world screen: every hub and product of a route at once, on Spark.",
    "  world import FILE... [--store PATH] [--synthetic]   read Comtrade bulk files into the world store (Parquet)",
    "  world screen --origin CN --destination US --from 2017 --to 2024 [--event 2018-07-06] [--top 50]",
    "               [--master local[*]|spark://host:7077|k8s://...] [--store PATH]   screen every hub, then load the run",
    "  world load RUN.json      load a run made elsewhere (spark-submit on a cluster)",
    "  world runs               the runs held, latest first",
    "  world generate --out DIR --reporters N --products N --from Y --to Y --seed S   a synthetic world in the bulk layout",
    "  world bench --dir DIR --rows 10000000[,100000000] [--masters local[1],local[2]] [--route-files DIR]   the world screen's benchmark"},
        subcommands = {WorldCommand.ImportCommand.class, WorldCommand.ScreenCommand.class, WorldCommand.LoadCommand.class,
            WorldCommand.RunsCommand.class, WorldCommand.GenerateCommand.class, WorldCommand.BenchCommand.class})
class WorldCommand implements CliCommand {

    /** Problems listed per refused file; the job's report counts the rest. */
    private static final int LISTED = 20;

    @Component
    @Command(name = "import", description = {"Read UN Comtrade bulk files (tab-separated .txt or .gz, every reporter) into the world "
            + "store, partitioned by year and reporter.", "Each file is its own transaction; the same file again changes nothing; a "
            + "revision replaces the partitions it touches. Exit code 2 when any file was refused."})
    static class ImportCommand implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "bulk files (a local path or any Hadoop path)")
        List<String> files = new ArrayList<>();

        @Option(names = "--store", description = "the world store (default: BILATERAL_HOME/world; any Hadoop path: hdfs://, s3a://)")
        @Nullable String store;

        @Option(names = "--synthetic", description = "mark the files as synthetic demonstration data")
        boolean synthetic;

        private final WorldJobs jobs;

        ImportCommand(WorldJobs jobs) {
            this.jobs = jobs;
        }

        @Override
        public Integer call() {
            try {
                WorldJobs.ImportReport report = jobs.importFiles(files, store, synthetic);
                for (WorldJobs.FileOutcome f : report.files()) {
                    System.out.printf("%s: %s, %s, %s%n", f.name(), f.outcome(), Counted.of(f.rowsKept(), "row kept", "rows kept"),
                            Counted.of(f.partitions().size(), "partition", "partitions"));
                    f.partitions().forEach(p -> System.out.println("  " + p));
                    f.problems().stream().limit(LISTED).forEach(p -> System.out.println("  error: " + p));
                    if (f.problems().size() > LISTED) {
                        System.out.printf("  and %d more%n", f.problems().size() - LISTED);
                    }
                }
                if (report.rowsPerSecond() != null) {
                    System.out.printf(Locale.ROOT, "%,.0f rows a second.%n", report.rowsPerSecond());
                }
                System.out.println("Store: " + jobs.store(store));
                return report.anyRefused() || report.exitCode() == 2 ? 2 : 0;
            } catch (WorldJobs.Failed e) {
                System.err.println("error: " + e.getMessage());
                return 1;
            }
        }
    }

    @Component
    @Command(name = "screen", description = {"Screen every hub of a route on Spark (the world job), then load the run for the World page.",
        "Countries by ISO code; the event defaults to the first of 2018-07-06, 2019-05-10, 2025-04-05 strictly between the years."})
    static class ScreenCommand implements Callable<Integer> {

        @Option(names = "--origin", defaultValue = "CN", description = "whose goods may be rerouted (default CN)")
        String origin = "CN";

        @Option(names = "--destination", defaultValue = "US", description = "to whom (default US)")
        String destination = "US";

        @Option(names = "--from", required = true, description = "the first year")
        int from;

        @Option(names = "--to", required = true, description = "the last year")
        int to;

        @Option(names = "--event", description = "the tariff event on origin to destination, YYYY-MM-DD")
        @Nullable LocalDate event;

        @Option(names = "--top", defaultValue = "50", description = "products shown per hub with their arithmetic (1 to 1000)")
        int top = 50;

        @Option(names = "--master", defaultValue = "local[*]", description = "Spark's master: local[*] (default), spark://host:7077, k8s://...")
        String master = "local[*]";

        @Option(names = "--store", description = "the world store (default: BILATERAL_HOME/world)")
        @Nullable String store;

        private final WorldJobs jobs;
        private final WorldRuns runs;

        ScreenCommand(WorldJobs jobs, WorldRuns runs) {
            this.jobs = jobs;
            this.runs = runs;
        }

        @Override
        public Integer call() {
            Path file;
            try {
                file = jobs.screen(new WorldJobs.ScreenAsked(country(origin, "--origin"), country(destination, "--destination"), from, to,
                        event, top, master, store));
            } catch (WorldJobs.Failed e) {
                System.err.println("error: " + e.getMessage());
                return 1;
            }
            return printLoaded(runs, runs.load(file, null), file);
        }
    }

    @Component
    @Command(name = "load", description = {"Load a RUN.json the world job wrote (spark-submit on a cluster, or a run kept) as a dated run.",
        "Every field is checked before anything is stored; the same file again is the run already held."})
    static class LoadCommand implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "RUN.json", description = "the run's file")
        Path file = Path.of("");

        private final WorldRuns runs;

        LoadCommand(WorldRuns runs) {
            this.runs = runs;
        }

        @Override
        public Integer call() {
            return printLoaded(runs, runs.load(file, null), file);
        }
    }

    @Component
    @Command(name = "runs", description = "The world screen's runs held, latest first.")
    static class RunsCommand implements Callable<Integer> {

        private final WorldRuns runs;

        RunsCommand(WorldRuns runs) {
            this.runs = runs;
        }

        @Override
        public Integer call() {
            List<WorldRun> all = runs.runs();
            if (all.isEmpty()) {
                System.out.println("No world run held: run 'bilateral world screen --origin CN --destination US --from 2017 --to 2024'.");
                return 0;
            }
            for (WorldRun r : all) {
                System.out.println(describe(r));
            }
            return 0;
        }
    }

    /** A subcommand whose arguments pass to the job's own as given, its lines printed as the job writes them. */
    abstract static class PassedThrough implements Callable<Integer> {

        @Unmatched
        List<String> arguments = new ArrayList<>();

        final WorldJobs jobs;

        PassedThrough(WorldJobs jobs) {
            this.jobs = jobs;
        }

        abstract int run(List<String> arguments);

        @Override
        public Integer call() {
            try {
                return run(arguments);
            } catch (WorldJobs.Failed e) {
                System.err.println("error: " + e.getMessage());
                return 1;
            }
        }
    }

    @Component
    @Command(name = "generate", description = {"Write a synthetic world in the bulk layout (the world job's generator), labelled synthetic.",
        "Its arguments pass to the job: --out DIR --reporters N --products N --from Y --to Y --seed S [--rows-per-file N]"})
    static class GenerateCommand extends PassedThrough {

        GenerateCommand(WorldJobs jobs) {
            super(jobs);
        }

        @Override
        int run(List<String> arguments) {
            return jobs.generate(arguments);
        }
    }

    @Component
    @Command(name = "bench", description = {"Benchmark of the world job, on synthetic worlds (said so): rows a second into Parquet, and the "
            + "screen's time by size and master.", "Its arguments pass to the job: --dir DIR --rows N[,N...] [--masters local[1],local[2]] "
            + "[--repeat 3] [--route-files DIR] (then `./bilateral bench-world --route-files DIR/rows-N` times the PostgreSQL screen "
            + "of the same route)"})
    static class BenchCommand extends PassedThrough {

        BenchCommand(WorldJobs jobs) {
            super(jobs);
        }

        @Override
        int run(List<String> arguments) {
            return jobs.bench(arguments);
        }
    }

    private static CountryCode country(String text, String option) {
        CountryCode code = InvalidInput.country(text, option);
        if (code == null) {
            throw new InvalidInput(option, org.bilateral.shared.Said.of("refusal.world.missing"));
        }
        return code;
    }

    static String describe(WorldRun r) {
        return String.format(Locale.ROOT, "#%d %s → %s %d–%d%s, %s, %s on %s (Spark %s, %d s), %s read%s, loaded %s by %s", r.id(),
                r.origin(), r.destination(), r.fromYear(), r.toYear(), r.eventYear() == null ? "" : ", event " + r.eventYear(),
                Counted.of(r.hubs(), "hub", "hubs"), r.finishedAt(), r.master(), r.sparkVersion(), r.seconds(),
                Counted.of(r.flowsRead(), "flow", "flows"), r.synthetic() ? ", SYNTHETIC" : "", r.loadedAt(), r.loadedBy());
    }

    /** The run loaded (or already held), its hubs' leaders, and where the workbench's own country stands. */
    static int printLoaded(WorldRuns runs, WorldRuns.Loaded loaded, Path file) {
        WorldRun r = loaded.run();
        System.out.println((loaded.already() ? file + " is already held as run #" + r.id() : "Loaded " + file + " as run #" + r.id()) + ".");
        System.out.println(describe(r));
        List<WorldHub> hubs = runs.hubs(r);
        hubs.stream().limit(10).forEach(h -> System.out.printf(Locale.ROOT, "  %s  bound rank %s  %s (%s of %s in %s)  Freund rank %d: %s%n",
                h.hub(), h.boundRank() == null ? "-" : h.boundRank(), Figures.share(h.shareDecimal(), Locale.ENGLISH),
                Figures.usdAmount(h.boundUsd(), Locale.ENGLISH), Figures.usdAmount(h.hubExportsUsd(), Locale.ENGLISH),
                h.tradeYear() == null ? "-" : h.tradeYear(), h.freundRank(), Counted.of(h.freundProducts(), "product", "products")));
        runs.standing(r, runs.own()).ifPresent(s -> System.out.println(runs.line(s, Locale.ENGLISH)));
        return 0;
    }
}
