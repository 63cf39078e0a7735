package org.bilateral.tradestats.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bilateral.reference.ReferenceLoader;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.StateTradeImports;
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

    private static final CountryCode VIETNAM = CountryCode.of("VN");

    private final StatisticsImports imports;
    private final StateTradeImports states;
    private final StatisticsSources statisticsSources;
    private final ReferenceLoader reference;
    private final WorkbenchProperties workbench;

    DemoLoader(StatisticsImports imports, StateTradeImports states, StatisticsSources statisticsSources, ReferenceLoader reference,
               WorkbenchProperties workbench) {
        this.imports = imports;
        this.states = states;
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
        long started = System.nanoTime();
        try {
            Path directory = workbench.home().resolve("demo");
            DemoData demo = new DemoData(SEED, request.through());
            System.out.println("Demonstration statistics (synthetic), " + DemoData.FIRST_YEAR + "-01 through " + demo.through()
                    + ", the latest whole month:");
            DemoData.Written written = demo.writeWithStates(directory);
            for (Path file : written.files()) {
                System.out.println(imports.importFile(ImportFile.of(file, "demo")).describe());
            }
            long begun = System.nanoTime();
            int exports = states.storeSynthetic(VIETNAM, Flow.EXPORT, 6, written.stateExports(), "demo");
            int imported = states.storeSynthetic(VIETNAM, Flow.IMPORT, 6, written.stateImports(), "demo");
            System.out.println("US trade with Vietnam by state (SYNTHETIC, split from the national figures): " + exports
                    + " months of exports and " + imported + " of imports stored");
            long stored = (System.nanoTime() - begun) / 1_000_000;
            Path published = Path.of(reference.configuredLocation(), "figures", "published-figures.csv");
            if (Files.isRegularFile(published)) {
                System.out.println(imports.importFile(ImportFile.of(published, "demo")).describe());
            }
            // how much of the demonstration's load the state figures take, for whoever keeps it quick
            System.out.println("Demonstration statistics loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms, of which the state "
                    + "figures " + written.stateSplitMillis() + " ms to split and " + stored + " ms to store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            log.error("Loading the demonstration data failed", e);
            System.err.println("Loading the demonstration data failed: " + e.getMessage());
        }
    }
}
