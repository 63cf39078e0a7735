package org.bilateral.tradestats.cli;

import org.bilateral.shared.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.shared.Cell;
import org.bilateral.shared.Granularity;
import org.bilateral.shared.HsLevel;
import org.bilateral.tradestats.Balance;
import org.bilateral.tradestats.BalanceRequest;
import org.bilateral.tradestats.TradeBalances;
import org.bilateral.tradestats.tables.Tables;
import org.bilateral.doors.OutputFormat;
import org.bilateral.workbench.CliCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;

@Component
@Command(name = "balance", description = "Exports, imports and balance of the reporter with the partner, from the reporter's statistics.")
class BalanceCommand implements Callable<Integer>, CliCommand {

    @Mixin
    CountryPair countries = new CountryPair();

    @Option(names = "--by", defaultValue = "year", description = "month, quarter, year or ytd")
    String by = "year";

    @Option(names = "--level", defaultValue = "total", description = "total, section, chapter, heading, subheading or sector")
    String level = "total";

    @Option(names = "--from", description = "first year")
    @Nullable Integer from;

    @Option(names = "--to", description = "last year")
    @Nullable Integer to;

    @Option(names = "--top", defaultValue = "0", description = "at a product level, the N largest products (default: every one at "
            + "section, chapter and sector level, 20 at heading and subheading); refused at total level")
    int top;

    @Mixin
    OutputOption output = new OutputOption();

    private final TradeBalances balances;
    private final CountryDirectory directory;
    private final JsonMapper json;

    BalanceCommand(TradeBalances balances, CountryDirectory directory, JsonMapper json) {
        this.balances = balances;
        this.directory = directory;
        this.json = json;
    }

    @Override
    public Integer call() {
        OutputFormat format = output.format();
        Granularity period = InvalidInput.field("--by", () -> Granularity.parse(by));
        HsLevel at = InvalidInput.field("--level", () -> HsLevel.parse(level));
        BalanceRequest request = InvalidInput.field("balance", () -> new BalanceRequest(
                directory.require(countries.reporter).code(), directory.require(countries.partner).code(), period, at, from,
                to, top));
        Balance balance = balances.balance(request);
        List<List<Cell>> rows = new ArrayList<>();
        for (Balance.Row r : balance.rows()) {
            rows.add(List.of(Cell.text(r.shown()), Cell.text(r.label()), Cell.money(r.exports()), Cell.money(r.imports()),
                    Cell.money(r.balance()), Cell.change(r.exportsChange()), Cell.change(r.importsChange()),
                    Cell.count(r.months()), Cell.text(r.changeBlank() == null ? "" : r.changeBlank().said()),
                    Cell.text(r.dataset() + (r.synthetic() ? " [SYNTHETIC]" : ""))));
        }
        if (format == OutputFormat.TABLE) {
            System.out.printf("%s trade with %s, from %s statistics, US dollars%s%n", balance.reporter(), balance.partner(),
                    balance.reporter(), balance.synthetic() ? "  ** SYNTHETIC demonstration data **" : "");
            if (rows.isEmpty()) {
                System.out.println("No statistics of " + balance.reporter() + " on trade with " + balance.partner()
                        + " are imported yet: ./bilateral import FILE");
                return 0;
            }
        }
        format.print(System.out, json, balance, Tables.balance(balance), List.of("period", "product", "exports", "imports", "balance",
                "exports y/y", "imports y/y", "months", "no y/y because", "dataset"), rows);
        return 0;
    }
}
