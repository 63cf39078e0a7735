package org.bilateral.extraction.cli;

import org.jspecify.annotations.Nullable;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bilateral.extraction.PressReleases;
import org.bilateral.workbench.CliCommand;
import org.bilateral.doors.Figures;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Component
@Command(name = "proposals", description = {"Lists the proposals read from a press release, the least certain first with the reader's confidence, or accepts or rejects one.", "  proposals ID | proposals accept|reject PROPOSAL"})
class ProposalsCommand implements Callable<Integer>, CliCommand {

    @Parameters(index = "0", paramLabel = "PRESS_RELEASE|accept|reject")
    String first = "";

    @Parameters(index = "1", arity = "0..1", paramLabel = "PROPOSAL")
    @Nullable Long proposal;

    private final PressReleases pressReleases;

    ProposalsCommand(PressReleases pressReleases) {
        this.pressReleases = pressReleases;
    }

    @Override
    public Integer call() {
        String actor = "cli:" + System.getProperty("user.name");
        if ((first.equals("accept") || first.equals("reject")) && proposal != null) {
            PressReleases.Proposal p = first.equals("accept") ? pressReleases.accept(proposal, null, actor) : pressReleases.reject(proposal, actor);
            System.out.printf("proposal %d (%s %s): %s%n", p.id(), p.subject().code(), p.label(), p.status());
            return 0;
        }
        long id;
        try {
            id = Long.parseLong(first);
        } catch (NumberFormatException e) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "expected a press release id, or accept|reject PROPOSAL");
        }
        // As the review page lists them: the least certain first, with the reader's confidence.
        for (PressReleases.Proposal p : pressReleases.leastCertainFirst(id)) {
            System.out.printf("%6d  %-9s  %-12s  %6s  %s%n", p.id(), p.status(), p.subject().code(),
                    Figures.share(p.confidence().fraction(), Locale.ENGLISH), p.label());
        }
        return 0;
    }
}
