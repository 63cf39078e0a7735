package org.bilateral.sources.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.concurrent.Callable;
import org.bilateral.shared.CountryCode;
import org.bilateral.sources.SourceRun;
import org.bilateral.sources.SourcesAdministration;
import org.bilateral.sources.SourcesAdministration.SourceState;
import org.bilateral.workbench.CliCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code bilateral pull status}: each source as Admin → Sources shows it: its key found or not (never the key), its
 * schedule and next run, its last success and last failure, a run going.
 */
@Component
@CliCommand.Under("pull")
@Command(name = "status", description = "Each source's key (found or not), schedule, next run, last success and last failure.")
class PullStatusCommand implements Callable<Integer>, CliCommand {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @Parameters(arity = "0..1", paramLabel = "SOURCE", description = "only this source (census, comtrade, feeds, federal-register)")
    @Nullable String only;

    private final SourcesAdministration sources;

    PullStatusCommand(SourcesAdministration sources) {
        this.sources = sources;
    }

    @Override
    public Integer call() {
        List<SourceState> states = only == null ? sources.states() : List.of(sources.state(only));
        if (states.isEmpty()) {
            System.out.println("No module contributes a source.");
        }
        for (SourceState s : states) {
            System.out.println(s.id() + "  " + s.name().english());
            System.out.println("  key:          " + key(s));
            System.out.println("  partners:     " + String.join(", ", s.partners().stream().map(CountryCode::value).toList()));
            System.out.println("  schedule:     " + s.setting().schedule() + " (" + sources.zone().getId() + "), "
                    + (s.setting().schedule().equals(SourcesAdministration.NEVER) || !s.setting().enabled() ? "runs only when asked" : "runs by itself")
                    + (s.setting().setOnPage() ? ", set on Admin → Sources" : ""));
            System.out.println("  next run:     " + (s.next() == null ? "none planned" : at(s.next())));
            if (s.notReady() != null) {
                System.out.println("  cannot run:   " + s.notReady().english());
            }
            System.out.println("  last success: " + (s.lastSuccess() == null ? "never" : success(s.lastSuccess())));
            System.out.println("  last failure: " + (s.lastFailure() == null ? "never" : failure(s.lastFailure())));
            if (s.running() != null) {
                System.out.println("  running:      since " + at(s.running().startedAt()) + ", started by " + s.running().actor());
            }
        }
        return 0;
    }

    private static String key(SourceState s) {
        if (s.keyProblem() != null) {
            return s.keyProblem().english();
        }
        String where = "looked for in " + s.keyProperty() + ", " + s.keyVariable() + ", " + s.keyFile();
        return switch (s.keyFound()) {
            case PROPERTY -> "found in the application's properties";
            case ENVIRONMENT -> "found in the environment";
            case FILE -> "found in " + s.keyFile();
            case NOWHERE -> (s.needsKey() ? "missing: " : "none needed; ") + where;
        };
    }

    private static String success(SourceRun r) {
        return at(r.finishedAt()) + " by " + r.actor() + ": " + r.asked() + " asked, " + r.stored() + " stored, "
                + r.unchanged() + " unchanged";
    }

    private static String failure(SourceRun r) {
        return at(r.finishedAt()) + " by " + r.actor() + ": " + (r.failure() == null ? "" : r.failure().english())
                + (r.failedAddress() == null ? "" : " (" + r.failedAddress() + ")");
    }

    private static String at(@Nullable Temporal at) {
        return at == null ? "" : MINUTE.format(at);
    }
}
