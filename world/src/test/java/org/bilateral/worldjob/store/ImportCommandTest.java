package org.bilateral.worldjob.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.worldjob.store.BulkLinesFixture.HEADER;
import static org.bilateral.worldjob.store.BulkLinesFixture.row;
import static org.bilateral.worldjob.store.BulkLinesFixture.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.bilateral.worldjob.WorldJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new CommandLine(WorldJob.class).execute(args);
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void aGoodFileIsImportedWithExitZeroAndTheReportSaysItsRowsAndPartition() throws IOException {
        Path file = BulkLinesFixture.write(temp, "COMTRADE-FINAL-CA7042019H5.txt", text(HEADER, List.of(
                row("M", "156", "TOTAL", "-1", "", "1000.5"), row("M", "156", "850440", "8", "20", "600.25"))));
        Path report = temp.resolve("report.json");

        int exit = run("import", "--store", temp.resolve("world").toString(), "--report", report.toString(), file.toString());

        assertThat(exit).isZero();
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        JsonNode only = json.get("files").get(0);
        assertThat(only.get("outcome").asText()).isEqualTo("imported");
        assertThat(only.get("rowsKept").asLong()).isEqualTo(2);
        assertThat(only.get("partitions").get(0).get("year").asInt()).isEqualTo(2019);
        assertThat(only.get("partitions").get(0).get("reporter").asInt()).isEqualTo(704);
        assertThat(only.get("sha256").asText()).hasSize(64);
        assertThat(json.get("rowsPerSecond").asDouble()).isPositive();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("file 1/1: COMTRADE-FINAL-CA7042019H5.txt");
    }

    @Test
    void aRefusedFileGivesExitTwoWithItsProblemsInTheReportWhileTheOtherIsImported() throws IOException {
        Path bad = BulkLinesFixture.write(temp, "bad.txt", text(HEADER, List.of(row("M", "156", "TOTAL", "-1", "", "12,5"))));
        Path good = BulkLinesFixture.write(temp, "good.txt", text(HEADER, List.of(row("M", "156", "TOTAL", "-1", "", "1"))));
        Path report = temp.resolve("report.json");

        int exit = run("import", "--store", temp.resolve("world").toString(), "--report", report.toString(), bad.toString(), good.toString());

        assertThat(exit).isEqualTo(2);
        JsonNode files = new ObjectMapper().readTree(report.toFile()).get("files");
        assertThat(files.get(0).get("outcome").asText()).isEqualTo("refused");
        assertThat(files.get(0).get("problems").get(0).asText()).isEqualTo("bad.txt, line 2, field primaryValue: \"12,5\" is not "
                + "a non-negative amount in US dollars below 10,000,000,000,000,000 with at most 6 decimals");
        assertThat(files.get(1).get("outcome").asText()).isEqualTo("imported");
    }

    @Test
    void aCommandLineWithoutTheReportIsAFailureNotARefusalSinceNoReportSaysWhy() {
        // picocli's own exit code for a usage error is 2, which would read as "a file was refused"
        assertThat(run("import", "--store", temp.resolve("world").toString(), "some.txt")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Missing required option: '--report=<report>'");
    }

    @Test
    void aFailureGivesExitOneAndAMessageWithoutAStackTraceUnlessVerbose() {
        String missing = temp.resolve("no-such-file.txt").toString();
        String[] args = {"import", "--store", temp.resolve("world").toString(), "--report", temp.resolve("r.json").toString(), missing};

        assertThat(run(args)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("import failed: ").contains("no-such-file.txt").doesNotContain("\tat ");
        assertThat(temp.resolve("world")).doesNotExist();

        err.reset();
        String[] verbose = java.util.stream.Stream.concat(java.util.stream.Stream.of(args), java.util.stream.Stream.of("--verbose"))
                .toArray(String[]::new);
        assertThat(run(verbose)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("\tat ");
    }
}
