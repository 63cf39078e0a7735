package org.bilateral.tariffs.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.bilateral.doors.ProgressBar;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.Counted;
import org.bilateral.tariffs.TariffLoads;
import org.bilateral.workbench.CliCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bilateral tariffs load DIR --in-force-from 2026-01-01}: a version of Vietnam's tariff schedule from its two files. */
@Component
@CliCommand.Under("tariffs")
@Command(name = "load", description = {"Load a version of Vietnam's import tariff schedule from a folder holding "
        + "vietnam-mfn-applied.csv and vietnam-preferential-rates.csv (the layout of ../shared/data/tariffs).",
    "Both files are checked before anything changes; the same files again change nothing; a schedule in force from another "
            + "day adds a version and the versions held stay."})
class TariffsLoadCommand implements Callable<Integer>, CliCommand {

    @Parameters(index = "0", description = "the folder of the two schedule files")
    // required: picocli sets it before call(), or refuses the command line
    Path folder = Path.of("");

    @Option(names = "--in-force-from", required = true, description = "the day the schedule is in force from, e.g. 2026-01-01")
    // required: picocli sets it before call(), or refuses the command line
    LocalDate inForceFrom = LocalDate.EPOCH;

    private final TariffLoads loads;

    TariffsLoadCommand(TariffLoads loads) {
        this.loads = loads;
    }

    @Override
    public Integer call() {
        TariffLoads.LoadReport r;
        // the two files' rows: 11,414 each for the January 2026 schedule; the bar learns the total as it reads
        try (ProgressBar progress = ProgressBar.onTerminal("Reading the schedule", 2 * 11_414L)) {
            r = loads.load(folder, inForceFrom, AuditTrail.currentActor(), n -> progress.advanceTo(n, Math.max(n, 2 * 11_414L)));
        }
        if (r.unchanged()) {
            System.out.printf("%s: nothing changed; these files are the schedule in force from %s, held already (%s).%n", folder,
                    r.schedule().inForceFrom(), Counted.of(r.lines(), "line", "lines"));
            return 0;
        }
        System.out.printf("Vietnam's tariff schedule in force from %s: %s, %s, %s without a numeric MFN rate (kept with their text).%n",
                r.schedule().inForceFrom(), Counted.of(r.lines(), "line", "lines"), Counted.of(r.preferences(), "preferential rate",
                        "preferential rates"), Counted.of(r.unpriced(), "line", "lines"));
        return 0;
    }
}
