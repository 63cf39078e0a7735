package org.bilateral.worldjob.synthetic;

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

class GenerateCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new CommandLine(WorldJob.class).execute(args);
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    @Test
    void generateWritesOneGzipPerReporterAndYearAndSaysTheRows() throws IOException {
        int exit = run("generate", "--out", temp.toString(), "--reporters", "3", "--products", "30", "--from", "2019", "--to", "2020",
                "--seed", "7");

        assertThat(exit).isZero();
        try (Stream<Path> files = Files.list(temp)) {
            // 3 reporters (China 156, the US 842, Vietnam 704) × 2 years = 6 files
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "SYNTHETIC-FINAL-CA1562019H5.txt.gz", "SYNTHETIC-FINAL-CA1562020H5.txt.gz",
                    "SYNTHETIC-FINAL-CA8422019H5.txt.gz", "SYNTHETIC-FINAL-CA8422020H5.txt.gz",
                    "SYNTHETIC-FINAL-CA7042019H5.txt.gz", "SYNTHETIC-FINAL-CA7042020H5.txt.gz");
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("6 files, ").contains(" rows (synthetic)");
    }

    @Test
    void generateNeedsEitherAFolderOrAStoreAndItsHelpSaysStraightIntoSkipsTheBulkReader() {
        assertThat(run("generate", "--reporters", "3", "--products", "30", "--from", "2019", "--to", "2020", "--seed", "7")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("give either --out DIR or --straight-into STORE");

        assertThat(run("generate", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ")).contains("SKIPS THE BULK READER")
                .contains("about 5% of products");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Could not format");
    }
}
