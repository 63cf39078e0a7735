package org.bilateral.extraction.cli;

import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bilateral.extraction.Extraction;
import org.bilateral.extraction.ExtractionContract;
import org.bilateral.extraction.PressRelease;
import org.bilateral.extraction.PressReleases;
import org.bilateral.extraction.Summaries;
import org.bilateral.workbench.CliCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

@Component
@Command(name = "extract", description = {
        "Reads press releases (plain text, HTML or Markdown) and prints what they report: events, people, purchases, issues.",
        "Stores nothing. With --json, one JSON object per document (the corpus contract)."})
class ExtractCommand implements Callable<Integer>, CliCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files = new ArrayList<>();

    @Option(names = "--json", description = "one JSON object per document per line")
    boolean json;

    private final PressReleases pressReleases;
    private final JsonMapper mapper;

    ExtractCommand(PressReleases pressReleases, JsonMapper mapper) {
        this.pressReleases = pressReleases;
        this.mapper = mapper;
    }

    @Override
    public Integer call() {
        var reader = pressReleases.reader();
        for (Path f : files) {
            Extraction x = reader.read(read(f));
            if (json) {
                System.out.println(mapper.writeValueAsString(ExtractionContract.of(x)));
            } else {
                System.out.print(Summaries.of(x));
            }
        }
        return 0;
    }

    static PressRelease read(Path f) {
        return PressRelease.of(f, f.getFileName().toString());
    }
}
