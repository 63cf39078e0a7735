package org.bilateral.tradestats.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bilateral.shared.InvalidInput;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.ImportReport;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.workbench.CliCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Component
@Command(name = "import", description = {
        "Import trade statistics: US Census API JSON, UN Comtrade CSV or JSON, or published-figures CSV.",
        "Each file is all or nothing; a file imported before changes nothing; a revised file replaces the same periods."})
class ImportCommand implements Callable<Integer>, CliCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    private final StatisticsImports imports;

    ImportCommand(StatisticsImports imports) {
        this.imports = imports;
    }

    @Override
    public Integer call() {
        int failed = 0;
        String actor = "cli:" + System.getProperty("user.name");
        for (Path file : files) {
            try {
                ImportReport report = imports.importFile(ImportFile.of(file, actor));
                System.out.println(report.describe());
            } catch (InvalidInput e) {
                failed++;
                e.problems().forEach(p -> System.err.println("error: " + p));
                System.err.println(file.getFileName() + ": nothing was stored.");
            } catch (IllegalArgumentException | IllegalStateException e) {
                failed++;
                System.err.println("error: " + file + ": " + e.getMessage());
            }
        }
        return failed == 0 ? 0 : 2;
    }
}
