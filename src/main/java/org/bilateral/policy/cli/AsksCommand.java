package org.bilateral.policy.cli;

import org.bilateral.shared.InvalidInput;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bilateral.policy.AskTables;
import org.bilateral.policy.Asks;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.shared.Counted;
import org.bilateral.shared.CountryCode;
import org.bilateral.workbench.CliCommand;
import org.bilateral.doors.OutputFormat;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;

/** The asks register on the command line: list, import a file, show one with its positions. */
@Component
@Command(name = "asks", description = {"The asks on the table: what each side asks of the other, by topic, with where each stands.",
    "  asks [--topic T] [--side VN|US] | asks import FILE.csv | asks show A3 | asks merge A9 --into A7",
    "  asks statement-vi A3 \"Công nhận quy chế kinh tế thị trường\""},
        subcommands = {AsksCommand.Import.class, AsksCommand.Show.class, AsksCommand.Merge.class, AsksCommand.StatementVi.class})
class AsksCommand implements Callable<Integer>, CliCommand {

    @Option(names = "--topic", description = "market_economy_status, export_controls, tariffs, trade_fraud, market_access, "
            + "non_tariff_barriers, digital_trade or other")
    @Nullable String topic;

    @Option(names = "--side", description = "only the asks this country makes, e.g. VN")
    @Nullable String side;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json")
    String format = "table";

    private final Asks asks;
    private final JsonMapper json;

    AsksCommand(Asks asks, JsonMapper json) {
        this.asks = asks;
        this.json = json;
    }

    @Override
    public Integer call() {
        var list = asks.list(topic == null ? null : topicOf(topic), side == null ? null : sideOf(side));
        OutputFormat.parse(format).print(System.out, json, list, AskTables.register(list), AskTables.HEADER, AskTables.rows(list));
        return 0;
    }

    private static PolicyTopic topicOf(String text) {
        return InvalidInput.field("--topic", () -> PolicyTopic.parse(text));
    }

    private static CountryCode sideOf(String text) {
        return InvalidInput.field("--side", () -> CountryCode.of(text));
    }

    @Component
    @Command(name = "import", description = "Import an asks file (as ../shared/data/policy/vietnam-us-asks.csv): all rows or none; "
            + "rows imported before add nothing.")
    static class Import implements Callable<Integer> {
        @Parameters(index = "0", description = "the CSV file")
        // required: picocli sets it before call(), or refuses the command line
        Path file = Path.of("");

        private final Asks asks;

        Import(Asks asks) {
            this.asks = asks;
        }

        @Override
        public Integer call() {
            Asks.Imported i = asks.importFile(file, file.getFileName().toString());
            System.out.printf("%s: %s, %s opened, %s added, %d already on record%n", i.fileName(), Counted.of(i.rows(), "row", "rows"),
                    Counted.of(i.asksOpened(), "ask", "asks"), Counted.of(i.positionsAdded(), "position", "positions"), i.unchanged());
            return 0;
        }
    }

    @Component
    @Command(name = "show", description = "One ask with its dated positions.")
    static class Show implements Callable<Integer> {
        @Parameters(index = "0", description = "the ask, e.g. A3")
        // required: picocli sets it before call(), or refuses the command line
        String id = "";

        private final Asks asks;

        Show(Asks asks) {
            this.asks = asks;
        }

        @Override
        public Integer call() {
            Asks.Ask a = asks.ask(Asks.number(id));
            if (a.id() != Asks.number(id)) {
                System.out.printf("A%d was merged into A%d.%n", Asks.number(id), a.id());
            }
            System.out.printf("A%d  %s asks %s  [%s, %s]%n%s%n", a.id(), a.side().value(), a.addressee().value(), a.topic().label(),
                    a.status().label(), a.statement());
            if (a.statementVi() != null) {
                System.out.println(a.statementVi());
            }
            for (Asks.Position p : a.positions()) {
                System.out.printf("  %s  %s%s%n", p.saidOn(), p.who() == null ? "" : p.who() + ", ",
                        p.whereSaid() == null ? "" : p.whereSaid());
                if (p.quote() != null) {
                    System.out.println("      \u201c" + p.quote() + "\u201d");
                }
                if (p.sourceUrl() != null) {
                    System.out.println("      " + p.sourceUrl());
                }
            }
            for (Asks.Alike alike : asks.alike(a.id())) {
                System.out.printf("May be the same ask as A%d (%.0f%% of their words shared): %s%n", alike.ask().id(),
                        alike.shared() * 100, alike.ask().statement());
            }
            return 0;
        }
    }

    @Component
    @Command(name = "statement-vi", description = "Set an ask's statement in Vietnamese, shown on Vietnamese pages and briefs; "
            + "an empty one (\"\") removes it.")
    static class StatementVi implements Callable<Integer> {
        @Parameters(index = "0", description = "the ask, e.g. A3")
        // required: picocli sets it before call(), or refuses the command line
        String id = "";

        @Parameters(index = "1", description = "the ask in Vietnamese")
        // required: picocli sets it before call(), or refuses the command line
        String statementVi = "";

        private final Asks asks;

        StatementVi(Asks asks) {
            this.asks = asks;
        }

        @Override
        public Integer call() {
            Asks.Ask a = asks.setStatementVi(Asks.number(id), statementVi);
            System.out.printf("A%d: %s%n", a.id(), a.statementVi() == null ? "no statement in Vietnamese" : a.statementVi());
            return 0;
        }
    }

    @Component
    @Command(name = "merge", description = "Merge an ask into another found to be the same: its positions join the one kept.")
    static class Merge implements Callable<Integer> {
        @Parameters(index = "0", description = "the ask merged, e.g. A9")
        // required: picocli sets it before call(), or refuses the command line
        String id = "";

        @Option(names = "--into", required = true, description = "the ask kept, e.g. A7")
        // required: picocli sets it before call(), or refuses the command line
        String into = "";

        private final Asks asks;

        Merge(Asks asks) {
            this.asks = asks;
        }

        @Override
        public Integer call() {
            Asks.Ask kept = asks.merge(Asks.number(id), Asks.number(into), "command line (" + System.getProperty("user.name") + ")");
            System.out.printf("A%d merged into A%d: %d positions%n", Asks.number(id), kept.id(), kept.positions().size());
            return 0;
        }
    }
}
