package org.bilateral.worldjob.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import --store STORE [--synthetic] --report REPORT.json FILE…} (WORLD-SPEC §2): exit 0 when every file was
 * imported or unchanged, 2 when any was refused (the others are kept: each file is its own transaction), 1 on a failure.
 */
@Command(name = "import", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 1,
        description = {"Reads UN Comtrade bulk files (FINAL layout, tab- or comma-separated, plain or gzip) into the world store: "
                + "Parquet partitioned by year and reporter. Annual files only; totals only (breakdowns by second partner, customs "
                + "procedure, transport mode or mode of supply are skipped and counted). A file already in the store is skipped; "
                + "a revised file replaces the partitions it holds; a refused file changes nothing.",
                "Exit codes: 0 imported, 2 a file was refused (REPORT.json names file, line and field), 1 failed."})
public final class ImportCommand implements Callable<Integer> {

    @Option(names = "--store", description = "The world store: a local path or any Hadoop path (file://, hdfs://, s3a://). "
            + "Default: $BILATERAL_HOME/world, else ~/.bilateral/world.")
    String store = defaultStore();

    @Option(names = "--synthetic", description = "Marks the files synthetic (the generator's files are marked by their own column).")
    boolean synthetic;

    @Option(names = "--report", required = true, description = "Where the JSON report is written (each file's outcome and problems).")
    File report;

    @Option(names = "--verbose", description = "Prints the stack trace of a failure.")
    boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Bulk files (.txt, .csv, .gz), local or Hadoop paths.")
    List<String> files;

    @Override
    public Integer call() {
        try {
            WorldStore world = WorldStore.at(store);
            System.err.println("importing " + files.size() + " file(s) into " + world.location());
            ImportReport result = world.importFiles(files, synthetic, System.err::println);
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(report, result);
            for (FileOutcome f : result.files()) {
                System.err.println(f.name() + ": " + f.outcome() + (f.refused() ? "" : ", " + f.rowsKept() + " rows"));
                f.problems().forEach(p -> System.err.println("  " + p));
            }
            System.err.println(String.format(java.util.Locale.ROOT, "%.1f rows per second", result.rowsPerSecond()));
            return result.anyRefused() ? 2 : 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("import failed: " + e.getMessage());
            if (verbose) {
                e.printStackTrace();
            }
            return 1;
        }
    }

    static String defaultStore() {
        String home = System.getenv("BILATERAL_HOME");
        return home != null && !home.isBlank() ? new File(home, "world").getPath()
                : new File(System.getProperty("user.home"), ".bilateral/world").getPath();
    }
}
