package org.bilateral.tradestats;

import org.bilateral.tradestats.importing.Importer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Use case: bring a downloaded statistics file into the workbench, all of it or nothing. */
@Service
public class StatisticsImports {

    private final Importer importer;
    private final ApplicationEventPublisher events;

    StatisticsImports(Importer importer, ApplicationEventPublisher events) {
        this.importer = importer;
        this.events = events;
    }

    public ImportReport importFile(ImportFile command) {
        Importer.Outcome outcome = importer.run(command.file(), command.fileName(), command.actor());
        if (outcome.event() != null) {
            events.publishEvent(outcome.event());
        }
        return outcome.report();
    }
}
