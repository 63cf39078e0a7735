package org.bilateral.tradestats.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bilateral.shared.InvalidInput;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.workbench.CliCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import java.util.ArrayList;

@Component
@Command(name = "import", description = {
        "Import trade statistics: US Census API JSON, UN Comtrade CSV, JSON or bulk file (.txt, .txt.gz), or published-figures CSV.",
        "A Census answer by state (statehs: STATE and E_COMMODITY or I_COMMODITY in its header) is stored by state, one month a file.",
        "The files are imported whole or not at all: one refused file stores none of them.",
        "A file imported before changes nothing; a revised file replaces the same periods."})
class ImportCommand implements Callable<Integer>, CliCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files = new ArrayList<>(); // at least one: picocli fills it before the command runs

    private final StatisticsImports imports;

    ImportCommand(StatisticsImports imports) {
        this.imports = imports;
    }

    @Override
    public Integer call() {
        String actor = "cli:" + System.getProperty("user.name");
        try {
            List<ImportFile> commands = files.stream().map(f -> ImportFile.of(f, actor)).toList();
            imports.importFiles(commands).forEach(report -> System.out.println(report.describe()));
            return 0;
        } catch (InvalidInput e) {
            e.problems().forEach(p -> System.err.println("error: " + p));
            System.err.println("Nothing was stored.");
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println("Nothing was stored.");
        }
        return 2;
    }
}
