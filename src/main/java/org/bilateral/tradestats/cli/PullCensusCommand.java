package org.bilateral.tradestats.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.bilateral.shared.Unavailable;
import org.bilateral.sources.FetchFailed;
import org.bilateral.sources.PullReport;
import org.bilateral.identity.AuditTrail;
import org.bilateral.sources.PullProgress;
import org.bilateral.sources.SourcePulls;
import org.bilateral.sources.SourcesProperties;
import org.bilateral.tradestats.CensusAsk;
import org.bilateral.tradestats.CensusPulls;
import org.bilateral.tradestats.census.CensusLevel;
import org.bilateral.workbench.CliCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bilateral pull census}: the Census pull with the user's own partners, months and level. */
@Component
@CliCommand.Under("pull")
@Command(name = "census", description = {
        "Pulls US trade with a partner from the US Census International Trade API (imports and exports by HS product),",
        "the months not yet held and the latest held again (Census revises them); each month of each flow is one import,",
        "stored whole or not at all. The key: BILATERAL_CENSUS_KEY or the owner-only file <home>/keys/census."})
class PullCensusCommand implements Callable<Integer>, CliCommand {

    @Option(names = "--partner", paramLabel = "COUNTRY", description = "Partner (ISO code or name); repeatable. Default: bilateral.sources.partners.")
    List<String> partners = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YYYY-MM", description = "First month. Default: bilateral.sources.census.first-month.")
    @Nullable String from;

    @Option(names = "--to", paramLabel = "YYYY-MM", description = "Last month. Default: last month.")
    @Nullable String to;

    @Option(names = "--level", paramLabel = "HS2|HS4|HS6|HS10", description = "HS detail. Default: bilateral.sources.census.level (HS6).")
    @Nullable String level;

    @Option(names = "--state", description = "Also the trade by US state (statehs: HS2 to HS6, dollars only).")
    boolean state;

    private final SourcePulls pulls;
    private final CensusPulls census;
    private final CountryDirectory countries;
    private final SourcesProperties sources;

    PullCensusCommand(SourcePulls pulls, CensusPulls census, CountryDirectory countries, SourcesProperties sources) {
        this.pulls = pulls;
        this.census = census;
        this.countries = countries;
        this.sources = sources;
    }

    @Override
    public Integer call() {
        String actor = AuditTrail.currentActor();
        try {
            List<CountryCode> asked = partners.isEmpty() ? sources.partners()
                    : partners.stream().map(p -> countries.require(p).code()).toList();
            CensusAsk ask = new CensusAsk(asked, month(from, "--from"), month(to, "--to"),
                    level == null ? census.defaultLevel() : CensusLevel.parse(level), state);
            PullReport report;
            try (PullProgress.OnTerminal bar = PullProgress.onTerminal("Pulling from Census")) {
                report = pulls.run(census.id(), actor, progress -> census.pull(ask, actor, progress,
                        line -> System.out.println(line.english())), bar);
            }
            System.out.println("Census: " + report.asked() + " asked, " + report.stored() + " stored, "
                    + report.unchanged() + " unchanged.");
            return 0;
        } catch (InvalidInput e) {
            e.problems().forEach(p -> System.err.println("error: " + p));
            System.err.println("Nothing more was stored (any month said above is stored).");
        } catch (FetchFailed e) {
            System.err.println("error: " + e.address() + ": " + e.said().english());
            System.err.println("Nothing of that month was stored (any month said above is stored); the next pull asks it again.");
        } catch (Unavailable e) {
            System.err.println("error: " + e.getMessage());
        }
        return 2;
    }

    private static @Nullable YearMonth month(@Nullable String text, String option) {
        if (text == null) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(option, Said.of("refusal.census.notAMonth", text));
        }
    }
}
