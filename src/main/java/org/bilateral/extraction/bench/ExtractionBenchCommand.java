package org.bilateral.extraction.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.Callable;
import org.bilateral.extraction.Extraction;
import org.bilateral.extraction.KnownNames;
import org.bilateral.extraction.PressRelease;
import org.bilateral.extraction.reading.PressReleaseReader;
import org.bilateral.workbench.CliCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Component
@Command(name = "bench-extraction", description = {
        "Reads generated press releases of realistic length on one thread and reports documents per second and peak memory.",
        "Touches no database."})
class ExtractionBenchCommand implements Callable<Integer>, CliCommand {

    @Option(names = "--documents", defaultValue = "2000")
    int documents;

    @Option(names = "--rounds", defaultValue = "3", description = "timed passes over the documents after one warm-up pass")
    int rounds;

    @Option(names = "--seed", defaultValue = "7")
    long seed;

    @Override
    public Integer call() {
        List<PressRelease> reports = GeneratedReports.generate(documents, seed);
        long chars = reports.stream().mapToLong(p -> p.text().length()).sum();
        PressReleaseReader reader = new PressReleaseReader(KnownNames.none());
        System.out.printf("%d generated press releases, %.0f characters each on average%n", documents, (double) chars / documents);
        long facts = pass(reader, reports);
        System.out.printf("warm-up: %d events, people, purchases and issues read%n", facts);
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            pass(reader, reports);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("pass %d: %.2f s, %.0f documents/s, %.2f ms per document%n", round, seconds, documents / seconds,
                    seconds * 1000 / documents);
        }
        long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("peak heap during the timed passes: %.0f MB (the documents themselves: %.1f MB)%n", heapPeak / 1e6, chars * 2 / 1e6);
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
