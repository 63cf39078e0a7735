package org.bilateral.worldjob.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.bilateral.worldjob.WorldJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The bench end to end on a world of some 50,000 rows: what it says, never how fast (no timed tests). */
class BenchCommandTest {

    @TempDir
    Path temp;

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = new CommandLine(WorldJob.class).execute(args);
        } finally {
            System.setOut(saved);
        }
        String said = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(said).isZero();
        return said;
    }

    @Test
    void aTinyBenchNamesEachFigureSaysSyntheticWritesTheRouteFilesAndASecondRunReusesTheStore() throws IOException {
        Path dir = temp.resolve("bench");
        Path route = temp.resolve("route");
        String[] args = {"bench", "--dir", dir.toString(), "--rows", "50000", "--masters", "local[1]", "--repeat", "1",
                "--route-files", route.toString()};

        String first = run(args);

        assertThat(first).contains("SYNTHETIC worlds").contains("50,000 rows asked (synthetic): 3 reporters")
                .contains("bulk files written (synthetic): 24 files")
                .containsPattern("import of the bulk files \\(synthetic\\): rows read [\\d,]+, rows kept [\\d,]+, [\\d.]+ s, [\\d,]+ rows per second into Parquet")
                .contains("store size on disk: ")
                .contains("route files (synthetic; reporters US 842, CN 156, VN 704")
                .containsPattern("screen on local\\[1], run 1 of 1: session start [\\d.]+ s, job [\\d.]+ s, wall [\\d.]+ s; [\\d,]+ flows read, \\d+ hubs screened \\(synthetic\\)")
                .contains("median on local[1] of the only run (warm-up included)")
                .containsPattern("rows in the store [\\d,]+ \\(synthetic\\), hubs screened \\d+")
                .contains("JVM peak heap used during the screens of 50,000 rows (synthetic)");
        // the world of three reporters is the route's: its 3 reporters × 8 years = 24 files, each the world's own
        try (Stream<Path> files = Files.list(route.resolve("rows-50000"))) {
            assertThat(files.count()).isEqualTo(24);
        }
        assertThat(dir.resolve("rows-50000/bulk")).doesNotExist();
        assertThat(dir.resolve("rows-50000/" + GeneratedWorld.SETTINGS)).exists();

        String second = run(args);

        assertThat(second).contains("reusing the synthetic store generated").doesNotContain("bulk files written")
                .contains("import of the bulk files (synthetic): rows read ");
    }

    @Test
    void aLocalMasterGetsTwiceItsCoresInShufflePartitionsAtLeastFourAsTheScreenCommandGivesIt() {
        // local[1]: max(4, 2 × 1) = 4; local[2]: max(4, 4) = 4; local[3]: max(4, 6) = 6; local: one core, 4
        assertThat(BenchCommand.shufflePartitions("local[1]")).contains(4);
        assertThat(BenchCommand.shufflePartitions("local[2]")).contains(4);
        assertThat(BenchCommand.shufflePartitions("local[3]")).contains(6);
        assertThat(BenchCommand.shufflePartitions("local")).contains(4);
        // a cluster's master keeps its own setting
        assertThat(BenchCommand.shufflePartitions("spark://host:7077")).isEmpty();
    }
}
