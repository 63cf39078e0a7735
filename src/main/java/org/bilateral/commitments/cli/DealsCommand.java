package org.bilateral.commitments.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bilateral.commitments.Deal;
import org.bilateral.shared.DealId;
import org.bilateral.commitments.DealTotals;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.commitments.importing.DealsImport;
import org.bilateral.commitments.web.DealTables;
import org.bilateral.shared.InvalidInput;
import org.bilateral.workbench.CliCommand;
import org.bilateral.doors.OutputFormat;
import org.bilateral.shared.Cell;
import org.bilateral.doors.Figures;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

@Component
@Command(name = "deals", description = {"The deal register: one line per deal, each counted once in the totals.",
        "  deals import FILE.csv | deals show D12 | deals export FILE.xlsx"})
class DealsCommand implements Callable<Integer>, CliCommand {

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json")
    String format = "table";

    private final PurchaseCommitments commitments;
    private final DealsImport imports;
    private final JsonMapper json;

    DealsCommand(PurchaseCommitments commitments, DealsImport imports, JsonMapper json) {
        this.commitments = commitments;
        this.imports = imports;
        this.json = json;
    }

    @Override
    public Integer call() {
        List<Deal> deals = commitments.deals();
        List<List<Cell>> rows = new ArrayList<>();
        for (Deal d : deals) {
            rows.add(List.of(Cell.text(d.id().toString()), Cell.text(d.buyer()), Cell.textOrBlank(d.seller()),
                    Cell.text(d.quantityText()), Cell.text(d.item()),
                    Cell.text(Figures.usdRange(d.valueLowUsd(), d.valueHighUsd(), Locale.ENGLISH)), Cell.text(d.stage().label()),
                    Cell.text(d.counted() ? "" : d.aggregate() ? "aggregate" : d.countedWith() != null ? "as " + DealId.written(d.countedWith()) : d.stage().label()),
                    Cell.count(d.reports().size())));
        }
        OutputFormat.parse(format).print(System.out, json, deals, DealTables.register(deals),
                List.of("deal", "buyer", "seller", "quantity", "goods", "value", "stage", "not counted", "reports"), rows);
        if (OutputFormat.parse(format) == OutputFormat.TABLE) {
            DealTotals t = commitments.totals();
            System.out.printf("%d %s counted, %s; %d listed but not added%n", t.counted(), t.counted() == 1 ? "deal" : "deals", Figures.usdRange(t.lowUsd().usd(), t.highUsd().usd(), Locale.ENGLISH), t.notCounted().size());
        }
        return 0;
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Import a deals CSV (as ../shared/data/deals/reported-deals.csv): all rows or none; rows imported before add nothing.")
    int importFile(@Parameters(paramLabel = "FILE") Path file) {
        System.out.println(imports.importFile(file, file.getFileName().toString()).describe());
        return 0;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One deal in full: stages, deliveries, reports.")
    int show(@Parameters(paramLabel = "DEAL") String id) {
        Deal d = commitments.deal(InvalidInput.field("DEAL", () -> DealId.parse(id)));
        System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(d));
        return 0;
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the register to an XLSX file.")
    int export(@Parameters(paramLabel = "FILE") Path file) throws IOException {
        Files.write(file, DealTables.register(commitments.deals()).xlsx());
        System.out.println("wrote " + file);
        return 0;
    }
}
