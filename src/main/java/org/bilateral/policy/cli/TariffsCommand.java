package org.bilateral.policy.cli;

import org.bilateral.shared.InvalidInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.bilateral.policy.Stakes;
import org.bilateral.policy.StakesTables;
import org.bilateral.policy.WhatIf;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.HsLevel;
import org.bilateral.workbench.CliCommand;
import org.bilateral.doors.OutputFormat;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;

/** Tariffs on the command line: the what-if of another rate, or some products at zero. */
@Component
@Command(name = "tariffs", description = {"The additional US tariff on a partner's goods.",
    "  tariffs what-if --partner VN --rate 15 [--zero HS ...] [--year 2024] [--format table|csv|json]"},
        subcommands = TariffsCommand.WhatIfCommand.class)
class TariffsCommand implements CliCommand {

    @Component
    @Command(name = "what-if", description = {"The change in duties, product by product, of another rate or of products at zero, "
            + "against the rate in force on a day, on one year's imports."})
    static class WhatIfCommand implements Callable<Integer> {

        @Option(names = "--partner", required = true, description = "the partner whose goods are charged, e.g. VN")
        // required: picocli sets it before call(), or refuses the command line
        String partner = "";

        @Option(names = "--rate", description = "the rate to try, 0 to 100 percent with at most two decimals (default: the rate in force)")
        @Nullable BigDecimal rate;

        @Option(names = "--zero", arity = "1..*", description = "chapters, headings or subheadings charged nothing (2, 4 or 6 digits)")
        @Nullable List<String> zero;

        @Option(names = "--year", description = "the year of imports (default: the latest the statistics hold whole)")
        @Nullable Integer year;

        @Option(names = "--on", description = "the day whose rate is compared with (default: today), e.g. 2025-09-01")
        @Nullable LocalDate on;

        @Option(names = "--level", defaultValue = "chapter", description = "products by chapter, heading or subheading")
        String level = "chapter";

        @Option(names = "--format", defaultValue = "table", description = "table, csv or json")
        String format = "table";

        private final Stakes stakes;
        private final JsonMapper json;

        WhatIfCommand(Stakes stakes, JsonMapper json) {
            this.stakes = stakes;
            this.json = json;
        }

        @Override
        public Integer call() {
            WhatIf.Result result = stakes.whatIf(new WhatIf(InvalidInput.field("--partner", () -> CountryCode.of(partner)), rate,
                    zero == null ? List.of() : zero.stream().map(z -> InvalidInput.field("--zero", () -> HsCode.of(z))).toList(), year, on,
                    InvalidInput.field("--level", () -> HsLevel.parse(level))));
            var table = StakesTables.whatIf(result);
            OutputFormat output = OutputFormat.parse(format);
            if (output == OutputFormat.TABLE) {
                System.out.println(table.title());
            }
            output.print(System.out, json, result, table, table.header(), table.rows());
            if (output == OutputFormat.TABLE) {
                result.provenance().printTo(System.out);
            }
            return 0;
        }
    }
}
