package org.bilateral.policy.cli;

import org.bilateral.shared.InvalidInput;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.bilateral.policy.Stakes;
import org.bilateral.policy.StakesTables;
import org.bilateral.policy.WhatIf;
import org.bilateral.identity.AuditTrail;
import org.bilateral.policy.measures.Measures;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Said;
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
@Command(name = "tariffs", description = {"The additional US tariff on a partner's goods, and Vietnam's own schedule.",
    "  tariffs what-if --partner VN --rate 15 [--zero HS ...] [--year 2024] [--format table|csv|json]",
    "  tariffs import --partner VN (--orders FILE | --actions FILE)",
    "  tariffs load DIR --in-force-from 2026-01-01   a version of Vietnam's import tariff schedule",
    "  tariffs schedules                             the versions of Vietnam's schedule held"},
        subcommands = {TariffsCommand.WhatIfCommand.class, TariffsCommand.ImportCommand.class})
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

    /**
     * {@code tariffs import}: extends the AD/CVD orders or the tariff history from a file in the reference file's layout,
     * all rows or none, leaving what the record holds already as it is.
     */
    @Component
    @Command(name = "import", description = {"Extends the partner's AD/CVD orders (--orders) or tariff history (--actions) from a CSV "
            + "file in the layout of the reference files; all rows or none; rows held already are left as they are."})
    static class ImportCommand implements Callable<Integer> {

        @Option(names = "--partner", required = true, description = "the partner whose goods the measures concern, e.g. VN")
        String partner = "";

        @Option(names = "--orders", description = "a file of orders: case_number,kind,product,order_date,hts_codes,source_url,...")
        @Nullable Path orders;

        @Option(names = "--actions", description = "a file of tariff actions: effective_date,rate_percent,applies_to,legal_instrument,source_url,...")
        @Nullable Path actions;

        private final Measures measures;

        ImportCommand(Measures measures) {
            this.measures = measures;
        }

        @Override
        public Integer call() {
            if ((orders == null) == (actions == null)) {
                throw new InvalidInput("--orders", Said.of("refusal.policy.importOneFile"));
            }
            CountryCode country = CountryCode.of(partner);
            Path file = orders != null ? orders : java.util.Objects.requireNonNull(actions);
            String name = String.valueOf(file.getFileName());
            Measures.Imported done = orders != null ? measures.importOrders(country, file, name, AuditTrail.currentActor())
                    : measures.importTariffActions(country, file, name, AuditTrail.currentActor());
            System.out.println(name + ": " + done.added() + " added, " + done.alreadyHeld() + " held already (left as they are)");
            return 0;
        }
    }
}
