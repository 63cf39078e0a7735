package org.bilateral.tradestats.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bilateral.reference.ReferenceLoader;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.tradestats.StatisticsSources;
import org.bilateral.workbench.DemoRequested;
import org.bilateral.workbench.WorkbenchProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * serve --demo: on a database without statistics, writes the demonstration files (through the latest whole month the
 * request names) and imports them through the ordinary importers, with the published headline figures beside them when
 * available.
 */
@Component
class DemoLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    /** The demonstration's seed: the same files on every machine for the same month. */
    static final long SEED = 20250731L;

    private final StatisticsImports imports;
    private final StatisticsSources statisticsSources;
    private final ReferenceLoader reference;
    private final WorkbenchProperties workbench;

    DemoLoader(StatisticsImports imports, StatisticsSources statisticsSources, ReferenceLoader reference, WorkbenchProperties workbench) {
        this.imports = imports;
        this.statisticsSources = statisticsSources;
        this.reference = reference;
        this.workbench = workbench;
    }

    @EventListener
    void on(DemoRequested request) {
        if (statisticsSources.hasStatistics()) {
            System.out.println("The database already holds statistics; --demo loads nothing.");
            return;
        }
        try {
            Path directory = workbench.home().resolve("demo");
            DemoData demo = new DemoData(SEED, request.through());
            System.out.println("Demonstration statistics (synthetic), " + DemoData.FIRST_YEAR + "-01 through " + demo.through()
                    + ", the latest whole month:");
            for (Path file : demo.write(directory)) {
                System.out.println(imports.importFile(ImportFile.of(file, "demo")).describe());
            }
            Path published = Path.of(reference.configuredLocation(), "figures", "published-figures.csv");
            if (Files.isRegularFile(published)) {
                System.out.println(imports.importFile(ImportFile.of(published, "demo")).describe());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            log.error("Loading the demonstration data failed", e);
            System.err.println("Loading the demonstration data failed: " + e.getMessage());
        }
    }
}
