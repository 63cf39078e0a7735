package org.bilateral.tradestats.cli;

import org.bilateral.tradestats.demo.*;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bilateral.workbench.CliCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Component
@Command(name = "demo-data", description = {
        "Write synthetic Vietnam–US statistics (2019–2024) in the real US Census and UN Comtrade formats.",
        "They are calibrated to the published annual totals; import them with ./bilateral import. They are labelled synthetic everywhere."})
class DemoDataCommand implements Callable<Integer>, CliCommand {

    @Option(names = "--out", required = true, description = "folder to write the files into")
    Path out;

    @Option(names = "--seed", defaultValue = "20250731", description = "the same seed writes the same files")
    long seed;

    @Override
    public Integer call() throws IOException {
        List<Path> files = new DemoData(seed).write(out);
        files.forEach(f -> System.out.println(f));
        return 0;
    }
}
