package org.bilateral.risk.cli;

import org.bilateral.shared.InvalidInput;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bilateral.risk.ProductView;
import org.bilateral.risk.RiskForms;
import org.bilateral.risk.RiskTables;
import org.bilateral.risk.Screen;
import org.bilateral.risk.ScreenRequest;
import org.bilateral.risk.TransshipmentScreen;
import org.bilateral.risk.Triangle;
import org.bilateral.risk.WatchForm;
import org.bilateral.risk.WatchList;
import org.bilateral.shared.Counted;
import org.bilateral.shared.HsLevel;
import org.bilateral.workbench.CliCommand;
import org.bilateral.doors.OutputFormat;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;

/** Risk signals on the command line: the transshipment screen of a triangle's products. */
@Component
@Command(name = "risk", description = {"Risk signals of transshipment, screened from the imported statistics.",
    "  risk screen --origin CN --hub VN --destination US --from 2017 --to 2024 [--level subheading] [--top 50] [--format ...]",
    "  risk product 8541.43 [--origin CN --hub VN --destination US] --from 2017 --to 2024 [--format ...]",
    "  risk watch | risk watch 8541.43 [--note TEXT] [--ask A5] [--engagement 12] | risk watch 8541.43 --remove"},
        subcommands = {RiskCommand.ScreenCommand.class, RiskCommand.ProductCommand.class, RiskCommand.WatchCommand.class})
class RiskCommand implements CliCommand {

    /** The three countries every risk command is about; China, Vietnam and the United States by default. */
    static class TriangleOptions {

        @Option(names = "--origin", defaultValue = "CN", description = "whose goods may be rerouted (default CN)")
        String origin = "CN";

        @Option(names = "--hub", descriptionKey = "bilateral.pair.own", description = "through whom (default bilateral.pair.own, VN)")
        String hub;

        @Option(names = "--destination", descriptionKey = "bilateral.pair.partner", description = "to whom (default bilateral.pair.partner, US)")
        String destination;

        Triangle triangle() {
            return RiskForms.triangle(origin, hub, destination);
        }
    }

    /** The years screened and the event the signals are measured around. */
    static class YearsOptions {

        @Option(names = "--from", required = true, description = "the first year")
        int from;

        @Option(names = "--to", required = true, description = "the last year")
        int to;

        @Option(names = "--event", description = "the tariff event on origin to destination (default: the first of 2018-07-06, "
                + "2019-05-10, 2025-04-05 with a year before and after it)")
        @Nullable LocalDate event;
    }

    @Component
    @Command(name = "screen", description = "Rank a triangle's products by their signals of rerouting, each shown on its own.")
    static class ScreenCommand implements Callable<Integer> {

        @Mixin
        TriangleOptions triangle = new TriangleOptions();

        @Mixin
        YearsOptions years = new YearsOptions();

        @Option(names = "--level", defaultValue = "subheading", description = "chapter, heading or subheading")
        String level = "subheading";

        @Option(names = "--top", defaultValue = "50", description = "how many products to rank (1 to 1000)")
        int top;

        @Option(names = "--format", defaultValue = "table", description = "table, csv or json")
        String format = "table";

        private final TransshipmentScreen screens;
        private final JsonMapper json;

        ScreenCommand(TransshipmentScreen screens, JsonMapper json) {
            this.screens = screens;
            this.json = json;
        }

        @Override
        public Integer call() {
            Screen s = screens.screen(new ScreenRequest(triangle.triangle(), years.from, years.to,
                    InvalidInput.field("--level", () -> HsLevel.parse(level)), top,
                    years.event));
            var table = RiskTables.screen(s);
            OutputFormat output = OutputFormat.parse(format);
            if (output == OutputFormat.TABLE) {
                System.out.println(table.title());
                System.out.printf("%s screened; %s%n", Counted.of(s.screened(), "product", "products"), boundText(s.bound()));
            }
            output.print(System.out, json, s, table, table.header(), table.rows());
            if (output == OutputFormat.TABLE) {
                s.provenance().printTo(System.out);
            }
            return 0;
        }

