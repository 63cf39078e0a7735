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

    @Test
    void onlyReportersWritesTheirFilesByteForByteAsTheWholeWorldDoes() throws IOException {
        Path whole = temp.resolve("whole");
        Path route = temp.resolve("route");
        String[] settings = {"--reporters", "6", "--products", "80", "--from", "2018", "--to", "2020", "--seed", "11"};
        assertThat(run(concat(new String[] {"generate", "--out", whole.toString()}, settings))).isZero();
        assertThat(run(concat(new String[] {"generate", "--out", route.toString(), "--only-reporters", "842,156,704"}, settings))).isZero();

        java.util.List<String> names;
        try (Stream<Path> files = Files.list(route)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        // 3 reporters × 3 years (2018–2020) = 9 files of the whole world's 6 × 3 = 18
        assertThat(names).hasSize(9).allMatch(n -> n.matches("SYNTHETIC-FINAL-CA(842|156|704)20(18|19|20)H5\\.txt\\.gz"));
        for (String name : names) {
            assertThat(Files.readAllBytes(route.resolve(name))).as(name).isEqualTo(Files.readAllBytes(whole.resolve(name)));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("9 files, ").contains("reporters [842, 156, 704] only");
    }

    @Test
    void onlyReportersRefusesAReporterOutsideTheWorld() {
        // a world of 3 reporters holds China, the US and Vietnam; Malaysia (458) is the fourth
        assertThat(run("generate", "--out", temp.toString(), "--only-reporters", "458", "--reporters", "3", "--products", "30",
                "--from", "2019", "--to", "2019", "--seed", "7")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("reporter 458 is not among this world's 3 reporters");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
