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
        List<List<Object>> rows = new ArrayList<>();
        for (Attainment.Side s : a.sides()) {
            for (Attainment.Year y : s.years()) {
                rows.add(List.of(s.label(), String.valueOf(y.year()), y.months() == 12 ? "year" : months(y.months()),
                        Figures.usdAmount(y.targetUsd()), Figures.usdAmount(y.actualUsd()), Figures.share(y.attainment(), Locale.ENGLISH)));
            }
            if (s.yearToDate() != null) {
                Attainment.YearToDate ytd = s.yearToDate();
                rows.add(List.of(s.label(), ytd.year() + " to " + ytd.through(), "year to date (target prorated, illustrative)",
                        Figures.usdAmount(ytd.targetUsd()), Figures.usdAmount(ytd.actualUsd()), Figures.share(ytd.attainment(), Locale.ENGLISH)));
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
            List<List<Object>> groups = new ArrayList<>();
            for (Attainment.Side s : a.sides()) {
                s.groups().forEach(g -> groups.add(List.of(s.label(), g.group(), g.year() + (g.year() == a.target().baselineYear() ? " (baseline)" : ""),
                        g.months() == 12 || g.actualUsd() == null ? "" : months(g.months()), Figures.usdAmount(g.actualUsd()))));
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
