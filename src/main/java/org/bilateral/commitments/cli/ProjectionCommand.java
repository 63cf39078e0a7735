package org.bilateral.commitments.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bilateral.commitments.targets.AttainmentTables;
import org.bilateral.commitments.targets.Projection;
import org.bilateral.commitments.targets.Projections;
import org.bilateral.commitments.targets.StatisticsSide;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.workbench.CliCommand;
import org.bilateral.doors.OutputFormat;
import org.bilateral.shared.Cell;
import org.bilateral.doors.Figures;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

@Component
@Command(name = "projection", description = {"The deals' delivery schedules as expected purchases after the latest statistics, and the gap with and without them.",
        "The gap is the buyer's surplus in the latest full year, held flat."})
class ProjectionCommand implements Callable<Integer>, CliCommand {

    @Option(names = "--buyer", descriptionKey = "bilateral.pair.own") String buyer;
    @Option(names = "--seller", descriptionKey = "bilateral.pair.partner") String seller;
    @Option(names = "--statistics", defaultValue = "partner-exports", description = "partner-exports (the seller's statistics) or our-imports")
    String statistics = "partner-exports";
    @Option(names = "--format", defaultValue = "table", description = "table, csv or json") String format = "table";

    private final Projections projections;
    private final JsonMapper json;

    ProjectionCommand(Projections projections, JsonMapper json) {
        this.projections = projections;
        this.json = json;
    }

    @Override
    public Integer call() {
        StatisticsSide side = InvalidInput.field("--statistics", () -> StatisticsSide.parse(statistics));
        Projection p = projections.project(InvalidInput.field("BUYER", () -> CountryCode.of(buyer)),
                InvalidInput.field("SELLER", () -> CountryCode.of(seller)), side);
        List<List<Cell>> rows = new ArrayList<>();
        for (Projection.Year y : p.years()) {
            rows.add(Cell.row(Cell.text(String.valueOf(y.year())), Cell.text(Figures.usdAmount(y.expectedUsd())),
                    Cell.text(Figures.usdAmount(y.gapWithoutDealsUsd())), Cell.text(Figures.usdAmount(y.gapWithDealsUsd())),
                    Cell.text(Figures.share(y.shareOfGap(), Locale.ENGLISH))));
        }
        OutputFormat output = OutputFormat.parse(format);
        output.print(System.out, json, p, AttainmentTables.projection(p), List.of("year", "expected deliveries", "gap without deals",
                "gap with deals", "share of gap"), rows);
        if (output == OutputFormat.TABLE) {
            if (p.synthetic()) {
                System.out.println(org.bilateral.shared.Provenance.SYNTHETIC);
            }
            String gap = p.gapUsd() == null ? "no full year of statistics gives the gap"
                    : p.gapUsd().signum() > 0 ? "gap " + Figures.usdAmount(p.gapUsd()) + " in " + p.baseYear() + " held flat"
                    : "no gap to close in " + p.baseYear() + ": the buyer's balance with the seller is " + Figures.usdAmount(p.gapUsd());
            System.out.printf("Statistics through %s; %s. Deliveries after that: %s%s%s.%n", p.after(), gap, Figures.usdAmount(p.expectedUsd()),
                    p.shareOfGap() == null ? "" : " (" + Figures.share(p.shareOfGap(), Locale.ENGLISH) + " of one year's gap)",
                    p.closedBy() == null ? "" : ", the last in " + p.closedBy());
            p.fromReports().forEach(r -> System.out.printf("no schedule: %s placed from the buyer's report of %s: %s after the statistics%n",
                    r.deal(), r.reportedOn(), Figures.usdAmount(r.placedUsd())));
            p.notProjected().forEach(n -> System.out.printf("not projected: %s (%s): %s; to place it, %s%n", n.deal(),
                    n.valueLowUsd() == null ? "value not reported" : Figures.usdRange(n.valueLowUsd(), n.valueHighUsd(), Locale.ENGLISH), n.reason(), n.todo()));
        }
        return 0;
    }
}
