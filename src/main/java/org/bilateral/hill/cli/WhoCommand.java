package org.bilateral.hill.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.bilateral.doors.OutputFormat;
import org.bilateral.hill.WhoToSee;
import org.bilateral.policy.Asks;
import org.bilateral.shared.Cell;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.DealId;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.bilateral.shared.Table;
import org.bilateral.workbench.CliCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code bilateral hill who}: who on the Hill to see about a product, an ask or a deal, as the page /hill/who ranks them. */
@Component
@CliCommand.Under("hill")
@Command(name = "who", description = {"Who to see on the Hill about a product, an ask or a deal: the states trading most of it with the "
        + "partner and their members on the committees that matter, ranked by state's share × seat weight.",
    "  hill who --product 1201|--ask A3|--deal D12 [--partner VN] [--format table|csv|json]"})
class WhoCommand implements Callable<Integer>, CliCommand {

    /** Exactly one of the three. */
    static class Asked {
        @Option(names = "--product", description = "an HS code, e.g. 1201 (soybeans) or 8802 (aircraft)")
        @Nullable String product;

        @Option(names = "--ask", description = "an ask's number, e.g. A3")
        @Nullable String ask;

        @Option(names = "--deal", description = "a deal's number, e.g. D12")
        @Nullable String deal;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    @Nullable Asked asked;

    @Option(names = "--partner", defaultValue = "VN", description = "the partner (default VN)")
    String partner = "VN";

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json")
    String format = "table";

    private final WhoToSee who;
    private final JsonMapper json;

    WhoCommand(WhoToSee who, JsonMapper json) {
        this.who = who;
        this.json = json;
    }

    @Override
    public Integer call() {
        Asked a = asked;
        if (a == null) {
            throw new InvalidInput("who", Said.of("refusal.hill.whoOneOf"));
        }
        CountryCode p = InvalidInput.field("--partner", () -> CountryCode.of(partner));
        WhoToSee.Answer answer;
        if (a.product != null) {
            String code = a.product;
            answer = who.forProduct(InvalidInput.field("--product", () -> HsCode.of(code.replace(".", ""))), p);
        } else if (a.ask != null) {
            answer = who.forAsk(Asks.number(a.ask), p);
        } else {
            String deal = String.valueOf(a.deal);
            answer = who.forDeal(InvalidInput.field("--deal", () -> DealId.parse(deal)), p);
        }
        OutputFormat output = OutputFormat.parse(format);
        Table ranked = ranked(answer);
        if (output == OutputFormat.TABLE) {
            System.out.println("As trade: " + answer.goods().reason().english());
            if (answer.year() == null || answer.goods().nothing()) {
                System.out.println("Nothing to rank: no state figure is held for that trade, or no goods were found for it.");
                return 0;
            }
            System.out.println(answer.goods().flow().label() + ", " + answer.year() + (answer.months() < 12 ? " (" + answer.months()
                    + " months)" : "") + (answer.synthetic() ? Table.SYNTHETIC_TITLE : "") + (answer.detailShort()
                    ? "; the state figures are coarser than the code asked" : ""));
            Table states = states(answer);
            output.print(System.out, json, answer, states, states.header(), states.rows());
            System.out.println();
            System.out.println("Score = state's share × seat weight (2 trade-law committee, 1 other trade-relevant; ×2 chair or ranking member)");
        }
        output.print(System.out, json, answer, ranked, ranked.header(), ranked.rows());
        return 0;
    }

    static Table states(WhoToSee.Answer answer) {
        List<List<Cell>> rows = new ArrayList<>();
        for (WhoToSee.StateShare s : answer.states()) {
            rows.add(Cell.row(Cell.text(s.state().state().usps()), Cell.text(s.state().name()), Cell.money(s.valueUsd()), Cell.share(s.share()),
                    Cell.count(s.months()), Cell.text(s.producing() ? "produces it" : "")));
        }
        return new Table("States, " + answer.asked(), List.of("state", "name", "value_usd", "share", "months", "note"), rows)
                .markedSynthetic(answer.synthetic());
    }

    static Table ranked(WhoToSee.Answer answer) {
        List<List<Cell>> rows = new ArrayList<>();
        int rank = 0;
        for (WhoToSee.Candidate c : answer.ranked()) {
            rank++;
            String title = c.seat().title();
            rows.add(Cell.row(Cell.count(rank), Cell.text(c.legislator().label()), Cell.text(c.legislator().id().value()),
                    Cell.text(c.seat().committeeId() + " " + c.seat().committeeName() + (title == null ? "" : ", " + title)),
                    Cell.count(c.weight()), Cell.share(c.share()), Cell.number(c.score())));
        }
        return new Table("Who to see, " + answer.asked(), List.of("rank", "member", "bioguide", "seat", "weight", "state_share", "score"), rows)
                .markedSynthetic(answer.synthetic());
    }
}
