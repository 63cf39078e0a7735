package org.bilateral.tradestats.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.bilateral.shared.Unavailable;
import org.bilateral.sources.FetchFailed;
import org.bilateral.sources.PullReport;
import org.bilateral.identity.AuditTrail;
import org.bilateral.sources.PullProgress;
import org.bilateral.sources.SourcePulls;
import org.bilateral.tradestats.pulling.ComtradePull;
import org.bilateral.tradestats.pulling.ComtradePullRequest;
import org.bilateral.workbench.CliCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bilateral pull comtrade}: a reporter's own statistics of its trade with a partner, from UN Comtrade's API. */
@Component
@CliCommand.Under("pull")
@Command(name = "comtrade", description = {
        "Pull a reporter's own statistics of its trade with a partner, and with the world, from the UN Comtrade API",
        "(imports and exports; monthly, or yearly with --annual). Needs the subscription key: BILATERAL_COMTRADE_KEY or",
        "the owner-only file keys/comtrade under the home. Periods already held are not asked again, but for the latest",
        "ones, whose revisions are kept. Each answer is imported whole or not at all; an unchanged one stores nothing."})
class PullComtradeCommand implements Callable<Integer>, CliCommand {

    @Option(names = "--reporter", defaultValue = "VN", description = "whose statistics (ISO code or name), default ${DEFAULT-VALUE}")
    String reporter = "VN";

    @Option(names = "--partner", defaultValue = "US", description = "trade with whom, default ${DEFAULT-VALUE}")
    String partner = "US";

    @Option(names = "--from", required = true, description = "the first month, YYYY-MM (with --annual, its year)")
    String from = ""; // required: picocli sets it before the command runs

    @Option(names = "--to", description = "the last month, YYYY-MM; default last month (with --annual, last year)")
    @Nullable String to;

    @Option(names = "--annual", description = "yearly statistics rather than monthly")
    boolean annual;

    private final ComtradePull comtrade;
    private final SourcePulls pulls;
    private final CountryDirectory countries;

    PullComtradeCommand(ComtradePull comtrade, SourcePulls pulls, CountryDirectory countries) {
        this.comtrade = comtrade;
        this.pulls = pulls;
        this.countries = countries;
    }

    @Override
    public Integer call() {
        String actor = AuditTrail.currentActor();
        try {
            YearMonth first = month("--from", from);
            String last = to;
            YearMonth end = last == null ? (annual ? YearMonth.now().minusYears(1).withMonth(12) : YearMonth.now().minusMonths(1))
                    : month("--to", last);
            ComtradePullRequest request = InvalidInput.field("comtrade", () -> new ComtradePullRequest(
                    countries.require(reporter).code(), countries.require(partner).code(), first, end, annual));
            PullReport report;
            try (PullProgress.OnTerminal bar = PullProgress.onTerminal("Pulling from UN Comtrade")) {
                report = pulls.run(ComtradePull.ID, actor, progress -> comtrade.pull(request, actor, progress), bar);
            }
            report.lines().forEach(line -> System.out.println(line.english()));
            System.out.println(String.format("%,d calls to UN Comtrade; %,d periods stored, %,d already held unchanged.",
                    report.asked(), report.stored(), report.unchanged()));
            return 0;
        } catch (InvalidInput e) {
            e.problems().forEach(p -> System.err.println("error: " + p));
            System.err.println("Nothing of the refused answer was stored.");
        } catch (FetchFailed e) {
            System.err.println("error: " + e.getMessage());
            System.err.println("Nothing of the failed answer was stored; answers imported before it are kept.");
        } catch (Unavailable e) {
            System.err.println("error: " + e.said().english());
        }
        return 2;
    }

    private static YearMonth month(String option, String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(option, Said.of("refusal.tradestats.notAMonthPlain", text));
        }
    }
}
