package org.bilateral.extraction.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.bilateral.extraction.reading.TinyCorpus;
import org.bilateral.workbench.HelpWithoutDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bilateral bench-extraction} as the launcher runs it, without a database; what it reports, not how fast. */
class ExtractionBenchCommandTest {

    @TempDir Path dir;

    @Test
    void theBenchReportsTheModelsLoadAndReadsTheGivenCorpusFoldersOnOneThreadWithTheirPeakHeap() {
        TinyCorpus.write(dir);
        PrintStream out = System.out;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            var answered = HelpWithoutDatabase.answer(new String[] {"bench-extraction", "--documents", "4", "--rounds", "1",
                    dir.resolve("north").toString(), dir.resolve("south").toString()});
            assertThat(answered).as("run before the application (and its database) starts").isPresent();
            code = answered.getAsInt();
        } finally {
            System.setOut(out);
        }
        String printed = stdout.toString(StandardCharsets.UTF_8);
        assertThat(code).as(printed).isZero();
        assertThat(printed.lines().findFirst().orElseThrow()).startsWith("shipped models loaded in ").contains("peak heap while loading");
        assertThat(printed).contains("4 generated press releases", "6 documents of 2 corpus folder(s)");
        assertThat(printed.lines().filter(l -> l.startsWith("pass 1: ") && l.contains("documents/s") && l.contains("; on the CPU"))).hasSize(2);
        assertThat(printed.lines().filter(l -> l.startsWith("peak heap during the timed passes"))).hasSize(2);
    }
}
