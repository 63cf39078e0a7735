package org.bilateral.policy.bench;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.policy.Stakes;
import org.bilateral.policy.StakesRequest;
import org.bilateral.policy.WhatIf;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.HsLevel;
import org.bilateral.workbench.Benchmarks;
import org.bilateral.workbench.CliCommand;
import org.bilateral.tradestats.StatisticsHeld;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Times the stakes of every topic, and a what-if, on the benchmark's database after {@code bench} has filled it with
 * millions of Census rows: the first answer (nothing cached by PostgreSQL's plans or the process) and the median after.
 */
@Component
@Command(name = "bench-stakes", description = {"Benchmark: time the stakes of every topic and a tariff what-if over the benchmark's statistics.",
        "Run `bilateral bench --rows 5000000` first: it leaves them in BILATERAL_HOME/bench."})
class StakesBenchCommand implements Callable<Integer>, CliCommand {

    @Option(names = "--repeat", defaultValue = "20", description = "timed runs of each")
    int repeat;

    private final Stakes stakes;
    private final StatisticsHeld held;

    StakesBenchCommand(Stakes stakes, StatisticsHeld held) {
        this.stakes = stakes;
        this.held = held;
    }

    @Override
    public Integer call() {
        long figures = Benchmarks.requireFigures(held.figures());
        System.out.printf("Benchmark database: %,d trade figures%n", figures);
        long start = System.nanoTime();
        held.summariseIndex();
        System.out.printf("the index of figures by slice summarised, as autovacuum does after an import: %.0f ms%n",
                (System.nanoTime() - start) / 1e6);
        CountryCode vn = CountryCode.of("VN");
        Map<String, Supplier<Object>> runs = new LinkedHashMap<>();
        for (PolicyTopic topic : StakesRequest.TOPICS) {
            runs.put("stakes, " + topic.code(), () -> stakes.of(StakesRequest.of(vn, topic, null, null)));
        }
        runs.put("all three topics", () -> StakesRequest.TOPICS.stream().map(t -> stakes.of(StakesRequest.of(vn, t, null, null))).toList());
        runs.put("what-if 15%, two chapters at zero", () -> stakes.whatIf(new WhatIf(vn, BigDecimal.valueOf(15),
                List.of(HsCode.of("03"), HsCode.of("85")), null, null, HsLevel.CHAPTER)));
        System.out.printf("%-36s %9s %9s %9s %9s%n", "answer (VN)", "first", "median", "p95", "max");
        runs.forEach((name, run) -> {
            Benchmarks.Timing<Object> t = Benchmarks.time(repeat, run);
            System.out.printf(Locale.ROOT, "%-36s %6.1f ms %6.1f ms %6.1f ms %6.1f ms%n", name, t.firstMs(), t.medianMs(), t.p95Ms(),
                    t.maxMs());
        });
        return 0;
    }
}
