package org.bilateral.tradestats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.bilateral.tradestats.importing.FileFormat;
import org.bilateral.tradestats.importing.Importer;
import org.bilateral.tradestats.importing.ReadAhead;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Use case: bring downloaded statistics files into the workbench, all of them or nothing. */
@Service
public class StatisticsImports {

    private final AuditTrail audit;
    private final Importer importer;
    private final TransactionTemplate transaction;
    private final StateTradeImports states;
    private final StatisticsAnswers answers;

    StatisticsImports(Importer importer, PlatformTransactionManager transactions, AuditTrail audit, StateTradeImports states,
                      StatisticsAnswers answers) {
        this.answers = answers;
        this.audit = audit;
        this.states = states;
        this.importer = importer;
        this.transaction = new TransactionTemplate(transactions);
    }

    public ImportReport importFile(ImportFile command) {
        return importFiles(List.of(command)).get(0);
    }

    /**
     * Imports the files in one transaction: if any is refused, none is stored. Each file is read to its end even after an
     * earlier one was refused (each in a savepoint), so the user learns everything wrong with the set at once.
     */
    public List<ImportReport> importFiles(List<ImportFile> commands) {
        // the answers held forget the statistics at once, not when this process hears its own notification
        answers.changed();
        try {
            return stored(commands);
        } finally {
            answers.forgetNow();
        }
    }

    private List<ImportReport> stored(List<ImportFile> commands) {
        List<Importer.Outcome> outcomes = transaction.execute(status -> {
            List<Importer.Outcome> done = new ArrayList<>();
            List<InputProblem> problems = new ArrayList<>();
            // Each file's reading begins as soon as the one before it is read, while that one's slices and totals are
            // written; what it says waits for its turn, so each file is refused as if read alone.
            try (ReadAhead ahead = new ReadAhead()) {
                for (int i = 0; i < commands.size(); i++) {
                    ImportFile command = commands.get(i);
                    ImportFile next = i + 1 < commands.size() ? commands.get(i + 1) : null;
                    try {
                        if (isStates(command)) {
                            done.add(new Importer.Outcome(states.run(command.file(), command.fileName(), command.actor()), false));
                            continue;
                        }
                        Importer.Outcome outcome = importer.run(command.file(), command.fileName(), command.actor(), ahead,
                                next == null ? null : next.file(), next == null ? null : next.fileName());
                        if (outcome.statisticsStored()) {
                            audit.record(command.actor(), "statistics imported", "import #" + outcome.report().importId() + " "
                                    + command.fileName(), null, outcome.report());
                        }
                        done.add(outcome);
                    } catch (InvalidInput e) {
                        problems.addAll(e.problems());
                    }
                }
            }
            if (!problems.isEmpty()) {
                if (commands.size() > 1) {
                    problems.add(InputProblem.from(Said.of("refusal.where.files", String.valueOf(commands.size())), null, null,
                            Said.of("refusal.tradestats.noneStored")));
                }
                throw new InvalidInput(problems);
            }
            return done;
        });
        return outcomes.stream().map(Importer.Outcome::report).toList();
    }

    /** Whether a file is a Census answer by state, stored apart from the national figures (StateTrade). */
    private static boolean isStates(ImportFile command) {
        try {
            return FileFormat.detect(command.file()) == FileFormat.CENSUS_STATE_JSON;
        } catch (IOException e) {
            // unreadable: the importer says so, naming the file
            return false;
        }
    }
}
