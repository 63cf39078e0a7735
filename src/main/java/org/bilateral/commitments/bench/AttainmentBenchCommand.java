package org.bilateral.commitments.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.bilateral.commitments.targets.Attainment;
import org.bilateral.commitments.targets.PurchaseTarget;
import org.bilateral.commitments.targets.PurchaseTargets;
import org.bilateral.reference.Nomenclature;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsLevel;
import org.bilateral.tradestats.RawFigures;
import org.bilateral.tradestats.StatisticsHeld;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.bilateral.workbench.Benchmarks;
import org.bilateral.workbench.CliCommand;

/**
 * Times attainment on the benchmark's database, after {@code bench} has filled it with millions of Census rows: ten
 * targets, each covering chapters, headings, subheadings and a sector, measured from both sides' statistics.
 */
@Component
@Command(name = "bench-attainment", description = {"Benchmark: time attainment of 10 purchase targets over the benchmark's statistics.",
        "Run `bilateral bench --rows 5000000` first: it leaves them in BILATERAL_HOME/bench."})
class AttainmentBenchCommand implements Callable<Integer>, CliCommand {

    @Option(names = "--targets", defaultValue = "10", description = "how many targets")
    int count;

    @Option(names = "--repeat", defaultValue = "20", description = "timed runs of each target")
    int repeat;

    private final PurchaseTargets targets;
    private final Nomenclature nomenclature;
    private final StatisticsHeld held;
    private final RawFigures raw;

    AttainmentBenchCommand(PurchaseTargets targets, Nomenclature nomenclature, StatisticsHeld held, RawFigures raw) {
        this.raw = raw;
        this.targets = targets;
        this.nomenclature = nomenclature;
        this.held = held;
    }

    @Override
    public Integer call() {
        long figures = Benchmarks.requireFigures(held.figures());
        System.out.printf("Benchmark database: %,d trade figures, %,d totals%n", figures,
                held.totals());
        List<PurchaseTarget> defined = define();
        defined.forEach(t -> targets.define(t, "bench"));
        System.out.printf("%-26s %9s %9s %9s  %s%n", "target", "median", "p95", "max", "covered products, years measured");
        double[] all = new double[repeat];
        List<Attainment> measured = new ArrayList<>();
        for (PurchaseTarget t : defined) {
            for (int i = 0; i < 3; i++) {
                targets.attainment(t.code());
            }
            double[] ms = new double[repeat];
            @Nullable Attainment last = null;
            for (int i = 0; i < repeat; i++) {
                long start = System.nanoTime();
                last = targets.attainment(t.code());
                ms[i] = (System.nanoTime() - start) / 1e6;
                all[i] += ms[i];
            }
            measured.add(java.util.Objects.requireNonNull(last));
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "%-26s %6.1f ms %6.1f ms %6.1f ms  %d products, %d years, %d sides%n", t.code(), ms[ms.length / 2],
                    ms[(int) Math.ceil(ms.length * 0.95) - 1], ms[ms.length - 1], t.products().size(), t.amounts().size(), last == null ? 0 : last.sides().size());
        }
        Arrays.sort(all);
        System.out.printf(Locale.ROOT, "%-26s %6.1f ms %6.1f ms %6.1f ms%n", "all " + defined.size() + " targets", all[all.length / 2],
                all[(int) Math.ceil(all.length * 0.95) - 1], all[all.length - 1]);
        AttainmentBaseline.print(defined, measured, all, repeat, raw, nomenclature);
        return 0;
    }

    /** Targets that cover what real ones do: a few chapters, headings and subheadings of different chapters, and a sector. */
    private List<PurchaseTarget> define() {
        List<String> subheadings = nomenclature.subheadings();
        List<String> chapters = subheadings.stream().map(s -> s.substring(0, 2)).distinct().toList();
        List<String> sectors = nomenclature.sectors().stream().map(s -> s.id()).toList();
        List<PurchaseTarget> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Set<String> used = new LinkedHashSet<>();
            List<PurchaseTarget.CoveredProduct> products = new ArrayList<>();
            String sector = sectors.get(i % sectors.size());
            for (int k = 0; k < 12; k++) {
                String chapter = chapters.get((i * 12 + k) % chapters.size());
                if (!used.add(chapter)) {
                    continue;
                }
                String sub = subheadings.stream().filter(s -> s.startsWith(chapter)).findFirst().orElseThrow();
                HsLevel level = k < 3 ? HsLevel.CHAPTER : k < 8 ? HsLevel.HEADING : HsLevel.SUBHEADING;
                String code = level == HsLevel.CHAPTER ? chapter : level == HsLevel.HEADING ? sub.substring(0, 4) : sub;
                // a code whose lines the target's sector counts would be refused: the same trade counted twice
                if (!nomenclature.sectorsWithin(code).contains(sector)) {
                    products.add(new PurchaseTarget.CoveredProduct("group " + (k % 4 + 1), level, code));
                }
            }
            products.add(new PurchaseTarget.CoveredProduct("sector", HsLevel.SECTOR, sector));
            TreeMap<Integer, BigDecimal> amounts = new TreeMap<>();
            for (int year = 2021; year <= 2024; year++) {
                amounts.put(year, BigDecimal.valueOf(1_000_000_000L * (year - 2020)));
            }
            out.add(new PurchaseTarget("bench-" + (i + 1), "Benchmark target " + (i + 1), CountryCode.of("VN"), CountryCode.of("US"), 2020,
                    i % 2 == 0 ? PurchaseTarget.Basis.ABSOLUTE : PurchaseTarget.Basis.ABOVE_BASELINE, PurchaseTarget.Counts.BOTH, products,
                    amounts, null));
        }
        return out;
    }
}
