package org.bilateral.worldjob.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.worldjob.store.BulkLinesFixture.HEADER;
import static org.bilateral.worldjob.store.BulkLinesFixture.row;
import static org.bilateral.worldjob.store.BulkLinesFixture.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorldStoreTest {

    private static SparkSession spark;

    @TempDir
    Path temp;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("WorldStoreTest")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    /** Vietnam's 2019: M from China (TOTAL and one HS6), M from World, X to the US, and one breakdown skipped. */
    private Path vietnam2019() throws IOException {
        return BulkLinesFixture.write(temp, "COMTRADE-FINAL-CA7042019H5.txt", text(HEADER, List.of(
                row("M", "156", "TOTAL", "-1", "", "1000.5"),
                row("M", "156", "850440", "8", "20", "600.25"),
                row("M", "0", "TOTAL", "-1", "", "5000"),
                row("X", "842", "850440", "8", "10", "400.125"),
                String.join("\t", "A", "2019", "704", "M", "156", "0", "H5", "850440", "C01", "0", "0", "8", "5", "99"))));
    }

    private Path store() {
        return temp.resolve("world");
    }

    private ImportReport importing(Path... files) throws IOException {
        return WorldStore.at(store().toString()).importFiles(Stream.of(files).map(Path::toString).toList(), false, line -> { });
    }

    @Test
    void aFileIsWrittenAsParquetThatSparkReadsWithExactDecimalsAndThePartitionColumns() throws IOException {
        ImportReport report = importing(vietnam2019());

        assertThat(report.files()).singleElement().satisfies(f -> {
            assertThat(f.outcome()).isEqualTo("imported");
            assertThat(f.rowsKept()).isEqualTo(4);
            assertThat(f.partitions()).containsExactly(new PartitionRows(2019, 704, 4));
        });
        assertThat(report.rowsPerSecond()).isPositive();
        var flows = spark.read().parquet(WorldStore.at(store().toString()).flows());
        assertThat(flows.schema().apply("value").dataType()).isEqualTo(DataTypes.createDecimalType(38, 6));
        assertThat(flows.schema().apply("qty").dataType()).isEqualTo(DataTypes.createDecimalType(38, 6));
        assertThat(flows.schema().apply("year").dataType()).isEqualTo(DataTypes.IntegerType);
        assertThat(flows.schema().apply("reporter").dataType()).isEqualTo(DataTypes.IntegerType);
        Map<String, BigDecimal> byFlow = new TreeMap<>();
        for (Row r : flows.groupBy("flow").sum("value").collectAsList()) {
            byFlow.put(r.getString(0), r.getDecimal(1));
        }
        // M: 1000.5 + 600.25 + 5000 = 6600.75; X: 400.125 (the C01 row of 99 is a breakdown, skipped)
        assertThat(byFlow).containsOnly(Map.entry("M", new BigDecimal("6600.750000")), Map.entry("X", new BigDecimal("400.125000")));
        Row hs6 = flows.where("cmd = '850440' and flow = 'M'").select("year", "reporter", "partner", "classification", "qty_unit", "qty")
                .collectAsList().get(0);
        assertThat(hs6.getInt(0)).isEqualTo(2019);
        assertThat(hs6.getInt(1)).isEqualTo(704);
        assertThat(hs6.getInt(2)).isEqualTo(156);
        assertThat(hs6.getString(3)).isEqualTo("H5");
        assertThat(hs6.getInt(4)).isEqualTo(8);
        assertThat(hs6.getDecimal(5)).isEqualTo(new BigDecimal("20.000000"));
        assertThat(flows.where("cmd = 'TOTAL'").select("qty_unit", "qty").collectAsList())
                .allSatisfy(r -> assertThat(r.isNullAt(0) && r.isNullAt(1)).isTrue());
    }

    @Test
    void theManifestSaysWhatWasReadKeptAndSkippedAndWhoOwnsThePartition() throws IOException {
        String sha = importing(vietnam2019()).files().get(0).sha256();
        WorldStore world = WorldStore.at(store().toString());

        ManifestEntry entry = world.file(sha).orElseThrow();
        // 5 rows read, 4 kept, the C01 row skipped as a breakdown
        assertThat(entry.rowsRead()).isEqualTo(5);
        assertThat(entry.rowsKept()).isEqualTo(4);
        assertThat(entry.skipped()).containsExactly(Map.entry(BulkReader.BREAKDOWNS, 1L));
        assertThat(entry.name()).isEqualTo("COMTRADE-FINAL-CA7042019H5.txt");
        assertThat(entry.synthetic()).isFalse();
        assertThat(world.owner(2019, 704)).contains(new PartitionOwner(sha, "COMTRADE-FINAL-CA7042019H5.txt", false));
        assertThat(store().resolve("flows/year=2019/reporter=704/part-" + sha.substring(0, 12) + ".parquet")).exists();
        assertThat(store().resolve("_staging")).doesNotExist();
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndSaysUnchanged() throws IOException {
        Path file = vietnam2019();
        importing(file);
        Map<String, String> before = snapshot(store());

        ImportReport again = importing(file);

        assertThat(again.files()).singleElement().satisfies(f -> {
            assertThat(f.outcome()).isEqualTo("unchanged");
            assertThat(f.rowsKept()).isEqualTo(4);
        });
        assertThat(snapshot(store())).isEqualTo(before);
    }

    @Test
    void aRevisedFileReplacesThePartitionItTouchesAndTheOldOwnersFileIsRemoved() throws IOException {
        String first = importing(vietnam2019()).files().get(0).sha256();
        Path china = BulkLinesFixture.write(temp, "COMTRADE-FINAL-CA1562019H5.txt", text(HEADER, List.of(
                row("X", "704", "TOTAL", "-1", "", "777").replaceFirst("\t704\t", "\t156\t"))));
        Path revision = BulkLinesFixture.write(temp, "COMTRADE-FINAL-CA7042019H5-revised.txt", text(HEADER, List.of(
                row("M", "156", "TOTAL", "-1", "", "1100"))));
        importing(china);

        ImportReport report = importing(revision);

        String second = report.files().get(0).sha256();
        assertThat(report.files().get(0).outcome()).isEqualTo("imported");
        assertThat(store().resolve("flows/year=2019/reporter=704/part-" + first.substring(0, 12) + ".parquet")).doesNotExist();
        assertThat(store().resolve("flows/year=2019/reporter=704/part-" + second.substring(0, 12) + ".parquet")).exists();
        assertThat(WorldStore.at(store().toString()).owner(2019, 704).orElseThrow().file()).isEqualTo(second);
        var flows = spark.read().parquet(WorldStore.at(store().toString()).flows());
        // Vietnam now holds only the revision's 1100; China's 777 is untouched: 1100 + 777 = 1877
        assertThat(flows.where("reporter = 704").count()).isEqualTo(1);
        assertThat(flows.agg(org.apache.spark.sql.functions.sum("value")).first().getDecimal(0))
                .isEqualTo(new BigDecimal("1877.000000"));
        // and the first file, no longer owning its partition, is read again if imported again (it is a revision back)
        assertThat(importing(vietnam2019()).files().get(0).outcome()).isEqualTo("imported");
    }

    @Test
    void twoFilesOfOneImportHoldingOnePartitionAreRefusedBeforeAnythingIsWritten() throws IOException {
        Path one = vietnam2019();
        Path other = BulkLinesFixture.write(temp, "other.txt", text(HEADER, List.of(row("M", "156", "TOTAL", "-1", "", "1"))));
        Path third = BulkLinesFixture.write(temp, "china.txt", text(HEADER, List.of(
                row("X", "704", "TOTAL", "-1", "", "777").replaceFirst("\t704\t", "\t156\t"))));

        ImportReport report = importing(one, other, third);

        assertThat(report.files()).extracting(FileOutcome::outcome).containsExactly("refused", "refused", "refused");
        assertThat(report.files().get(0).problems()).containsExactly("COMTRADE-FINAL-CA7042019H5.txt: COMTRADE-FINAL-CA7042019H5.txt "
                + "and other.txt both hold partition year=2019/reporter=704: import them one at a time, the revision last");
        assertThat(report.files().get(2).problems().get(0)).startsWith("china.txt: not imported, as the import is refused: ");
        assertThat(report.anyRefused()).isTrue();
        assertThat(store()).satisfiesAnyOf(s -> assertThat(s).doesNotExist(), s -> assertThat(snapshot(s)).isEmpty());
    }

    @Test
    void aRefusedFileLeavesTheStoreByteForByteAsItWasWhileTheOtherFilesAreKept() throws IOException {
        importing(vietnam2019());
        Map<String, String> before = snapshot(store());
        Path bad = BulkLinesFixture.write(temp, "bad.txt", text(HEADER, List.of(
                row("M", "156", "TOTAL", "-1", "", "1").replace("\t704\t", "\t410\t"),
                row("M", "156", "850440", "8", "20", "12,5").replace("\t704\t", "\t410\t"))));

        ImportReport report = importing(bad);

        assertThat(report.files().get(0).problems()).containsExactly("bad.txt, line 3, field primaryValue: \"12,5\" is not a "
                + "non-negative amount in US dollars below 10,000,000,000,000,000 with at most 6 decimals");
        assertThat(snapshot(store())).containsOnlyKeys(before.keySet());
        assertThat(snapshot(store())).isEqualTo(before);
        Path good = BulkLinesFixture.write(temp, "korea.txt", text(HEADER, List.of(
                row("M", "156", "TOTAL", "-1", "", "1").replace("\t704\t", "\t410\t"))));
        assertThat(importing(bad, good).files()).extracting(FileOutcome::outcome).containsExactly("refused", "imported");
    }

    @Test
    void aFileGivenTwiceInOneImportIsReadOnceAndReportedTwiceAlike() throws IOException {
        Path file = vietnam2019();
        Path copy = Files.copy(file, temp.resolve("copy.txt"));

        ImportReport report = importing(file, copy);

        assertThat(report.files()).extracting(FileOutcome::name).containsExactly("COMTRADE-FINAL-CA7042019H5.txt", "copy.txt");
        assertThat(report.files()).extracting(FileOutcome::outcome).containsExactly("imported", "imported");
        assertThat(report.files()).extracting(FileOutcome::rowsKept).containsExactly(4L, 4L);
        assertThat(WorldStore.at(store().toString()).owner(2019, 704).orElseThrow().name()).isEqualTo("COMTRADE-FINAL-CA7042019H5.txt");
    }

    @Test
    void aFileUriStoreIsTheSameStoreAsItsPlainPath() throws IOException {
        Path file = vietnam2019();
        WorldStore byUri = WorldStore.at(store().toUri().toString());
        byUri.importFiles(List.of(file.toUri().toString()), true, line -> { });

        assertThat(WorldStore.at(store().toString()).owner(2019, 704).orElseThrow().synthetic()).isTrue();
        assertThat(importing(file).files().get(0).outcome()).isEqualTo("unchanged");
        assertThat(spark.read().parquet(byUri.flows()).count()).isEqualTo(4);
    }

    @Test
    void aGeneratedWorldImportedAndReadWithSparkHasWorldEqualToTheSumOfThePartnersInEveryReporterAndFlow() throws IOException {
        var world = new org.bilateral.worldjob.synthetic.SyntheticWorld(
                new org.bilateral.worldjob.synthetic.SyntheticWorld.Settings(3, 40, 2020, 2020, 7, null));
        org.bilateral.worldjob.synthetic.SyntheticFiles.write(world, temp.resolve("generated"), line -> { });
        List<Path> files;
        try (Stream<Path> listed = Files.list(temp.resolve("generated"))) {
            files = listed.sorted().toList();
        }

        ImportReport report = importing(files.toArray(Path[]::new));

        assertThat(report.files()).extracting(FileOutcome::outcome).containsOnly("imported");
        WorldStore store = WorldStore.at(store().toString());
        assertThat(store.owner(2020, 704).orElseThrow().synthetic()).isTrue();
        var totals = spark.read().parquet(store.flows()).where("cmd = 'TOTAL'");
        List<Row> byReporterAndFlow = totals.groupBy("reporter", "flow")
                .agg(org.apache.spark.sql.functions.sum(org.apache.spark.sql.functions.when(
                                org.apache.spark.sql.functions.col("partner").equalTo(0), org.apache.spark.sql.functions.col("value"))).as("world"),
                        org.apache.spark.sql.functions.sum(org.apache.spark.sql.functions.when(
                                org.apache.spark.sql.functions.col("partner").notEqual(0), org.apache.spark.sql.functions.col("value"))).as("partners"))
                .collectAsList();
        // 3 reporters × 2 flows, each World TOTAL the exact sum of its partners' TOTALs
        assertThat(byReporterAndFlow).hasSize(6).allSatisfy(r -> assertThat(r.getDecimal(2)).isEqualTo(r.getDecimal(3)));
    }

    /** Every file under a folder with its bytes (the store's whole state). */
    static Map<String, String> snapshot(Path folder) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(folder)) {
            return files;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            List<Path> paths = new ArrayList<>(all.toList());
            for (Path p : paths) {
                files.put(folder.relativize(p).toString() + (Files.isDirectory(p) ? "/" : ""),
                        Files.isDirectory(p) ? "" : java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.remove("/");
        return files;
    }
}
