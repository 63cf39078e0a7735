package org.bilateral.commitments.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bilateral.commitments.targets.Attainment;
import org.bilateral.commitments.targets.AttainmentTables;
import org.bilateral.commitments.targets.PurchaseTargets;
import org.bilateral.shared.Counted;
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
@Command(name = "attainment", description = {"Actual purchases of a target's products against the target, year by year and year to date, from each side's statistics.",
        "Monthly targets are illustrative: only annual targets bind."})
class AttainmentCommand implements Callable<Integer>, CliCommand {

    @Parameters(paramLabel = "TARGET", description = "the target's code")
    String code = "";

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json")
    String format = "table";

    private final PurchaseTargets targets;
    private final JsonMapper json;

    AttainmentCommand(PurchaseTargets targets, JsonMapper json) {
        this.targets = targets;
        this.json = json;
    }

    @Override
    public Integer call() {
        Attainment a = targets.attainment(code);
        List<List<Cell>> rows = new ArrayList<>();
        for (Attainment.Side s : a.sides()) {
            for (Attainment.Year y : s.years()) {
                rows.add(Cell.row(Cell.text(s.label()), Cell.text(String.valueOf(y.year())), Cell.text(y.months() == 12 ? "year" : months(y.months())),
                        Cell.text(Figures.usdAmount(y.targetUsd())), Cell.text(Figures.usdAmount(y.actualUsd())),
                        Cell.text(Figures.share(y.attainment(), Locale.ENGLISH))));
            }
            if (s.yearToDate() != null) {
                Attainment.YearToDate ytd = s.yearToDate();
                rows.add(Cell.row(Cell.text(s.label()), Cell.text(ytd.year() + " to " + ytd.through()),
                        Cell.text("year to date (target prorated, illustrative)"), Cell.text(Figures.usdAmount(ytd.targetUsd())),
                        Cell.text(Figures.usdAmount(ytd.actualUsd())), Cell.text(Figures.share(ytd.attainment(), Locale.ENGLISH))));
            }
        }
        OutputFormat output = OutputFormat.parse(format);
        output.print(System.out, json, a, AttainmentTables.years(a), List.of("statistics", "period", "covers", "target", "actual", "attainment"), rows);
        if (output == OutputFormat.TABLE) {
            if (a.synthetic()) {
                System.out.println(org.bilateral.shared.Provenance.SYNTHETIC);
            }
            System.out.println(a.target().name() + ": " + a.target().basis().code().replace('_', ' ') + ", baseline " + a.target().baselineYear()
                    + (a.sides().isEmpty() ? "" : " (" + String.join("; ", a.sides().stream()
                    .map(s -> s.label() + ": " + Figures.usdAmount(s.baselineUsd())).toList()) + ")"));
            List<List<Cell>> groups = new ArrayList<>();
            for (Attainment.Side s : a.sides()) {
                s.groups().forEach(g -> groups.add(Cell.row(Cell.text(s.label()), Cell.text(g.group()),
                        Cell.text(g.year() + (g.year() == a.target().baselineYear() ? " (baseline)" : "")),
                        Cell.text(g.months() == 12 || g.actualUsd() == null ? "" : months(g.months())),
                        Cell.text(Figures.usdAmount(g.actualUsd())))));
            }
            System.out.println();
            output.print(System.out, json, a, AttainmentTables.years(a), List.of("statistics", "product group", "year", "covers", "actual"), groups);
        }
        return 0;
    }

    private static String months(int n) {
        return Counted.of(n, "month", "months");
    }
}
