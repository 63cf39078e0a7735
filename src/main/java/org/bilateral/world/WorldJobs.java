package org.bilateral.world;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.doors.ProgressBar;
import org.bilateral.reference.Country;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.reference.HsRevisions;
import org.bilateral.risk.ScreenRequest;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.bilateral.tradestats.TradeStatisticsProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Use case: the world job (the {@code bilateral-world} module, Spark) started as a process of its own with the same
 * java as the workbench's, so that Spark never enters the workbench's jar, start or tests. The engine is the folder
 * {@code bilateral.world.engine} names (env BILATERAL_WORLD; the launcher sets it to world/target after building it);
 * the job's progress lines come through to the terminal as they are written, its exit codes become the house's: 2 a
 * refusal naming each problem, 1 a failure, never a stack trace. The user's Ctrl-C stops the job with the command.
 */
@Service
public class WorldJobs {

    /** The job's entry, as the world module's jar declares it. */
    static final String MAIN = "org.bilateral.worldjob.WorldJob";
    static final String JAR = "bilateral-world.jar";

    /**
     * What Spark needs opened on Java 17, copied from world/pom.xml's {@code spark.jvm.opens} (WorldJobsTest checks the
     * two agree): Spark reaches into the JDK's internals.
     */
    static final List<String> SPARK_OPENS = List.of("--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED", "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "-Djdk.reflect.useDirectMethodHandle=false", "-Dio.netty.tryReflectionSetAccessible=true");

    /** A Spark master the job takes: local (with its threads), a standalone cluster, Kubernetes, YARN. */
    private static final Pattern MASTER = Pattern.compile("local(?:\\[(?:\\*|[1-9]\\d{0,3})])?|(?:spark|k8s|mesos)://\\S{1,500}|yarn");
    /** A progress line of the job: {@code stage 2/5: reading the store}. */
    private static final Pattern STAGE = Pattern.compile("stage (\\d{1,4})/(\\d{1,4}): (.*)");
    /** The job's last lines kept to explain a failure. */
    private static final int KEPT = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The job failed (exit 1, or it could not be started): its own last words, never a stack trace. */
    public static final class Failed extends RuntimeException {
        public Failed(String message) {
            super(message, null, false, false);
        }
    }

    /** A file's outcome in the store: imported, unchanged (already the owner of its partitions) or refused. */
    public record FileOutcome(String name, String outcome, long rowsKept, List<String> partitions, List<String> problems) {
        public boolean refused() {
            return outcome.equals("refused");
        }
    }

    /** What an import did, file by file. */
    public record ImportReport(List<FileOutcome> files, @Nullable Double rowsPerSecond, int exitCode) {
        public boolean anyRefused() {
            return files.stream().anyMatch(FileOutcome::refused);
        }
    }

    /**
     * A screen asked for: ISO-2 countries as the workbench names them, the years, the tariff event (null: the first of
     * {@link ScreenRequest#EVENTS} strictly between the years, as the risk screen picks it), how many products to show
     * per hub, the Spark master and the store (null: the home's).
     */
    public record ScreenAsked(CountryCode origin, CountryCode destination, int fromYear, int toYear, @Nullable LocalDate event, int top,
                              String master, @Nullable String store) {
    }

    private final Environment environment;
    private final CountryDirectory countries;
    private final HsRevisions revisions;
    private final TradeStatisticsProperties trade;

    WorldJobs(Environment environment, CountryDirectory countries, HsRevisions revisions, TradeStatisticsProperties trade) {
        this.environment = environment;
        this.countries = countries;
        this.revisions = revisions;
        this.trade = trade;
    }

    /** The store the job reads and writes when none is given: the home's {@code world} folder. */
    public String store(@Nullable String given) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        String configured = environment.getProperty("bilateral.world.store", "");
        return configured.isBlank() ? Path.of(environment.getProperty("bilateral.home", "."), "world").toString() : configured;
    }

    /** The engine's folder: refused with the way to build it when none is set or it holds no job. */
    Path engine() {
        String configured = environment.getProperty("bilateral.world.engine", "");
        if (configured.isBlank()) {
            throw new InvalidInput(Said.of("refusal.world.noEngine"));
        }
        Path engine = Path.of(configured.strip());
        if (!Files.isRegularFile(engine.resolve(JAR))) {
            throw new InvalidInput(Said.of("refusal.world.engineMissing", engine.toString(), JAR));
        }
        return engine;
    }

