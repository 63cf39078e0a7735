package org.bilateral.policy.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.bilateral.identity.AuditTrail;
import org.bilateral.policy.FederalRegisterPull;
import org.bilateral.shared.Said;
import org.bilateral.sources.PullReport;
import org.bilateral.sources.PullProgress;
import org.bilateral.sources.SourcePulls;
import org.bilateral.workbench.CliCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bilateral pull federal-register [--from 2025-01-01]}: the Federal Register's documents on the partners' AD/CVD
 * orders, reviews and evasion cases and the presidential documents on tariffs, each queued on Policy → Proposals.
 */
@Component
@CliCommand.Under("pull")
@Command(name = FederalRegisterPull.ID, description = {"Pulls the Federal Register's documents on AD/CVD orders, reviews and evasion "
        + "cases for the partners, and presidential documents on tariffs, as proposals for an analyst to accept.",
    "  pull federal-register [--from 2025-01-01]"})
class FederalRegisterCommand implements Callable<Integer>, CliCommand {

    @Option(names = "--from", description = "documents published on or after this day (default: a week before the latest held, "
            + "or 2025-01-01 on a first pull)")
    @Nullable LocalDate from;

    private final SourcePulls pulls;
    private final FederalRegisterPull pull;

    FederalRegisterCommand(SourcePulls pulls, FederalRegisterPull pull) {
        this.pulls = pulls;
        this.pull = pull;
    }

    @Override
    public Integer call() {
        PullReport report;
        try (PullProgress.OnTerminal bar = PullProgress.onTerminal("Federal Register")) {
            report = pulls.run(FederalRegisterPull.ID, AuditTrail.currentActor(), progress -> pull.pull(from, progress), bar);
        }
        for (Said line : report.lines()) {
            System.out.println(line.english());
        }
        System.out.printf("%d pages asked, %d documents proposed, %d already held.%n", report.asked(), report.stored(), report.unchanged());
        return 0;
    }
}
