package org.bilateral.worldjob.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.bilateral.worldjob.store.BulkReader;
import org.bilateral.worldjob.store.FlowRow;
import org.bilateral.worldjob.store.WorldStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticWorldTest {

    private static final SyntheticWorld SMALL = new SyntheticWorld(new SyntheticWorld.Settings(6, 300, 2018, 2021, 7, null));

    @TempDir
    Path temp;

    private record Line(String flow, int partner, String cmd, long cents, long qty) {
    }

    private static List<Line> rows(SyntheticWorld world, int reporter, int year) throws IOException {
        List<Line> lines = new ArrayList<>();
        world.rows(reporter, year, (flow, partner, cmd, cents, qty) -> lines.add(new Line(flow, partner, cmd, cents, qty)));
        return lines;
    }

    @Test
    void eachLevelIsTheExactSumOfTheLevelBelowAndWorldIsTheSumOfThePartners() throws IOException {
        for (int reporter : SMALL.reporters()) {
            List<Line> lines = rows(SMALL, reporter, 2020);
            Map<String, Long> byKey = new HashMap<>();
            Map<String, Long> childrenSum = new HashMap<>();
            Map<String, Long> partnersSum = new HashMap<>();
            Map<String, Long> partnersQty = new HashMap<>();
            Map<String, Long> worldQty = new HashMap<>();
            for (Line l : lines) {
                byKey.put(l.flow + "/" + l.partner + "/" + l.cmd, l.cents);
                if (!l.cmd.equals("TOTAL")) {
                    String parent = l.cmd.length() == 2 ? "TOTAL" : l.cmd.substring(0, l.cmd.length() - 2);
                    childrenSum.merge(l.flow + "/" + l.partner + "/" + parent, l.cents, Long::sum);
                }
                if (l.partner != 0) {
                    partnersSum.merge(l.flow + "/" + l.cmd, l.cents, Long::sum);
                    if (l.qty >= 0) {
                        partnersQty.merge(l.flow + "/" + l.cmd, l.qty, Long::sum);
                    }
                } else if (l.qty >= 0) {
                    worldQty.put(l.flow + "/" + l.cmd, l.qty);
                }
            }
            // every TOTAL, chapter and heading row equals the sum of the rows one level below it, to the cent
            childrenSum.forEach((key, sum) -> assertThat(byKey.get(key)).as(reporter + " " + key).isEqualTo(sum));
            assertThat(byKey.keySet().stream().filter(k -> !k.matches(".*/\\d{6}"))).allMatch(childrenSum::containsKey);
            // World (partner 0) is, code by code, the sum over the partners, value and kilograms
            partnersSum.forEach((key, sum) -> assertThat(byKey.get(key.replaceFirst("/", "/0/"))).as(reporter + " World " + key).isEqualTo(sum));
            assertThat(worldQty).isEqualTo(partnersQty);
            assertThat(lines.stream().filter(l -> l.qty >= 0)).allMatch(l -> l.cmd.length() == 6);
        }
    }

    @Test
    void theSameSeedGivesTheSameFilesByteForByteAndAnotherSeedOthers() throws IOException {
        SyntheticWorld again = new SyntheticWorld(SMALL.settings());
        SyntheticWorld other = new SyntheticWorld(new SyntheticWorld.Settings(6, 300, 2018, 2021, 8, null));
        Path a = temp.resolve("a.txt.gz");
        Path b = temp.resolve("b.txt.gz");
        Path c = temp.resolve("c.txt.gz");

        SyntheticFiles.writeFile(SMALL, 704, 2020, a);
        SyntheticFiles.writeFile(again, 704, 2020, b);
        SyntheticFiles.writeFile(other, 704, 2020, c);

        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(c));
        assertThat(SMALL.products()).isEqualTo(again.products()).hasSize(300).doesNotHaveDuplicates();
        assertThat(SMALL.planted()).isEqualTo(again.planted()).isNotEmpty();
    }

    @Test
    void theFilesReadBackThroughTheBulkReaderWholeAndMarkedSyntheticOnEveryLine() throws IOException {
        Path file = temp.resolve(SMALL.fileName(704, 2019));
        long written = SyntheticFiles.writeFile(SMALL, 704, 2019, file);
        List<FlowRow> read = new ArrayList<>();

        BulkReader.Summary summary;
        try (InputStream in = Files.newInputStream(file)) {
            summary = BulkReader.read(file.getFileName().toString(), in, read::add);
        }

        assertThat(file.getFileName().toString()).isEqualTo("SYNTHETIC-FINAL-CA7042019H5.txt.gz");
        assertThat(summary.problems()).isEmpty();
        assertThat(summary.synthetic()).isTrue();
        assertThat(summary.rowsKept()).isEqualTo(written).isEqualTo(rows(SMALL, 704, 2019).size());
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(new GZIPInputStream(Files.newInputStream(file))))) {
            List<String> all = lines.lines().toList();
            assertThat(all.get(0).split("\t")).hasSize(35);
            assertThat(all.subList(1, all.size())).allMatch(l -> l.endsWith("\ttrue") && l.split("\t", -1).length == 35);
        }
        // values have at most 2 decimals: written as cents
        assertThat(read).allMatch(r -> r.value().stripTrailingZeros().scale() <= 2);
    }

    @Test
    void theShareMovedThroughTheHubsGrowsByAFifthAYearAfter2018UpToThreeFifths() {
        // 2018 and before: 0; 2019: 0.2 × 1; 2020: 0.2 × 2; 2021: 0.2 × 3 = 0.6; 2024: min(0.6, 0.2 × 6 = 1.2) = 0.6
        assertThat(SyntheticWorld.movedShare(2017)).isZero();
        assertThat(SyntheticWorld.movedShare(2018)).isZero();
        assertThat(SyntheticWorld.movedShare(2019)).isEqualTo(0.2);
        assertThat(SyntheticWorld.movedShare(2020)).isEqualTo(0.4);
        assertThat(SyntheticWorld.movedShare(2021)).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(SyntheticWorld.movedShare(2024)).isEqualTo(0.6);
    }

    @Test
    void inPlantedProductsUsImportsFromChinaFallWhileEachHubsTradeWithBothRisesAtChinasUnitValue() throws IOException {
        Map<String, Line> us2018 = byPartnerAndCode(rows(SMALL, 842, 2018), "M");
        Map<String, Line> us2021 = byPartnerAndCode(rows(SMALL, 842, 2021), "M");
        for (String product : SMALL.planted()) {
            long china2018 = us2018.get("156/" + product).cents;
            long china2021 = us2021.get("156/" + product).cents;
            // China → US keeps 1 − 0.6 = 0.4 of its trade in 2021, against 1 in 2018, growth 1.44/1.32 and noise ±10 % aside:
            // 0.4 × 1.44 / 1.32 × 1.1 / 0.9 = 0.53 at most
            assertThat((double) china2021 / china2018).as(product).isLessThan(0.54);
            for (int hub : SyntheticWorld.HUBS) {
                long hub2018 = us2018.get(hub + "/" + product).cents;
                long hub2021 = us2021.get(hub + "/" + product).cents;
                // each hub carries a third of what left China → US, give or take the CIF margin's 5-8 %
                double moved = china2018 * (1.44 / 1.32) - china2021;
                assertThat(hub2021 - hub2018).as(hub + " " + product).isGreaterThan((long) (moved / 3 * 0.5));
                Line hubLine = us2021.get(hub + "/" + product);
                Line chinaLine = us2021.get("156/" + product);
                if (chinaLine.qty > 0 && hubLine.qty > 0) {
                    double chinaUnit = (double) chinaLine.cents / chinaLine.qty;
                    double hubUnit = (double) hubLine.cents / hubLine.qty;
                    // same unit value underneath; the CIF margins (5 to 8 %) differ by 3 % at most, the rounding of qty aside
                    assertThat(hubUnit / chinaUnit).as(hub + " " + product).isBetween(0.96, 1.04);
                }
            }
        }
        for (int hub : List.of(704, 458, 764)) {
            Map<String, Line> hubImports2018 = byPartnerAndCode(rows(SMALL, hub, 2018), "M");
            Map<String, Line> hubImports2021 = byPartnerAndCode(rows(SMALL, hub, 2021), "M");
            Map<String, Line> hubExports2018 = byPartnerAndCode(rows(SMALL, hub, 2018), "X");
            Map<String, Line> hubExports2021 = byPartnerAndCode(rows(SMALL, hub, 2021), "X");
            for (String product : SMALL.planted()) {
                assertThat(hubImports2021.get("156/" + product).cents).isGreaterThan(hubImports2018.get("156/" + product).cents);
                assertThat(hubExports2021.get("842/" + product).cents).isGreaterThan(hubExports2018.get("842/" + product).cents);
            }
        }
    }

    private static Map<String, Line> byPartnerAndCode(List<Line> lines, String flow) {
        Map<String, Line> map = new HashMap<>();
        lines.stream().filter(l -> l.flow.equals(flow)).forEach(l -> map.put(l.partner + "/" + l.cmd, l));
        return map;
    }

    @Test
    void straightIntoTheStoreWritesTheSameRowsMarkedSyntheticAndASecondRunIsUnchanged() throws IOException {
        SyntheticWorld tiny = new SyntheticWorld(new SyntheticWorld.Settings(3, 40, 2019, 2020, 7, null));
        WorldStore store = WorldStore.at(temp.resolve("world").toString());

        SyntheticFiles.Written written = SyntheticFiles.intoStore(tiny, store, line -> { });

        long expected = 0;
        for (int year = 2019; year <= 2020; year++) {
            for (int reporter : tiny.reporters()) {
                expected += rows(tiny, reporter, year).size();
                assertThat(store.owner(year, reporter).orElseThrow().synthetic()).isTrue();
            }
        }
        // 3 reporters × 2 years = 6 partitions
        assertThat(written.files()).isEqualTo(6);
        assertThat(written.rows()).isEqualTo(expected);
        List<String> outcomes = new ArrayList<>();
        SyntheticFiles.intoStore(tiny, store, line -> outcomes.add(line.split("\t")[1]));
        assertThat(outcomes).hasSize(6).containsOnly("unchanged");
    }

    @Test
    void amountsWrittenAsCentsReadBackExactly() throws IOException {
        Path file = temp.resolve("one.txt.gz");
        SyntheticFiles.writeFile(SMALL, 156, 2020, file);
        List<FlowRow> read = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            BulkReader.read("one", in, read::add);
        }
        List<Line> generated = rows(SMALL, 156, 2020);
        for (int i = 0; i < generated.size(); i += 97) {
            // cents 12345 → 123.45 → 123.450000
            assertThat(read.get(i).value()).isEqualTo(BigDecimal.valueOf(generated.get(i).cents, 2).setScale(6));
        }
    }

    @Test
    void aPlannedWorldTakesFiveThousandProductsAndTheReportersThatBringItNearestTheRowsAsked() {
        // 10 M rows: 14 reporters, each with 20 partners (the least), 5,000 products; the estimate per partner and flow
        // is 0.25 × 5,000 HS6 + the headings and chapters traded + TOTAL, about 2,117 rows:
        // 8 years × 14 × 2 flows × (20 partners + World) × 2,117 ≈ 9.96 M, nearer 10 M than 13 reporters' 9.25 M
        SyntheticWorld.Settings ten = SyntheticWorld.plan(10_000_000, 2017, 2024, 35);
        assertThat(ten).isEqualTo(new SyntheticWorld.Settings(14, 5000, 2017, 2024, 35, null));
        assertThat(new SyntheticWorld(ten).expectedRows()).isBetween(9_900_000L, 10_000_000L);
        assertThat(new SyntheticWorld(new SyntheticWorld.Settings(13, 5000, 2017, 2024, 35, null)).expectedRows())
                .isBetween(9_200_000L, 9_300_000L);
        // 100 M rows: more reporters than 15 give each R + 5 - 1 partners: 8 × R × 2 × (R + 5) × 2,117 ≈ 100 M at R ≈ 51
        assertThat(SyntheticWorld.plan(100_000_000, 2017, 2024, 35).reporters()).isEqualTo(51);
    }

    @Test
    void aPlannedSmallWorldKeepsTheRouteAndHoldsAboutTheRowsAsked() throws IOException {
        // below China, the US and Vietnam at 5,000 products (some 2.1 M rows over 8 years), fewer products
        SyntheticWorld world = new SyntheticWorld(SyntheticWorld.plan(50_000, 2017, 2024, 35));
        assertThat(world.reporters()).containsExactly(156, 842, 704);
        assertThat(world.settings().products()).isLessThan(5000);
        long rows = 0;
        for (int year = 2017; year <= 2024; year++) {
            for (int reporter : world.reporters()) {
                rows += rows(world, reporter, year).size();
            }
        }
        // an estimate: within a quarter of the rows asked (the World rows, the union of the partners', are more than one partner's)
        assertThat(rows).isBetween(37_500L, 62_500L);
    }

    @Test
    void theGeneratorsCountriesCarryTheirTwoLetterCodes() {
        java.util.Map<Integer, String> countries = SyntheticWorld.countries();
        assertThat(countries).hasSize(SyntheticWorld.COUNTRIES.length).containsEntry(156, "CN").containsEntry(842, "US")
                .containsEntry(704, "VN").containsEntry(458, "MY").containsEntry(764, "TH").containsEntry(352, "IS");
        assertThat(new java.util.HashSet<>(countries.values())).hasSize(countries.size());
    }
}
