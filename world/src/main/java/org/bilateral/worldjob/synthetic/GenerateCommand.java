package org.bilateral.worldjob.synthetic;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bilateral.worldjob.store.WorldStore;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code generate --out DIR --reporters N --products N --from Y --to Y --seed S [--rows-per-file N] [--straight-into STORE]
 * [--only-reporters M49,…]}
 * (WORLD-SPEC §2 and §5).
 */
@Command(name = "generate", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 1,
        description = {"Writes a SYNTHETIC world in the Comtrade bulk layout (one .txt.gz per reporter and year, a column "
                + "'synthetic' true on every line): M and X at HS6 with consistent HS4, HS2, TOTAL and World rows, and planted "
                + "rerouting of about 5%% of products from China through Vietnam, Malaysia and Thailand to the US after 2018. "
                + "The same seed gives the same files.",
                "Exit codes: 0 written, 1 failed."})
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--out", description = "The folder the bulk files are written to.")
    @Nullable Path out;

    @Option(names = "--straight-into", paramLabel = "STORE", description = "Writes the same rows straight into the world "
            + "store instead of bulk files (the manifest marks them synthetic). This SKIPS THE BULK READER: for benchmarks "
            + "of the store and the screen, not of the import.")
    @Nullable String straightInto;

    @Option(names = "--reporters", required = true, description = "How many reporters (China, the US, Vietnam, Malaysia, Thailand first, then others).")
    int reporters;

    @Option(names = "--products", required = true, description = "How many HS6 products.")
    int products;

    @Option(names = "--from", required = true, description = "First year.")
    int from;

    @Option(names = "--to", required = true, description = "Last year.")
    int to;

    @Option(names = "--seed", required = true, description = "The seed: the same seed and settings give the same world.")
    long seed;

    @Option(names = "--rows-per-file", description = "About how many rows each reporter's year holds (sets the number of partners).")
    @Nullable Integer rowsPerFile;

    @Option(names = "--only-reporters", split = ",", paramLabel = "M49", description = "Writes the bulk files of these "
            + "reporters only (e.g. 842,156,704 for a route's), byte for byte those of the whole world of the same seed and settings.")
    java.util.List<Integer> onlyReporters = new java.util.ArrayList<>();

    @Option(names = "--verbose", description = "Prints the stack trace of a failure.")
    boolean verbose;

    @Override
    public Integer call() {
        try {
            if ((out == null) == (straightInto == null)) {
                System.err.println("generate: give either --out DIR or --straight-into STORE");
                return 1;
            }
            if (!onlyReporters.isEmpty() && out == null) {
                System.err.println("generate: --only-reporters writes bulk files: give --out DIR");
                return 1;
            }
            SyntheticWorld world = new SyntheticWorld(new SyntheticWorld.Settings(reporters, products, from, to, seed, rowsPerFile));
            long started = System.nanoTime();
            SyntheticFiles.Written written = out != null ? (onlyReporters.isEmpty()
                    ? SyntheticFiles.write(world, out, System.out::println)
                    : SyntheticFiles.write(world, out, System.out::println, onlyReporters))
                    : SyntheticFiles.intoStore(world, WorldStore.at(straightInto), System.out::println);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.println(String.format(Locale.ROOT, "%d files, %d rows (synthetic), %.1f s, %.0f rows per second%s",
                    written.files(), written.rows(), seconds, written.rows() / Math.max(seconds, 1e-9),
                    out == null ? ", straight into the store (bulk reader skipped)"
                            : onlyReporters.isEmpty() ? "" : ", reporters " + onlyReporters + " only"));
            return 0;
        } catch (Exception e) {
            System.err.println("generate failed: " + e.getMessage());
            if (verbose) {
                e.printStackTrace();
            }
            return 1;
        }
    }
}