        private static String boundText(Screen.ReroutingBound b) {
            return b.share() == null ? "no rerouting bound: the hub's imports from the origin are not in the statistics"
                    : String.format(Locale.ROOT, "rerouting bound %d: %.1f%% of the hub's exports to the destination", b.year(),
                            b.share() * 100);
        }
    }

    @Component
    @Command(name = "product", description = "One product's flows year by year as each side records them, with its signals.")
    static class ProductCommand implements Callable<Integer> {

        // required: picocli sets it before call(), or refuses the command line
        @picocli.CommandLine.Parameters(index = "0", description = "the product, e.g. 8541.43")
        String code = "";

        @Mixin
        TriangleOptions triangle = new TriangleOptions();

        @Mixin
        YearsOptions years = new YearsOptions();

        @Option(names = "--format", defaultValue = "table", description = "table, csv or json")
        String format = "table";

        private final TransshipmentScreen screens;
        private final JsonMapper json;

        ProductCommand(TransshipmentScreen screens, JsonMapper json) {
            this.screens = screens;
            this.json = json;
        }

        @Override
        public Integer call() {
            ProductView v = screens.product(new ScreenRequest(triangle.triangle(), years.from, years.to, HsLevel.SUBHEADING, 1, years.event),
                    RiskForms.product(code));
            var table = RiskTables.product(v);
            OutputFormat output = OutputFormat.parse(format);
            if (output == OutputFormat.TABLE) {
                System.out.println(table.title());
                System.out.printf(Locale.ROOT, "ranked %d of %d, score %.3f%n", v.candidate().rank(), v.screened(), v.candidate().score());
            }
            output.print(System.out, json, v, table, table.header(), table.rows());
            if (output == OutputFormat.TABLE) {
                System.out.println();
                v.candidate().signals().forEach(s -> System.out.println(s.kind().label() + ": " + s.arithmetic()));
                if (v.provenance().synthetic()) {
                    System.out.println();
                    System.out.println(org.bilateral.shared.Provenance.SYNTHETIC);
                }
            }
            return 0;
        }
    }

    @Component
    @Command(name = "watch", description = "The products watched; with a product, watch it (again: a new note) or, with --remove, stop.")
    static class WatchCommand implements Callable<Integer> {

        @picocli.CommandLine.Parameters(index = "0", arity = "0..1", description = "the product, e.g. 8541.43")
        @Nullable String code;

        @Mixin
        TriangleOptions triangle = new TriangleOptions();

        @Option(names = "--note", description = "why it is watched")
        @Nullable String note;

        @Option(names = "--ask", description = "the ask it bears on, e.g. A5")
        @Nullable String ask;

        @Option(names = "--engagement", description = "the engagement citing it, by the number in its address (/engagements/12)")
        @Nullable String engagement;

        @Option(names = "--remove", description = "stop watching it")
        boolean remove;

        private final WatchList watchList;

        WatchCommand(WatchList watchList) {
            this.watchList = watchList;
        }

        @Override
        public Integer call() {
            if (code != null) {
                WatchForm form = new WatchForm(triangle.origin, triangle.hub, triangle.destination, code, note, ask, engagement);
                if (remove) {
                    watchList.unwatch(form.triangle(), RiskForms.product(code));
                } else {
                    watchList.watch(form.command(), "command line (" + System.getProperty("user.name") + ")");
                }
            }
            for (WatchList.Watched w : watchList.list()) {
                System.out.printf("%s  %s %s%s%s%s%n", w.triangle(), w.code(), w.label(), w.ask() == null ? "" : "  [A" + w.ask() + "]",
                        w.engagement() == null ? "" : "  [engagement " + w.engagement() + "]", w.note() == null ? "" : "  " + w.note());
            }
            return 0;
        }
    }
}
