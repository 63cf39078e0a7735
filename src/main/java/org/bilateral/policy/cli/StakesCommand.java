package org.bilateral.policy.cli;

import org.bilateral.shared.InvalidInput;
import java.util.concurrent.Callable;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.policy.Stakes;
import org.bilateral.policy.StakesRequest;
import org.bilateral.policy.StakesTables;
import org.bilateral.policy.TopicStakes;
import org.bilateral.shared.CountryCode;
import org.bilateral.workbench.CliCommand;
import org.bilateral.doors.OutputFormat;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;

/** What an ask is worth in trade, on the command line: one topic's stakes for a partner. */
@Component
@Command(name = "stakes", description = {"What is at stake in a topic for a partner, from the imported statistics and the measure files.",
    "  stakes --partner VN --topic market-economy-status|export-controls|tariffs [--year 2024] [--format table|csv|json]"})
class StakesCommand implements Callable<Integer>, CliCommand {

    @Option(names = "--partner", required = true, description = "the partner whose goods the measures apply to, e.g. VN")
    // required: picocli sets it before call(), or refuses the command line
    String partner = "";

    @Option(names = "--topic", required = true, description = "market-economy-status, export-controls or tariffs")
    // required: picocli sets it before call(), or refuses the command line
    String topic = "";

    @Option(names = "--year", description = "the year of the figures (default: the latest the statistics hold whole)")
    @Nullable Integer year;

    @Option(names = "--comparison", description = "export controls: the country set beside the partner (default CN)")
    @Nullable String comparison;

    @Option(names = "--table", description = "the table to print as table or csv: orders; exports, groups, chart; duties, rates, "
            + "competitors (default: the topic's first)")
    @Nullable String table;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json")
    String format = "table";

    private final Stakes stakes;
    private final JsonMapper json;

    StakesCommand(Stakes stakes, JsonMapper json) {
        this.stakes = stakes;
        this.json = json;
    }

    private static CountryCode comparisonOf(String text) {
        return InvalidInput.field("--comparison", () -> CountryCode.of(text));
    }

    @Override
    public Integer call() {
        StakesRequest request = StakesRequest.of(InvalidInput.field("--partner", () -> CountryCode.of(partner)),
                InvalidInput.field("--topic", () -> PolicyTopic.parse(topic)), year, comparison == null ? null : comparisonOf(comparison));
        TopicStakes result = stakes.of(request);
        OutputFormat output = OutputFormat.parse(format);
        if (output == OutputFormat.TABLE && table == null) {
            for (StakesTables.Named t : StakesTables.of(result)) {
                System.out.println(t.table().title());
                output.print(System.out, json, result, t.table(), t.table().header(), t.table().rows());
                System.out.println();
            }
            result.provenance().printTo(System.out);
            return 0;
        }
        String named = table == null ? "" : table;
        var chosen = InvalidInput.field("table", () -> StakesTables.table(result, named));
        output.print(System.out, json, result, chosen, chosen.header(), chosen.rows());
        if (output == OutputFormat.TABLE) {
            result.provenance().printTo(System.out);
        }
        return 0;
    }
}
