package org.bilateral.tradestats.cli;

import org.bilateral.tradestats.demo.*;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.workbench.CliCommand;
import org.bilateral.shared.Said;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.jspecify.annotations.Nullable;

@Component
@Command(name = "demo-data", description = {
        "Write synthetic Vietnam–US statistics (January 2017 through the latest whole month) in the real US Census and UN Comtrade formats.",
        "They are calibrated to the published totals; import them with ./bilateral import. They are labelled synthetic everywhere."})
class DemoDataCommand implements Callable<Integer>, CliCommand {

    @Option(names = "--out", required = true, description = "folder to write the files into")
    Path out = Path.of(""); // required: picocli sets it before the command runs

    @Option(names = "--seed", defaultValue = "20250731", description = "the same seed writes the same files")
    long seed;

    @Option(names = "--through", description = "the last month (YYYY-MM, 2024-12 or later); the latest whole month by default")
    @Nullable String through;

    private final Clock clock;

    DemoDataCommand(Optional<Clock> clock) {
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    public Integer call() throws IOException {
        YearMonth last;
        try {
            last = through == null ? DemoData.latestWholeMonth(clock) : YearMonth.parse(through.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("--through", Said.of("refusal.tradestats.notAMonthPlain", Limits.shown(String.valueOf(through))));
        }
        YearMonth month = last;
        DemoData demo = InvalidInput.field("--through", () -> new DemoData(seed, month));
        List<Path> files = demo.write(out);
        files.forEach(f -> System.out.println(f));
        return 0;
    }
}
