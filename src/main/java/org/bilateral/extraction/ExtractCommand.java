package org.bilateral.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.workbench.CliCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

@Component
@Command(name = "extract", description = {
        "Reads press releases (plain text, HTML or Markdown) and prints what they report: events, people, purchase commitments,",
        "policy issues. Stores nothing. With --json, one JSON object per document (the corpus contract)."})
class ExtractCommand implements Callable<Integer>, CliCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

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
        try {
            return new PressRelease(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidInput(new InputProblem(f.toString(), null, null, "not UTF-8 text"));
        } catch (IOException e) {
            throw new InvalidInput(new InputProblem(f.toString(), null, null, "cannot be read: " + e.getMessage()));
        }
    }
}
