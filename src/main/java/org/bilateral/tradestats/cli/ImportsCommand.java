package org.bilateral.tradestats.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.bilateral.shared.Cell;
import org.bilateral.tradestats.Source;
import org.bilateral.tradestats.StatisticsSources;
import org.bilateral.tradestats.tables.Tables;
import org.bilateral.workbench.CliCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tools.jackson.databind.json.JsonMapper;

@Component
@Command(name = "imports", description = "List the imports: dataset, file, checksum, when and by whom.")
class ImportsCommand implements Callable<Integer>, CliCommand {

    @Mixin
    OutputOption output = new OutputOption();

    private final StatisticsSources statisticsSources;
    private final JsonMapper json;

    ImportsCommand(StatisticsSources statisticsSources, JsonMapper json) {
        this.statisticsSources = statisticsSources;
        this.json = json;
    }

    @Override
    public Integer call() {
        List<Source> imports = statisticsSources.imports();
        output.format().print(System.out, json, imports, Tables.imports(imports),
                List.of("id", "dataset", "file", "figures", "imported at", "by", "synthetic", "sha256"),
                imports.stream().map(s -> List.of(Cell.number(s.importId()), Cell.text(s.dataset()), Cell.text(s.fileName()),
                        Cell.count(s.figures()), Cell.text(s.importedAt().toString()), Cell.text(s.importedBy()),
                        Cell.text(s.synthetic() ? "synthetic" : ""), Cell.text(s.sha256().substring(0, 12)))).toList());
        return 0;
    }
}
