package org.bilateral.worldjob.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.bilateral.worldjob.screen.SmallWorld.AREAS_NES;
import static org.bilateral.worldjob.screen.SmallWorld.CN;
import static org.bilateral.worldjob.screen.SmallWorld.KG;
import static org.bilateral.worldjob.screen.SmallWorld.MY;
import static org.bilateral.worldjob.screen.SmallWorld.TH;
import static org.bilateral.worldjob.screen.SmallWorld.US;
import static org.bilateral.worldjob.screen.SmallWorld.VN;
import static org.bilateral.worldjob.screen.SmallWorld.WORLD;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorldScreenTest {

    private static SparkSession spark;

    @TempDir
    Path dir;

    /** oneHub screened 2017–2020, which four tests read (a screen takes seconds: the class screens it once). */
    private static WorldScreen.Run oneHubRun;
    /** Where oneHub is written for the class (read, never changed, by the tests). */
    private static Path oneHubStore;

    @BeforeAll
    static void startAndScreenOneHub(@TempDir Path shared) throws IOException {
        spark = SmallWorld.session();
        oneHub().write(spark, shared, true);
        oneHubStore = shared;
        oneHubRun = WorldScreen.run(spark, new ScreenAsked(shared.toString(), CN, US, 2017, 2020, ScreenAsked.defaultEvent(2017, 2020), 0.06,
                50, SmallWorld.known(), Carries.NONE), line -> { });
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /**
     * One hub (VN) of the route CN → US, 2017–2020, event 2018 (before: 2017; after: 2019 and 2020), two products. 850440
     * is rerouted; 940360 only grows. The US also imports from "Areas, nes", which is no hub.
     */
    static SmallWorld oneHub() {
        SmallWorld w = new SmallWorld()
                .years(US, "M", CN, "850440", 2017, "1000", "900", "600", "400")
                .years(US, "M", CN, "940360", 2017, "200", "200", "200", "200")
                .years(US, "M", VN, "TOTAL", 2017, "1000", "1200", "1500", "1800")
                .years(US, "M", VN, "940360", 2017, "150", "160", "180", "200")
                .years(VN, "M", CN, "940360", 2017, "40", "40", "45", "50")
                .years(VN, "X", US, "850440", 2017, "90", "130", "300", "400")
                .years(VN, "X", US, "940360", 2017, "150", "160", "180", "200")
                .years(CN, "X", WORLD, "850440", 2017, "5000", "5200", "5600", "6000")
                .years(CN, "X", WORLD, "940360", 2017, "1000", "1000", "1000", "1000")
                .years(VN, "X", WORLD, "850440", 2017, "1000", "1100", "1300", "1400")
                .years(VN, "X", WORLD, "940360", 2017, "500", "500", "500", "500")
                .years(US, "M", WORLD, "850440", 2017, "3000", "3100", "3200", "3300")
                .years(US, "M", WORLD, "940360", 2017, "1000", "1000", "1000", "1000")
                .line(US, "M", AREAS_NES, "850440", 2017, "50");
        // the two flows a rerouted good passes through, with their quantities in kg (none given in 2018)
        w.line(US, "M", VN, "850440", 2017, "100", KG, "10").line(US, "M", VN, "850440", 2018, "150")
                .line(US, "M", VN, "850440", 2019, "400", KG, "50").line(US, "M", VN, "850440", 2020, "600", KG, "100");
        w.line(VN, "M", CN, "850440", 2017, "80", KG, "10").line(VN, "M", CN, "850440", 2018, "120")
                .line(VN, "M", CN, "850440", 2019, "350", KG, "50").line(VN, "M", CN, "850440", 2020, "500", KG, "100");
        return w;
    }

    private ScreenAsked asked(Path store, int from, int to) {
        return new ScreenAsked(store.toString(), CN, US, from, to, ScreenAsked.defaultEvent(from, to), 0.06, 50, SmallWorld.known(), Carries.NONE);
    }

    private WorldScreen.Run screen(SmallWorld world, int from, int to) throws IOException {
        return screen(world, from, to, Carries.NONE);
    }

    private WorldScreen.Run screen(SmallWorld world, int from, int to, Carries carries) throws IOException {
        Path store = dir.resolve("store");
        world.write(spark, store, true);
        return WorldScreen.run(spark, new ScreenAsked(store.toString(), CN, US, from, to, ScreenAsked.defaultEvent(from, to), 0.06, 50,
                SmallWorld.known(), carries), line -> { });
    }

    private static HubResult hub(WorldScreen.Run run, String hub) {
        return run.hubs().stream().filter(h -> h.hub().equals(hub)).findFirst().orElseThrow();
    }

    private static double value(HubResult.Product p, String kind) {
        return p.signals().stream().filter(s -> s.kind().equals(kind)).findFirst().orElseThrow().value();
    }

    private static double rank(HubResult.Product p, String kind) {
        return p.signals().stream().filter(s -> s.kind().equals(kind)).findFirst().orElseThrow().rank();
    }

    @Test
    void aHubsBoundFreundTestPassThroughAndMirrorGapAreTheFiguresWorkedOutByHand() throws IOException {
        WorldScreen.Run run = oneHubRun;

        assertThat(run.hubs()).extracting(HubResult::hub).containsExactly("VN");
        HubResult vn = hub(run, "VN");
        assertThat(vn.productsScreened()).isEqualTo(2);
        assertThat(vn.tradeYear()).isEqualTo(2020);
        // bound in 2020: min(US imports from VN, VN imports from CN) = min(600, 500) + min(200, 50) = 550, of 600 + 200 = 800
        assertThat(vn.boundUsd()).isEqualByComparingTo("550");
        assertThat(vn.hubExportsUsd()).isEqualByComparingTo("800");
        assertThat(vn.share()).isCloseTo(550.0 / 800, within(1e-12)); // 0.6875
        assertThat(vn.missing()).isEmpty();
        assertThat(vn.freundProducts()).isEqualTo(1);

        HubResult.Product rerouted = vn.products().get(0);
        assertThat(rerouted.code()).isEqualTo("850440");
        assertThat(rerouted.rank()).isEqualTo(1);
        assertThat(rerouted.tradeUsd()).isEqualByComparingTo("600");
        // pass-through: hub → US 100 before, (400 + 600) / 2 = 500 after, rise 400; VN's imports from CN 80 before,
        // (350 + 500) / 2 = 425 after, rise 345; min(345, 400) / 400 = 0.8625
        assertThat(value(rerouted, "PASS_THROUGH")).isCloseTo(0.8625, within(1e-12));
        // mirror gap over 2017–2020: the US records 100 + 150 + 400 + 600 = 1250, VN 90 + 130 + 300 + 400 = 920;
        // (1250 − 920) / 920 = 0.358696, less the margin 0.06 = 0.298696
        assertThat(value(rerouted, "MIRROR_GAP")).isCloseTo(330.0 / 920 - 0.06, within(1e-12));
        // diversion: CN's share 1000 / (1000 + 100) = 0.909091 before, (600 + 400) / (1000 + 1000) = 0.5 after
        assertThat(value(rerouted, "DIVERSION")).isCloseTo(1000.0 / 1100 - 0.5, within(1e-12));
        // unit values (kg): before 80/10 = 8 over 100/10 = 10, ratio 0.8; after (350 + 500) / 150 over (400 + 600) / 150,
        // ratio 0.85; rise 0.85 / 0.8 − 1 = 0.0625, beyond the margin 0.06: 0.0025
        assertThat(value(rerouted, "UNIT_VALUE")).isCloseTo(0.0025, within(1e-9));
        // surge: ln(500 / 100) = 1.609438 against VN's TOTAL to the US ln(((1500 + 1800) / 2) / 1000) = ln 1.65 = 0.500775
        // (the US market from the world grew ln(3250 / 3000) = 0.080043, less): 1.609438 − 0.500775 = 1.108663
        assertThat(value(rerouted, "SURGE")).isCloseTo(Math.log(5) - Math.log(1.65), within(1e-12));
        // Freund: (1) CN → US 1000 → 500 falls; (2) CN → VN 80 → 425 and VN → US 100 → 500 rise; (3) CN's rest of the
        // world 5000 − 1000 = 4000 → 5800 − 500 = 5300, ln 1.325 = 0.2814, VN's (as VN records its exports to the US)
        // 1000 − 90 = 910 → 1350 − 350 = 1000, ln(1000 / 910) = 0.0943, CN gains more; (4) 425 / 500 = 85% ≥ 75%.
        // excess: 500 − 100 × 1000 / 910 = 390.10989, over 500 = 0.780220
        assertThat(rerouted.freund()).isCloseTo((500 - 100 * 1000.0 / 910) / 500, within(1e-12));
        assertThat(value(rerouted, "FREUND")).isCloseTo(0.7802197802, within(1e-9));
        // 850440 is the stronger of the two on every signal it shows: each rank 1, score 1
        assertThat(rerouted.score()).isEqualTo(1.0);

        HubResult.Product grower = vn.products().get(1);
        assertThat(grower.code()).isEqualTo("940360");
        assertThat(grower.rank()).isEqualTo(2);
        // pass-through: rise 190 − 150 = 40, covered by 47.5 − 40 = 7.5: 0.1875, the weaker of two: rank 1/2
        assertThat(value(grower, "PASS_THROUGH")).isCloseTo(0.1875, within(1e-12));
        assertThat(rank(grower, "PASS_THROUGH")).isEqualTo(0.5);
        // CN's sales to the US did not fall (200 a year throughout): no diversion, no Freund test
        assertThat(value(grower, "DIVERSION")).isZero();
        assertThat(grower.freund()).isZero();
        // route ranks (0.5 + 0) / 2 = 0.25 (no quantities: unit values not computed), change ranks all 0: score 0
        assertThat(grower.score()).isZero();
    }

    @Test
    void twoHs2017CodesCarriedToOneHs2022CodeAreSummedUnderItWhileAnHs2022LineOfTheOldNumberKeepsIt() throws IOException {
        // the US reports 2020–2021 in HS 2017 (H5); VN reports 2020 in HS 2017 and 2021 in HS 2022 (H6), where 620113 is
        // a line of its own (in HS 2022 a code like any other: nothing carries it)
        SmallWorld world = new SmallWorld().in("H5")
                .years(US, "M", CN, "620113", 2020, "500", "300")
                .years(US, "M", VN, "620113", 2020, "100", "120")
                .years(US, "M", VN, "620193", 2020, "50", "60")
                .years(US, "M", VN, "940360", 2020, "10", "10")
                .line(VN, "M", CN, "620113", 2020, "30")
                .in("H6")
                .line(VN, "M", CN, "620140", 2021, "70")
                .line(VN, "M", CN, "620113", 2021, "25")
                .line(VN, "M", CN, "940360", 2021, "5");
        // as reference/HsRevisions.renumbered() lists them: 620113 and 620193 of HS 2017 are both 620140 in HS 2022
        Carries carries = new Carries(List.of(new Carries.Carry("H5", "620113", "620140"), new Carries.Carry("H5", "620193", "620140")));

        HubResult vn = hub(screen(world, 2020, 2021, carries), "VN");

        // the US's imports from VN hold two codes once carried: 620140 (620113 + 620193) and 940360
        assertThat(vn.productsScreened()).isEqualTo(2);
        assertThat(vn.tradeYear()).isEqualTo(2021);
        HubResult.Product coats = vn.products().stream().filter(p -> p.code().equals("620140")).findFirst().orElseThrow();
        // 2021: 120 + 60 = 180
        assertThat(coats.tradeUsd()).isEqualByComparingTo("180");
        // bound in 2021: 620140 min(180, 70) = 70 (VN's H6 line 620113 stays 620113: carried, it would be min(180, 95) = 95),
        // 940360 min(10, 5) = 5: 75 of 180 + 10 = 190
        assertThat(vn.boundUsd()).isEqualByComparingTo("75");
        assertThat(vn.hubExportsUsd()).isEqualByComparingTo("190");
        // without the carries the US's three codes are three products: 620113 min(120, 25) = 25, 620193 min(60, 0) = 0,
        // 940360 5: 30
        HubResult asReported = hub(screen(world, 2020, 2021), "VN");
        assertThat(asReported.productsScreened()).isEqualTo(3);
        assertThat(asReported.boundUsd()).isEqualByComparingTo("30");
    }

    @Test
    void aRegionTheDestinationImportsFromIsNeverAHub() throws IOException {
        SmallWorld world = oneHub()
                .years(US, "M", AREAS_NES, "940360", 2017, "900", "900", "900", "900")
                .years(AREAS_NES, "M", CN, "940360", 2017, "900", "900", "900", "900")
                .years(AREAS_NES, "X", US, "940360", 2017, "900", "900", "900", "900");

        WorldScreen.Run run = screen(world, 2017, 2020);

        assertThat(run.hubs()).extracting(HubResult::hub).containsExactly("VN");
    }

    @Test
    void aHubWithoutImportsFromTheOriginReadsTheOriginsExportsAndADestinationWithoutImportsFromTheOriginReadsItsExports()
            throws IOException {
        SmallWorld world = new SmallWorld()
                .years(CN, "X", US, "850440", 2017, "1000", "900", "500", "500")
                .years(US, "M", MY, "850440", 2017, "100", "100", "300", "300")
                .years(CN, "X", MY, "850440", 2017, "50", "60", "250", "280")
                .years(MY, "X", US, "850440", 2017, "100", "100", "250", "300")
                // TH records its imports from CN, which win over CN's record of its exports to TH
                .years(US, "M", TH, "850440", 2017, "100", "100", "300", "300")
                .years(TH, "M", CN, "850440", 2017, "40", "40", "40", "40")
                .years(CN, "X", TH, "850440", 2017, "999", "999", "999", "999");

        WorldScreen.Run run = screen(world, 2017, 2020);

        HubResult my = hub(run, "MY");
        // MY's imports from CN are CN's exports to MY: min(300, 280) = 280 of 300 in 2020
        assertThat(my.boundUsd()).isEqualByComparingTo("280");
        assertThat(my.hubExportsUsd()).isEqualByComparingTo("300");
        HubResult.Product p = my.products().get(0);
        // pass-through: MY → US 100 → 300, rise 200; CN → MY 50 → (250 + 280) / 2 = 265, rise 215; min(215, 200) / 200 = 1
        assertThat(value(p, "PASS_THROUGH")).isEqualTo(1.0);
        // diversion on CN's exports to the US: share 1000 / (1000 + 100) = 0.909091 before, (500 + 500) / (1000 + 600)
        // = 0.625 after: 0.284091
        assertThat(value(p, "DIVERSION")).isCloseTo(1000.0 / 1100 - 1000.0 / 1600, within(1e-12));
        // no world totals in this world: said as the workbench says them, origin's, hub's, then the destination's
        assertThat(my.missing()).containsExactly(
                "no world totals of CN's exports: import Comtrade for reporter CN with partner World (0); the Freund test needs them",
                "no world totals of MY's exports: import Comtrade for reporter MY with partner World (0); the Freund test needs them",
                "no world totals of US's imports: import Comtrade for reporter US with partner World (0), or Census with all countries "
                        + "(CTY_CODE -); the surge then compares with origin and hub alone");
        HubResult th = hub(run, "TH");
        // TH's own record: min(300, 40) = 40, not min(300, 999)
        assertThat(th.boundUsd()).isEqualByComparingTo("40");
        assertThat(th.missing()).contains("no statistics of TH's exports to US: import Comtrade for reporter TH (the mirror gap needs both sides' records)");
        // hubs in order of their bound, the larger first
        assertThat(run.hubs()).extracting(HubResult::hub).containsExactly("MY", "TH");
    }

    @Test
    void aYearAFlowDoesNotHoldIsLeftOutWhileAProductAbsentInAYearItHoldsIsZero() throws IOException {
        // VN's record of its exports to the US holds no line at all in 2018, and no 940360 in 2019
        SmallWorld world = new SmallWorld()
                .years(US, "M", VN, "850440", 2017, "100", "150", "400", "600")
                .years(US, "M", VN, "940360", 2017, "150", "160", "180", "200")
                .years(VN, "X", US, "850440", 2017, "90", null, "300", "400")
                .years(VN, "X", US, "940360", 2017, "150", null, null, "200")
                .years(US, "M", CN, "850440", 2017, "1000", "900", "600", "400");

        WorldScreen.Run run = screen(world, 2017, 2020);

        HubResult vn = hub(run, "VN");
        HubResult.Product p850440 = vn.products().stream().filter(p -> p.code().equals("850440")).findFirst().orElseThrow();
        HubResult.Product p940360 = vn.products().stream().filter(p -> p.code().equals("940360")).findFirst().orElseThrow();
        // 850440 over 2017, 2019, 2020 (2018 unknown): US 100 + 400 + 600 = 1100, VN 90 + 300 + 400 = 790;
        // 310 / 790 = 0.392405, less 0.06 = 0.332405
        assertThat(value(p850440, "MIRROR_GAP")).isCloseTo(310.0 / 790 - 0.06, within(1e-12));
        // 940360 over the same years, 2019 zero: US 150 + 180 + 200 = 530, VN 150 + 0 + 200 = 350; 180 / 350 − 0.06
        assertThat(value(p940360, "MIRROR_GAP")).isCloseTo(180.0 / 350 - 0.06, within(1e-12));
    }

    @Test
    void eachHubsProductsAreRankedAmongThatHubsProductsOnly() throws IOException {
        SmallWorld withMalaysia = oneHub()
                .years(US, "M", MY, "850440", 2017, "10", "10", "9000", "9000")
                .years(US, "M", MY, "940360", 2017, "10", "10", "9000", "9000")
                .years(MY, "M", CN, "850440", 2017, "5", "5", "9000", "9000")
                .years(MY, "M", CN, "940360", 2017, "5", "5", "9000", "9000")
                .years(MY, "X", US, "850440", 2017, "1", "1", "1", "1");

        HubResult vnAlone = hub(oneHubRun, "VN");
        HubResult vnBesideMalaysia = hub(screen(withMalaysia, 2017, 2020), "VN");

        // Malaysia's far stronger signals change none of Vietnam's ranks or scores
        assertThat(vnBesideMalaysia.products()).isEqualTo(vnAlone.products());
    }

    @Test
    void aHubsFiguresAreWhatTheWorkbenchsScreenGivesOnTheSameSeriesBuiltByHand() throws IOException {
        WorldScreen.Run run = oneHubRun;
        HubResult vn = hub(run, "VN");

        org.bilateral.risk.WorldRoutes.HubScreen direct = DirectScreen.oneHubByHand();

        assertThat(vn.productsScreened()).isEqualTo(direct.screened());
        assertThat(vn.boundUsd()).isEqualByComparingTo(direct.boundUsd());
        assertThat(vn.hubExportsUsd()).isEqualByComparingTo(direct.hubExportsUsd());
        assertThat(vn.share()).isEqualTo(direct.share());
        assertThat(vn.freundProducts()).isEqualTo(direct.freundProducts());
        List<HubResult.Product> expected = new ArrayList<>();
        for (org.bilateral.risk.WorldRoutes.ScoredProduct p : direct.shown()) {
            expected.add(new HubResult.Product(p.rank(), p.code(), p.score(), p.trade(), p.freund(), p.signals().stream()
                    .map(s -> new HubResult.SignalResult(s.kind().name(), s.value(), s.rank(), s.arithmetic())).toList()));
        }
        assertThat(vn.products()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            HubResult.Product got = vn.products().get(i);
            HubResult.Product want = expected.get(i);
            assertThat(got.code()).isEqualTo(want.code());
            assertThat(got.rank()).isEqualTo(want.rank());
            assertThat(got.score()).isEqualTo(want.score());
            assertThat(got.tradeUsd()).isEqualByComparingTo(want.tradeUsd());
            assertThat(got.freund()).isEqualTo(want.freund());
            assertThat(got.signals()).isEqualTo(want.signals());
        }
    }

    @Test
    void aStoreWithNothingOfTheDestinationInTheYearsIsRefusedInWords() throws IOException {
        assertThatThrownBy(() -> WorldScreen.run(spark, asked(oneHubStore, 2010, 2014), line -> { }))
                .isInstanceOf(Refused.class)
                .hasMessage("the store holds no imports of US (842) in 2010–2014: import the Comtrade bulk files of reporter 842 for those years");
    }

    @Test
    void theRunSaysWhichFilesItReadAndThatTheyAreSynthetic() throws IOException {
        WorldScreen.Run run = oneHubRun;

        // the partitions of CN, US and VN fed the screen; "Areas, nes" reports nothing here
        assertThat(run.sources()).containsExactly(
                "COMTRADE-FINAL-CA1562017H5.txt.gz", "COMTRADE-FINAL-CA1562018H5.txt.gz", "COMTRADE-FINAL-CA1562019H5.txt.gz",
                "COMTRADE-FINAL-CA1562020H5.txt.gz", "COMTRADE-FINAL-CA7042017H5.txt.gz", "COMTRADE-FINAL-CA7042018H5.txt.gz",
                "COMTRADE-FINAL-CA7042019H5.txt.gz", "COMTRADE-FINAL-CA7042020H5.txt.gz", "COMTRADE-FINAL-CA8422017H5.txt.gz",
                "COMTRADE-FINAL-CA8422018H5.txt.gz", "COMTRADE-FINAL-CA8422019H5.txt.gz", "COMTRADE-FINAL-CA8422020H5.txt.gz");
        assertThat(run.synthetic()).isTrue();
        // oneHub holds 13 flows of four years (52 rows), 850440's two flows with quantities (8 rows) and the US's imports
        // from "Areas, nes" (1 row): 61; every one is read but the region's, which belongs to no flow of the route: 60
        assertThat(run.flowsRead()).isEqualTo(oneHub().rows().size() - 1);
    }

    @Test
    void aHubTheDestinationRecordsOnlyInTotalIsScreenedWithNoProducts() throws IOException {
        // the US records its imports from TH as a TOTAL line a year, no subheading
        SmallWorld world = oneHub().years(US, "M", TH, "TOTAL", 2017, "70", "80", "90", "100");

        HubResult th = hub(screen(world, 2017, 2020), "TH");

        assertThat(th.productsScreened()).isZero();
        assertThat(th.products()).isEmpty();
        // the trade year is the last the US's imports from TH hold; no product carries TH's imports from CN: no bound
        assertThat(th.tradeYear()).isEqualTo(2020);
        assertThat(th.boundUsd()).isNull();
        assertThat(th.missing()).containsExactly(
                "no statistics of TH's imports from CN, nor of CN's exports to TH: import Comtrade for reporter TH",
                "no statistics of TH's exports to US: import Comtrade for reporter TH (the mirror gap needs both sides' records)",
                "no world totals of TH's exports: import Comtrade for reporter TH with partner World (0); the Freund test needs them");
    }

    @Test
    void aPartitionReadWithoutAManifestEntryFailsNamingIt() throws IOException {
        Path store = dir.resolve("store");
        oneHub().write(spark, store, true);
        java.nio.file.Files.delete(store.resolve("_bilateral/partitions/year=2019/reporter=704.json"));

        assertThatThrownBy(() -> WorldScreen.run(spark, asked(store, 2017, 2020), line -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the store's manifest has no entry for the partition year=2019/reporter=704");
    }
}
