package org.bilateral.extraction.bench;

import org.jspecify.annotations.Nullable;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bilateral.extraction.Extraction;
import org.bilateral.extraction.KnownNames;
import org.bilateral.extraction.PressRelease;
import org.bilateral.extraction.reading.Corpus;
import org.bilateral.extraction.reading.PressReleaseReader;
import org.bilateral.extraction.reading.ReaderModels;
import org.bilateral.workbench.CliCommand;
import org.bilateral.workbench.WithoutDatabase;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Component
@Command(name = "bench-extraction", description = {
        "Benchmark: read generated press releases of realistic length on one thread; documents per second and peak memory.",
        "With --lengths, reads one long release of each length (generated releases told one after another) and reports the",
        "seconds per read and per thousand characters, which stay level when reading is linear in the text.",
        "Reports first how long the shipped models take to load. Given corpus folders, also reads their documents on one",
        "thread and reports documents per second and peak memory. Touches no database."})
class ExtractionBenchCommand implements Callable<Integer>, CliCommand, WithoutDatabase {

    @Parameters(arity = "0..*", paramLabel = "CORPUS_DIR", description = "corpus folders whose documents are read too")
    @Nullable List<Path> corpus;

    @Option(names = "--documents", defaultValue = "2000")
    int documents;

    @Option(names = "--rounds", defaultValue = "3", description = "timed passes over the documents after one warm-up pass")
    int rounds;

    @Option(names = "--seed", defaultValue = "7")
    long seed;

    @Option(names = "--lengths", split = ",", description = "characters of the long releases to read, e.g. 10000,50000,200000")
    @Nullable List<Integer> lengths;

    @Override
    public Integer call() {
        loadModels();
        if (lengths != null && !lengths.isEmpty()) {
            return byLength(lengths);
        }
        List<PressRelease> reports = GeneratedReports.generate(documents, seed);
        PressReleaseReader reader = new PressReleaseReader(KnownNames.none());
        timed(reader, reports, "generated press releases");
        if (corpus != null && !corpus.isEmpty()) {
            List<PressRelease> read = new ArrayList<>();
            for (Path folder : corpus) {
                Corpus.read(folder).forEach(d -> read.add(new PressRelease(d.name(), d.text())));
            }
            System.out.println();
            timed(reader, read, "documents of " + corpus.size() + " corpus folder(s)");
        }
        return 0;
    }

    /**
     * The shipped models loaded cold, before anything else of the reader, and the heap they took: what every start of
     * the workbench pays once.
     */
    private static void loadModels() {
        System.gc();
        long before = heapUsed();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        ReaderModels.shipped();
        double ms = (System.nanoTime() - start) / 1e6;
        System.out.printf(Locale.ROOT, "shipped models loaded in %.0f ms; peak heap while loading: %.0f MB (%.0f MB before)%n", ms,
                heapPeak() / 1e6, before / 1e6);
    }

    /** One warm-up pass, then {@code rounds} timed passes on this one thread; the peak heap of the timed passes. */
    private void timed(PressReleaseReader reader, List<PressRelease> reports, String what) {
        long chars = reports.stream().mapToLong(p -> p.text().length()).sum();
        int n = reports.size();
        System.out.printf(Locale.ROOT, "%d %s, %.0f characters each on average%n", n, what, (double) chars / n);
        long facts = pass(reader, reports);
        System.out.printf("warm-up: %d events, people, purchases and issues read%n", facts);
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        var threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            pass(reader, reports);
            double seconds = (System.nanoTime() - start) / 1e9;
            // The thread's own CPU time as well: on a machine others share, the wall clock also counts their work.
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            System.out.printf(Locale.ROOT, "pass %d: %.2f s, %.0f documents/s, %.2f ms per document; on the CPU %.2f s, %.0f documents/s%n",
                    round, seconds, n / seconds, seconds * 1000 / n, cpu, n / cpu);
        }
        System.out.printf(Locale.ROOT, "peak heap during the timed passes: %.0f MB (the documents themselves: %.1f MB)%n", heapPeak() / 1e6,
                chars * 2 / 1e6);
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    /** One release per length, read once to warm up and then {@code rounds} times; the fastest read is reported. */
    private int byLength(List<Integer> lengths) {
        for (int length : lengths) {
            if (length < 1 || length > PressReleaseReader.LONGEST) {
                System.err.printf("--lengths: %,d characters is not a press release's length; give 1 to %,d%n", length, PressReleaseReader.LONGEST);
                return 2;
            }
        }
        PressReleaseReader reader = new PressReleaseReader(KnownNames.none());
        int longest = lengths.stream().mapToInt(Integer::intValue).max().orElse(0);
        String all = GeneratedReports.concatenated(longest, seed);
        System.out.printf("%12s %12s %14s %8s%n", "characters", "best read s", "ms per 1,000", "events");
        for (int length : lengths) {
            PressRelease release = new PressRelease("generated-" + length + ".txt", all.substring(0, length));
            Extraction x = reader.read(release);
            double best = Double.MAX_VALUE;
            for (int round = 1; round <= rounds; round++) {
                long start = System.nanoTime();
                reader.read(release);
                best = Math.min(best, (System.nanoTime() - start) / 1e9);
            }
            System.out.printf("%,12d %12.3f %14.3f %8d%n", length, best, best * 1000 / (length / 1000.0), x.events().size());
        }
        return 0;
    }

    private static long pass(PressReleaseReader reader, List<PressRelease> reports) {
        long facts = 0;
        for (PressRelease p : reports) {
            Extraction x = reader.read(p);
            facts += x.events().size() + x.people().size() + x.commitments().size() + x.issues().size();
        }
        return facts;
    }
}
