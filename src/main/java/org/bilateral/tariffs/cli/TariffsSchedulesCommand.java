package org.bilateral.tariffs.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.bilateral.tariffs.Schedule;
import org.bilateral.tariffs.TariffSchedules;
import org.bilateral.workbench.CliCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

/** {@code bilateral tariffs schedules}: the versions of Vietnam's tariff schedule held, oldest first. */
@Component
@CliCommand.Under("tariffs")
@Command(name = "schedules", description = "The versions of Vietnam's import tariff schedule held, each in force until the next.")
class TariffsSchedulesCommand implements Callable<Integer>, CliCommand {

    private final TariffSchedules schedules;

    TariffsSchedulesCommand(TariffSchedules schedules) {
        this.schedules = schedules;
    }

    @Override
    public Integer call() {
        List<Schedule> held = schedules.schedules();
        if (held.isEmpty()) {
            System.out.println("No tariff schedule of Vietnam is held: load one with 'bilateral tariffs load DIR --in-force-from YYYY-MM-DD'.");
            return 0;
        }
        for (Schedule s : held) {
            System.out.printf("in force from %s  %,d lines  %s  sha256 %s…%n", s.inForceFrom(), s.lines(), s.source(),
                    s.sha256().substring(0, 12));
        }
        return 0;
    }
}
