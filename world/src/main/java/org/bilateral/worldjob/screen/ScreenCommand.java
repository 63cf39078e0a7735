package org.bilateral.worldjob.screen;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code screen}: every hub of one origin and destination screened on Spark, written to RUN.json for the workbench to
 * load. Started as a process of its own it runs Spark on {@code --master} (local[*] by default: every core of this
 * machine, nothing to install); started by spark-submit, it runs where spark-submit says and ignores {@code --master}.
 * Exit 0 with the run written, 2 refused (said in words), 1 failed (no stack trace unless --verbose). A command line picocli
 * cannot read is a failure (1), as for import and generate: the workbench builds it, so it is the launcher's fault, not a
 * refusal of what was asked.
 */
@Command(name = "screen", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 1,
        description = "Screens every hub of a route (origin → hub → destination) and every HS6 product on Spark; writes RUN.json.")
public final class ScreenCommand implements Callable<Integer> {

    /** The workbench's CIF/FOB factor less one (bilateral.trade.cif-fob-factor=1.06, the IMF's 6%). */
    static final double WORKBENCH_MARGIN = 0.06;

    @Option(names = "--store", required = true, description = "the world store (a local path, file://, hdfs://, s3a://)")
    String store = "";

    @Option(names = "--origin", required = true, description = "the origin's UN M49 code (156 China)")
    int origin;

    @Option(names = "--destination", required = true, description = "the destination's UN M49 code (842 the United States)")
    int destination;

    @Option(names = "--from", required = true, description = "the first year")
    int fromYear;

    @Option(names = "--to", required = true, description = "the last year")
    int toYear;

    @Option(names = "--event-year", description = "the tariff event's year (default: the first of 2018, 2019, 2025 strictly inside the years)")
    @Nullable Integer eventYear;

    @Option(names = "--cif-fob-margin", defaultValue = "0.06", description = "how much an importer's record may exceed the exporter's (default: ${DEFAULT-VALUE}, as the workbench)")
    double cifFobMargin = WORKBENCH_MARGIN;

    @Option(names = "--top", defaultValue = "50", description = "products shown per hub with their arithmetic, besides those passing the Freund test (default: ${DEFAULT-VALUE})")
    int top = 50;

    @Option(names = "--master", defaultValue = "local[*]", description = "Spark's master: local[*], local[N], spark://host:7077, k8s://… (ignored under spark-submit)")
    String master = "local[*]";

    @Option(names = "--countries", required = true, description = "COUNTRIES.csv, m49,iso2 lines: the countries that may be hubs (a path, or hdfs://, s3a://)")
    String countries = "";

    @Option(names = "--carries", description = "CARRIES.csv, classification,code,hs2022 lines: the HS 2012 (H4) and HS 2017 (H5) subheadings"
            + " the workbench counts under another HS 2022 number (without it, every code is read as reported)")
    @Nullable String carries;

    @Option(names = "--out", required = true, description = "where to write RUN.json (a path, or hdfs://, s3a:// where the driver runs on a cluster)")
    String out = "";

    @Option(names = "--spark-ui", description = "keep Spark's web UI on (off by default)")
    boolean sparkUi;

    @Option(names = "--verbose", description = "Spark's own log lines, and the stack trace of a failure")
    boolean verbose;

    @Override
    public Integer call() {
        try {
            ScreenAsked asked = new ScreenAsked(store, origin, destination, fromYear, toYear,
                    eventYear != null ? eventYear : ScreenAsked.defaultEvent(fromYear, toYear), cifFobMargin, top, Countries.read(countries),
                    carries == null ? Carries.NONE : Carries.read(carries));
            Sessions.Started started = Sessions.start(master, sparkUi, verbose, this::progress);
            try {
                WorldScreen.Run run = WorldScreen.run(started.spark(), asked, this::progress);
                progress("stage 6/" + WorldScreen.STAGES + ": writing " + run.hubs().size() + " hubs to " + out);
                RunJson.write(run, out);
            } finally {
                started.stopIfOurs();
            }
            return 0;
        } catch (Refused e) {
            System.err.println("refused: " + e.getMessage());
            if (verbose) {
                e.printStackTrace();
            }
            return 2;
        } catch (Exception | LinkageError e) {
            System.err.println("failed: " + Sessions.said(e));
            if (verbose) {
                e.printStackTrace();
            }
            return 1;
        }
    }

    private void progress(String line) {
        System.err.println(line);
        System.err.flush();
    }
}
