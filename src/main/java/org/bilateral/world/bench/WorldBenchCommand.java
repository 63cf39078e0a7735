package org.bilateral.world.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.bilateral.risk.Screen;
import org.bilateral.risk.ScreenRequest;
import org.bilateral.risk.TransshipmentScreen;
import org.bilateral.risk.Triangle;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsLevel;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.StatisticsHeld;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.workbench.Benchmarks;
import org.bilateral.workbench.CliCommand;
import org.bilateral.workbench.ProcessMemory;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The workbench's own screen of CN → VN → US on the route's bulk files that the world job's benchmark wrote
 * ({@code ./bilateral world bench … --route-files DIR}: the same synthetic rows as its world, of the three reporters alone),
 * so that the PostgreSQL screen of one route is timed beside the Spark screen of every hub on the same data. The files
 * are imported once into this home's database (a later run finds them held and screens at once).
 */
@Component
@Command(name = "bench-world", description = {"Benchmark: the PostgreSQL screen of CN → VN → US on the route files of the world job's benchmark.",
        "Run `./bilateral world bench --dir DIR --rows 10000000 --route-files ROUTE` first; use a home of its own (--home), since the files "
                + "are imported into its database. Synthetic data, said so."})
class WorldBenchCommand implements Callable<Integer>, CliCommand {

    private static final CountryCode CN = CountryCode.of("CN");
    private static final CountryCode VN = CountryCode.of("VN");
    private static final CountryCode US = CountryCode.of("US");

    @Option(names = "--route-files", required = true, description = "the folder of the route's bulk files (the world bench's --route-files, one size)")
    Path routeFiles;

    @Option(names = "--from", defaultValue = "2017", description = "first year screened (default ${DEFAULT-VALUE}, as the world bench)")
    int fromYear;

    @Option(names = "--to", defaultValue = "2024", description = "last year screened (default ${DEFAULT-VALUE})")
    int toYear;

    @Option(names = "--repeat", defaultValue = "10", description = "timed runs after the first")
    int repeat;

    private final StatisticsImports imports;
    private final StatisticsHeld held;
    private final TransshipmentScreen screens;

    WorldBenchCommand(StatisticsImports imports, StatisticsHeld held, TransshipmentScreen screens) {
        this.imports = imports;
        this.held = held;
        this.screens = screens;
        this.routeFiles = Path.of("");
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(routeFiles)) {
            System.err.println("refused: --route-files " + routeFiles + " is not a folder: run ./bilateral world bench … --route-files "
                    + routeFiles + " first");
            return 2;
        }
        if (!held.holds(US, VN)) {
            List<Path> files;
            try (Stream<Path> listed = Files.list(routeFiles)) {
                files = listed.filter(f -> f.getFileName().toString().endsWith(".gz")).sorted().toList();
            }
            long start = System.nanoTime();
            for (Path file : files) {
                imports.importFile(ImportFile.of(file, "bench-world"));
            }
            System.out.printf(Locale.ROOT, "route files imported into PostgreSQL: %d files in %.1f s (SYNTHETIC)%n", files.size(),
                    (System.nanoTime() - start) / 1e9);
        }
        System.out.printf(Locale.ROOT, "database: %,d trade figures (SYNTHETIC)%n", held.figures());
        ScreenRequest request = new ScreenRequest(new Triangle(CN, VN, US), fromYear, toYear, HsLevel.SUBHEADING, 50, LocalDate.of(2018, 7, 6));
        Benchmarks.Timing<Screen> t = Benchmarks.time(repeat, () -> screens.screen(request));
        Screen first = t.result();
        System.out.printf(Locale.ROOT, "PostgreSQL screen CN → VN → US, %d–%d, %,d subheadings (SYNTHETIC): first %.0f ms, median %.0f ms, "
                        + "p95 %.0f ms, max %.0f ms; rerouting bound %s%n", fromYear, toYear, first.screened(), t.firstMs(), t.medianMs(), t.p95Ms(),
                t.maxMs(), first.bound().share() == null ? "none" : String.format(Locale.ROOT, "%.1f%%", first.bound().share() * 100));
        first.missing().forEach(m -> System.out.println("  (" + m + ")"));
        System.out.printf("peak JVM heap %d MB%n", ProcessMemory.peakHeapMb());
        return 0;
    }
}
