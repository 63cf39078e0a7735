package org.bilateral.briefs.bench;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bilateral.briefs.BriefFiles;
import org.bilateral.briefs.BriefForm;
import org.bilateral.briefs.BriefFormat;
import org.bilateral.briefs.Briefs;
import org.bilateral.tradestats.RawFigures;
import org.bilateral.workbench.Benchmarks;
import org.bilateral.workbench.CliCommand;
import org.bilateral.workbench.ProcessMemory;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Times a brief of VN–US on the database at hand (the demonstration's, or the benchmark's of 5 million rows): composing
 * it, then writing each format, the median of the runs, and the peak memory.
 */
@Component
@Command(name = "bench-brief", description = {"Benchmark: the time to compose a VN–US brief and to write it as PDF, DOCX, XLSX and HTML.",
        "It uses the statistics of this home (e.g. after `serve --demo`, or `bench --rows 5000000`)."})
class BriefBenchCommand implements Callable<Integer>, CliCommand {

    @Option(names = "--repeat", defaultValue = "5", description = "timed runs of each")
    int repeat;

    @Option(names = "--for", description = "the brief's date (default: today)")
    @Nullable String forDate;

    private final Briefs briefs;
    private final BriefFiles files;
    private final RawFigures raw;

    BriefBenchCommand(Briefs briefs, BriefFiles files, RawFigures raw) {
        this.raw = raw;
        this.briefs = briefs;
        this.files = files;
    }

    @Override
    public Integer call() {
        String day = forDate == null ? LocalDate.now().toString() : forDate;
        for (String lang : new String[] {"vi", "en"}) {
            BriefForm form = new BriefForm("VN", "US", day, null, null, lang);
            Benchmarks.Timing<Briefs.Kept> made = Benchmarks.time(repeat, () -> briefs.make(form.request(), "bench"));
            Briefs.Kept kept = made.result();
            System.out.printf(Locale.ROOT, "[%s] compose and keep: first %.0f ms, median %.0f ms, p95 %.0f ms, max %.0f ms%s%n", lang,
                    made.firstMs(), made.medianMs(), made.p95Ms(), made.maxMs(), kept.brief().synthetic() ? " (synthetic statistics)" : "");
            if (lang.equals("vi")) {
                BriefBaseline.print(kept.brief(), made.medianMs(), repeat, raw);
            }
            for (BriefFormat f : BriefFormat.values()) {
                Benchmarks.Timing<BriefFiles.File> written = Benchmarks.time(repeat, () -> files.write(kept, f));
                System.out.printf(Locale.ROOT, "[%s] %-4s first %6.0f ms, median %6.0f ms, %,d bytes%n", lang, f.extension(),
                        written.firstMs(), written.medianMs(), written.result().bytes().length);
            }
        }
        System.out.printf("peak JVM heap %d MB%n", ProcessMemory.peakHeapMb());
        return 0;
    }
}