    /** The command line of a job: this JVM's java, Spark's openings, the engine's jar and libraries, the job's arguments. */
    List<String> command(Path engine, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String options = environment.getProperty("bilateral.world.java-options", "");
        for (String option : options.strip().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        command.addAll(SPARK_OPENS);
        command.add("-cp");
        command.add(engine.resolve(JAR) + java.io.File.pathSeparator + engine.resolve("lib") + java.io.File.separator + "*");
        command.add(MAIN);
        command.addAll(arguments);
        return command;
    }

    /** Imports bulk files into the store; each file is its own transaction there, and the report says each one's outcome. */
    public ImportReport importFiles(List<String> files, @Nullable String store, boolean synthetic) {
        if (files.isEmpty()) {
            throw new InvalidInput(Said.of("refusal.world.noFiles"));
        }
        Path engine = engine();
        Path work = workFolder("import");
        Path report = work.resolve("REPORT.json");
        List<String> args = new ArrayList<>(List.of("import", "--store", store(store)));
        if (synthetic) {
            args.add("--synthetic");
        }
        args.addAll(List.of("--report", report.toString()));
        args.addAll(files);
        Ran ran = run(engine, args, "world import");
        if (ran.exit() == 1 || !Files.isRegularFile(report)) {
            throw new Failed(ran.failure());
        }
        return importReport(report, ran.exit());
    }

    /** Writes a synthetic world in the bulk layout: the job's arguments passed as given, its lines printed. */
    public int generate(List<String> arguments) {
        return passedThrough("generate", arguments);
    }

    /**
     * The world job's benchmark (synthetic worlds generated, imported into Parquet and screened on the masters asked): the
     * job's arguments passed as given, its figures printed as it measures them.
     */
    public int bench(List<String> arguments) {
        return passedThrough("bench", arguments);
    }

    private int passedThrough(String subcommand, List<String> arguments) {
        Path engine = engine();
        List<String> args = new ArrayList<>(List.of(subcommand));
        args.addAll(arguments);
        Ran ran = run(engine, args, "world " + subcommand);
        if (ran.exit() == 1) {
            throw new Failed(ran.failure());
        }
        if (ran.exit() == 2) {
            throw refusal(ran);
        }
        return ran.exit();
    }

    /** Screens every hub of the pair on Spark; the RUN.json the job wrote, to be loaded. */
    public Path screen(ScreenAsked asked) {
        List<InputProblem> problems = new ArrayList<>();
        Integer origin = comtrade(asked.origin(), "--origin", problems);
        Integer destination = comtrade(asked.destination(), "--destination", problems);
        if (asked.origin().equals(asked.destination())) {
            problems.add(problem("--destination", Said.of("refusal.world.sameCountry", asked.origin().value())));
        }
        if (asked.fromYear() < RunFile.FIRST_YEAR || asked.toYear() > RunFile.LAST_YEAR || asked.fromYear() > asked.toYear()) {
            problems.add(problem("--from/--to", Said.of("refusal.world.notASpan", String.valueOf(asked.fromYear()), String.valueOf(asked.toYear()),
                    String.valueOf(RunFile.FIRST_YEAR), String.valueOf(RunFile.LAST_YEAR))));
        }
        if (asked.event() != null && (asked.event().getYear() <= asked.fromYear() || asked.event().getYear() >= asked.toYear())) {
            problems.add(problem("--event", Said.of("refusal.world.eventOutside", String.valueOf(asked.event().getYear()),
                    String.valueOf(asked.fromYear()), String.valueOf(asked.toYear()))));
        }
        if (asked.top() < 1 || asked.top() > ScreenRequest.MAX_TOP) {
            problems.add(problem("--top", Said.of("refusal.world.notWhole", String.valueOf(asked.top()), "1", String.valueOf(ScreenRequest.MAX_TOP))));
        }
        if (!MASTER.matcher(asked.master()).matches()) {
            problems.add(problem("--master", Said.of("refusal.world.notAMaster", org.bilateral.shared.Limits.shown(asked.master()))));
        }
        if (!problems.isEmpty() || origin == null || destination == null) {
            throw new InvalidInput(problems);
        }
        Path engine = engine();
        Path work = workFolder("screen");
        Path countriesFile = work.resolve("COUNTRIES.csv");
        writeCountries(countriesFile);
        Path carriesFile = work.resolve("CARRIES.csv");
        boolean carries = writeCarries(carriesFile);
        Path out = work.resolve("RUN.json");
        List<String> args = new ArrayList<>(List.of("screen", "--store", store(asked.store()), "--origin", String.valueOf(origin),
                "--destination", String.valueOf(destination), "--from", String.valueOf(asked.fromYear()), "--to", String.valueOf(asked.toYear())));
        Integer eventYear = eventYear(asked);
        if (eventYear != null) {
            args.addAll(List.of("--event-year", String.valueOf(eventYear)));
        }
        args.addAll(List.of("--cif-fob-margin", margin().toPlainString(), "--top", String.valueOf(asked.top()), "--master", asked.master(),
                "--countries", countriesFile.toString(), "--out", out.toString()));
        if (carries) {
            args.addAll(List.of("--carries", carriesFile.toString()));
        }
        Ran ran = run(engine, args, "world screen");
        if (ran.exit() == 2) {
            throw refusal(ran);
        }
        if (ran.exit() != 0 || !Files.isRegularFile(out)) {
            throw new Failed(ran.failure());
        }
        return out;
    }

    /** The event's year: the one asked, else the first known event strictly between the years, as the risk screen picks it. */
    static @Nullable Integer eventYear(ScreenAsked asked) {
        if (asked.event() != null) {
            return asked.event().getYear();
        }
        return ScreenRequest.EVENTS.stream().filter(e -> e.getYear() > asked.fromYear() && e.getYear() < asked.toYear()).findFirst()
                .map(LocalDate::getYear).orElse(null);
    }

    /** The margin by which an importer's record may exceed the exporter's: the CIF/FOB factor less one. */
    BigDecimal margin() {
        return trade.cifFobFactor().subtract(BigDecimal.ONE);
    }

    private @Nullable Integer comtrade(CountryCode code, String option, List<InputProblem> problems) {
        Integer number = countries.byCode(code).map(WorldJobs::comtradeCode).orElse(null);
        if (number == null) {
            problems.add(problem(option, Said.of("refusal.world.unknownCountry", code.value())));
        }
        return number;
    }

    /** UN Comtrade's code of a country: its M49 code, except where Comtrade keeps its own (the United States, 842). */
    static @Nullable Integer comtradeCode(Country c) {
        return c.comtradeCode() != null ? c.comtradeCode() : c.m49();
    }

    private static InputProblem problem(String option, Said what) {
        return InputProblem.from(Said.of("refusal.where.worldScreen"), null, option, what);
    }

    /** The countries the workbench knows, by Comtrade code: a partner not among them (a region, World) is never a hub. */
    void writeCountries(Path file) {
        StringBuilder csv = new StringBuilder("m49,iso2\n");
        countries.all().stream().filter(c -> comtradeCode(c) != null).sorted(java.util.Comparator.comparing(Country::code))
                .forEach(c -> csv.append(comtradeCode(c)).append(',').append(c.code().value()).append('\n'));
        write(file, csv);
    }

    /**
     * The HS 2012 and HS 2017 subheadings the workbench's import counts under another HS 2022 number, for the job to
     * count them alike (else the two screens would part on every renumbered code of an H4 or H5 file). Without the
     * correlation tables the import keeps such codes as reported, and so does the job: no file, false.
     */
    boolean writeCarries(Path file) {
        if (!revisions.available()) {
            return false;
        }
        StringBuilder csv = new StringBuilder("classification,code,hs2022\n");
        for (HsRevisions.Renumbered r : revisions.renumbered()) {
            csv.append(r.revision() == 2012 ? "H4" : "H5").append(',').append(r.subheading()).append(',').append(r.hs2022()).append('\n');
        }
        write(file, csv);
        return true;
    }

    /** One of the job's input files, as UTF-8. */
    private static void write(Path file, CharSequence csv) {
        try {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder of the home for one job's files (its countries, its report or run), kept so a run can be loaded again. */
    private Path workFolder(String what) {
        Path folder = Path.of(environment.getProperty("bilateral.home", "."), "world-runs",
                what + "-" + LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT)));
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How a job ended: its exit code and its last lines that were not progress. */
    record Ran(int exit, List<String> lastLines) {
        String failure() {
            return lastLines.isEmpty() ? "the world job stopped with exit code " + exit
                    : "the world job stopped with exit code " + exit + ": " + String.join(" / ", lastLines);
        }
    }

    private static InvalidInput refusal(Ran ran) {
        List<InputProblem> problems = ran.lastLines().stream().map(l -> InputProblem.from(Said.of("refusal.where.worldJob"), null, null, Said.asWritten(l))).toList();
        return problems.isEmpty() ? new InvalidInput(Said.of("refusal.world.refusedSilently")) : new InvalidInput(problems);
    }

    /**
     * Runs the job to its end: its standard output printed as it comes, its standard error read for progress lines
     * (a bar on a terminal, the lines themselves elsewhere) and passed on, and a shutdown hook that stops it (and what
     * it started) when the user stops the command.
     */
    Ran run(Path engine, List<String> arguments, String task) {
        ProcessBuilder builder = new ProcessBuilder(command(engine, arguments));
        builder.redirectInput(ProcessBuilder.Redirect.PIPE);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new Failed("the world job could not be started: " + e.getMessage());
        }
        Thread stop = new Thread(() -> stop(process), "world-job-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        Deque<String> last = new ArrayDeque<>();
        PrintStream out = System.out;
        PrintStream err = System.err;
        Thread output = new Thread(() -> copy(process.getInputStream(), out), "world-job-out");
        output.start();
        try (ProgressBar bar = ProgressBar.onTerminal(task, 1);
             BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            boolean terminal = System.console() != null;
            String line;
            while ((line = lines.readLine()) != null) {
                Matcher stage = STAGE.matcher(line.strip());
                if (stage.matches()) {
                    bar.advanceTo(Long.parseLong(stage.group(1)) - 1, Math.max(1, Long.parseLong(stage.group(2))));
                    if (!terminal) {
                        err.println(line);
                    }
                    continue;
                }
                err.println(line);
                if (!line.isBlank()) {
                    last.addLast(line.strip());
                    if (last.size() > KEPT) {
                        last.removeFirst();
                    }
                }
            }
            int exit = process.waitFor();
            output.join();
            return new Ran(exit, List.copyOf(last));
        } catch (IOException e) {
            throw new Failed("the world job's output could not be read: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(process);
            throw new Failed("the world job was interrupted");
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it stops the job
            }
        }
    }

    /** Stops the job and what it started (Spark's own processes on a local master). */
    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    private static void copy(InputStream in, PrintStream out) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                out.println(line);
            }
        } catch (IOException e) {
            // the job ended: what it printed is printed
        }
    }

    /** The job's REPORT.json, as the world spec gives it. */
    static ImportReport importReport(Path report, int exit) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(report));
        } catch (IOException | JacksonException e) {
            throw new Failed("the world job's report " + report + " could not be read: " + e.getMessage());
        }
        List<FileOutcome> files = new ArrayList<>();
        JsonNode list = root.get("files");
        if (list != null && list.isArray()) {
            for (JsonNode f : list) {
                files.add(new FileOutcome(text(f.get("name")), text(f.get("outcome")), f.has("rowsKept") ? f.get("rowsKept").asLong() : 0,
                        partitions(f.get("partitions")), texts(f.get("problems"))));
            }
        }
        JsonNode rate = root.get("rowsPerSecond");
        return new ImportReport(files, rate == null || !rate.isNumber() ? null : rate.doubleValue(), exit);
    }

    private static String text(@Nullable JsonNode n) {
        return n == null || n.isNull() ? "" : n.isString() ? n.asString() : n.toString();
    }

    private static List<String> texts(@Nullable JsonNode n) {
        List<String> texts = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(t -> texts.add(text(t)));
        }
        return texts;
    }

    /** A partition as the store names it, "year=2019/reporter=704 (120000 rows)". */
    private static List<String> partitions(@Nullable JsonNode n) {
        List<String> partitions = new ArrayList<>();
        if (n != null && n.isArray()) {
            for (JsonNode p : n) {
                partitions.add(p.isObject() && p.has("year") && p.has("reporter")
                        ? "year=" + p.get("year").asString() + "/reporter=" + p.get("reporter").asString()
                                + (p.has("rows") ? " (" + p.get("rows").asString() + " rows)" : "")
                        : text(p));
            }
        }
        return partitions;
    }
}
