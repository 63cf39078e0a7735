package org.bilateral.tradestats.cli;

import org.bilateral.shared.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.shared.Cell;
import org.bilateral.shared.Counted;
import org.bilateral.shared.HsLevel;
import org.bilateral.tradestats.Mirror;
import org.bilateral.tradestats.MirrorRequest;
import org.bilateral.tradestats.MirrorComparisons;
import org.bilateral.tradestats.tables.Tables;
import org.bilateral.doors.OutputFormat;
import org.bilateral.workbench.CliCommand;
import org.bilateral.shared.Said;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

@Component
@Command(name = "mirror", description = "Each side's statistics of the same trade side by side, the gap split into timing, the CIF margin over FOB (over FAS for US Census exports) and residual.")
class MirrorCommand implements Callable<Integer>, CliCommand {

    @Option(names = "--a", required = true, description = "one partner, e.g. US")
    String a = ""; // required: picocli sets it before the command runs

    @Option(names = "--b", required = true, description = "the other partner, e.g. VN")
    String b = ""; // required: picocli sets it before the command runs

    @Option(names = "--year", required = true)
    int year;

    @Option(names = "--level", defaultValue = "total", description = "total, section, chapter, heading, subheading or sector")
    String level = "total";

    @Option(names = "--top", defaultValue = "0", description = "the N products with the largest gaps (default: all; 25 at heading and subheading)")
    int top;

    @Mixin
    OutputOption output = new OutputOption();

    private final MirrorComparisons mirrors;
    private final CountryDirectory countries;
    private final JsonMapper json;

    MirrorCommand(MirrorComparisons mirrors, CountryDirectory countries, JsonMapper json) {
        this.mirrors = mirrors;
        this.countries = countries;
        this.json = json;
    }

    @Override
    public Integer call() {
        OutputFormat format = output.format();
        HsLevel at = InvalidInput.field("--level", () -> HsLevel.parse(level));
        MirrorRequest request = InvalidInput.field("mirror", () -> new MirrorRequest(countries.require(a).code(),
                countries.require(b).code(), year, at, top));
        Mirror mirror = mirrors.mirror(request);
        if (!mirror.hasStatistics()) {
            throw new InvalidInput("--year", Said.of("refusal.tradestats.noMirror", String.valueOf(mirror.a()), String.valueOf(mirror.b()), String.valueOf(year)));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (Mirror.Direction d : List.of(mirror.aToB(), mirror.bToA())) {
            List<Mirror.Line> lines = new ArrayList<>(d.lines());
            lines.add(0, d.total());
            for (Mirror.Line l : lines) {
                rows.add(List.of(Cell.text(d.exporter() + "→" + d.importer()), Cell.text(l.label()),
                        Cell.money(l.exporterReports()), Cell.money(l.importerReports()), Cell.money(l.gap()),
                        Cell.money(l.timing()), Cell.money(l.cifFobMargin()), Cell.money(l.residual())));
            }
            for (Mirror.NotComparable n : d.notComparable()) {
                rows.add(List.of(Cell.text(d.exporter() + "→" + d.importer()), Cell.text(n.label() + ": " + n.reason()),
                        Cell.money(n.exporterReports()), Cell.money(n.importerReports()),
                        Cell.money(n.exporterReports() == null || n.importerReports() == null ? null
                                : n.importerReports().subtract(n.exporterReports())), Cell.EMPTY, Cell.EMPTY, Cell.EMPTY));
            }
        }
        if (format == OutputFormat.TABLE) {
            System.out.printf("Mirror %s–%s %d, US dollars; CIF/FOB factor %s, shipping lag %d %s%s%n", mirror.a(),
                    mirror.b(), year, mirror.cifFobFactor(), mirror.shippingLagMonths(), mirror.shippingLagMonths() == 1 ? "month" : "months",
                    mirror.synthetic() ? "  ** SYNTHETIC demonstration data **" : "");
            for (Mirror.Direction d : List.of(mirror.aToB(), mirror.bToA())) {
                System.out.printf("  %s→%s: exporter's statistics cover %s, importer's %s (valued %s)%s%n",
                        d.exporter(), d.importer(), Counted.of(d.exporterMonths(), "month", "months"), Counted.of(d.importerMonths(), "month", "months"),
                        d.importerValuation().isEmpty() ? "?" : d.importerValuation(),
                        d.timingEstimated() ? "" : "; timing not estimated (no monthly exporter statistics at the year's ends)");
            }
        }
        format.print(System.out, json, mirror, Tables.mirror(mirror), List.of("direction", "product", "exporter reports",
                "importer reports", "gap", "timing", "CIF/FOB margin", "residual"), rows);
        return 0;
    }
}
