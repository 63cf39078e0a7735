package org.bilateral.extraction.cli;

import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bilateral.extraction.PressReleases;
import org.bilateral.shared.Counted;
import org.bilateral.workbench.CliCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Component
@Command(name = "ingest", description = {
        "Stores press releases and what the reader proposes from them, for review on the Press releases page.",
        "The same file twice changes nothing. With --accept, every proposal enters the register at once."})
class IngestCommand implements Callable<Integer>, CliCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files = new ArrayList<>();

    @Option(names = "--accept", description = "accept every proposal as read")
    boolean accept;

    private final PressReleases pressReleases;

    IngestCommand(PressReleases pressReleases) {
        this.pressReleases = pressReleases;
    }

    @Override
    public Integer call() {
        String actor = "cli:" + System.getProperty("user.name");
        for (Path f : files) {
            PressReleases.Ingested in = pressReleases.ingest(ExtractCommand.read(f), actor);
            int accepted = accept ? pressReleases.acceptAll(in.id(), actor) : 0;
            System.out.printf("%s: press release %d, %s%s%s%n", f, in.id(), in.alreadyIngested() ? "already ingested, " : "",
                    Counted.of(in.proposals(), "proposal", "proposals"), accept ? ", " + accepted + " accepted now" : "");
        }
        return 0;
    }
}
