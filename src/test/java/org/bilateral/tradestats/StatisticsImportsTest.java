package org.bilateral.tradestats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Granularity;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@WorkbenchTest
class StatisticsImportsTest {

    static final CountryCode US = CountryCode.of("US");
    static final CountryCode VN = CountryCode.of("VN");

    @Autowired StatisticsImports imports;
    @Autowired TradeBalances balances;
    @Autowired MirrorComparisons mirrors;
    @Autowired TopProducts topProducts;
    @Autowired PublishedFigures publishedFigures;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @BeforeEach
    void emptyDatabase() {
        TradeStatisticsFixture.clear(jdbc);
    }

    private ImportReport importFile(Path file) {
        return imports.importFile(ImportFile.of(file, "test"));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void censusFilesGiveTheBalanceByYearAsCountedByHand() {
        ImportReport report = importFile(TradeStatisticsFixture.usImports(dir));
        importFile(TradeStatisticsFixture.usExports(dir));

        assertThat(report.figures()).isEqualTo(6);
        assertThat(report.skipped()).containsKey("Census country groups (CTY_CODE 0...)");
        Balance balance = balances.balance(BalanceRequest.of(US, VN, Granularity.YEAR, HsLevel.TOTAL));
        assertThat(balance.rows()).hasSize(2);
        Balance.Row y2023 = balance.rows().get(0);
        Balance.Row y2024 = balance.rows().get(1);
        assertThat(y2023.period()).isEqualTo("2023");
        assertThat(y2023.shown()).isEqualTo("2023 (Jan)");
        assertThat(y2023.exports()).isEqualByComparingTo("400");
        // exports cover only January 2023, so imports are January's alone: 1,000 + 500 (February's 800 left out)
        assertThat(y2023.imports()).isEqualByComparingTo("1500");
        assertThat(y2023.balance()).isEqualByComparingTo("-1100");                    // 400 − 1,500
        assertThat(y2023.months()).as("exports cover only January").isEqualTo(1);
        assertThat(y2024.balance()).isEqualByComparingTo("-1150");                    // 350 − 1,500
        assertThat(y2024.exportsChange()).isEqualByComparingTo("-0.1250");           // 350 / 400 − 1
        // January against January: 1,500 / 1,500 − 1 = 0, not January against January–February, 1,500 / 2,300 − 1 = −34.8%
        assertThat(y2024.importsChange()).isEqualByComparingTo("0.0000");
        assertThat(y2024.dataset()).contains("US Census Bureau International Trade API");
        assertThat(balance.sources()).hasSize(2);
    }

    @Test
    void balanceByMonthChapterAndSectorAddsUpToTheSameTotals() {
        importFile(TradeStatisticsFixture.usImports(dir));
        importFile(TradeStatisticsFixture.usExports(dir));

        List<Balance.Row> months = balances.balance(BalanceRequest.of(US, VN, Granularity.MONTH, HsLevel.TOTAL)).rows();
        // February 2023 is held by imports alone: left out rather than shown as exports of 0.
        assertThat(months).extracting(Balance.Row::period).containsExactly("2023-01", "2024-01");
        assertThat(months.get(0).imports()).isEqualByComparingTo("1500");
        assertThat(months.get(0).exports()).isEqualByComparingTo("400");

        List<Balance.Row> chapters = balances.balance(new BalanceRequest(US, VN, Granularity.YEAR, HsLevel.CHAPTER,
                2024, 2024, 20)).rows();
        assertThat(chapters).extracting(Balance.Row::code).containsExactlyInAnyOrder("84", "94", "12", "88");
        assertThat(chapters.stream().filter(r -> r.code().equals("84")).findFirst().orElseThrow().imports())
                .isEqualByComparingTo("1200");

        List<Balance.Row> sectors = balances.balance(new BalanceRequest(US, VN, Granularity.YEAR, HsLevel.SECTOR,
                2024, 2024, 20)).rows();
        assertThat(sectors).extracting(Balance.Row::code).containsExactlyInAnyOrder("chips", "furniture", "soybeans", "aircraft");
        assertThat(sectors.stream().map(Balance.Row::imports).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1500");

        List<Balance.Row> sections = balances.balance(new BalanceRequest(US, VN, Granularity.YEAR, HsLevel.SECTION,
                2023, 2023, 20)).rows();
        assertThat(sections).extracting(Balance.Row::code).containsExactlyInAnyOrder("XVI", "XVII");
    }

    @Test
    void topChoosesTheLargestProductsAtEveryProductLevelAndIsRefusedAtTotal() throws Exception {
        importFile(CensusFile.imports()
                .row("5520", "847130", "1200", "2024-03")
                .row("5520", "940360", "200", "2024-03")
                .row("5520", "120190", "50", "2024-03").writeTo(dir, "three-chapters.json"));
        for (HsLevel level : List.of(HsLevel.SECTION, HsLevel.CHAPTER, HsLevel.HEADING, HsLevel.SUBHEADING)) {
            assertThat(balances.balance(new BalanceRequest(US, VN, Granularity.YEAR, level, 2024, 2024, 1)).rows())
                    .as(level.label()).singleElement().satisfies(r -> assertThat(r.imports()).isEqualByComparingTo("1200"));
        }
        assertThat(balances.balance(new BalanceRequest(US, VN, Granularity.YEAR, HsLevel.CHAPTER, 2024, 2024, 0)).rows()).hasSize(3);
        assertThatThrownBy(() -> new BalanceRequest(US, VN, Granularity.YEAR, HsLevel.TOTAL, null, null, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no products to choose");
        assertThatThrownBy(() -> new BalanceRequest(US, VN, Granularity.YEAR, HsLevel.CHAPTER, null, null, 501))
                .hasMessageContaining("between 1 and 500");
        assertThatThrownBy(() -> new MirrorRequest(US, VN, 2024, HsLevel.TOTAL, 5)).hasMessageContaining("no products to choose");
        assertThatThrownBy(() -> new ProductsRequest(US, VN, HsLevel.CHAPTER, 2024, 201)).hasMessageContaining("between 1 and 200");
    }

    @Test
    void topProductsAndMoversCompareTheSameMonthsOfTwoYears() {
        importFile(TradeStatisticsFixture.usImports(dir));
        importFile(TradeStatisticsFixture.usExports(dir));

        Products products = topProducts.products(new ProductsRequest(US, VN, HsLevel.CHAPTER, 2024, 10));

        assertThat(products.months()).as("2024 has January only, so January 2023 is its comparison").isEqualTo(1);
        assertThat(products.top()).extracting(Products.Product::code).startsWith("84", "94", "12", "88");
        Products.Product machinery = products.top().get(0);
        assertThat(machinery.imports()).isEqualByComparingTo("1200");
        assertThat(machinery.importsYearEarlier()).as("January 2023, not the whole of 2023").isEqualByComparingTo("1000");
        assertThat(products.movers().get(0).code()).isEqualTo("85");
        assertThat(products.movers().get(0).tradeChange()).isEqualByComparingTo("-500");
    }

    @Test
    void yearToDateComparesTheSameMonthsOfEachYear() {
        importFile(TradeStatisticsFixture.usImports(dir));
        List<Balance.Row> ytd = balances.balance(BalanceRequest.of(US, VN, Granularity.YTD, HsLevel.TOTAL)).rows();
        assertThat(ytd).extracting(Balance.Row::period).containsExactly("2023-01", "2024-01");
        assertThat(ytd.get(0).imports()).isEqualByComparingTo("1500");
        assertThat(ytd.get(1).importsChange()).isEqualByComparingTo("0.0000");
    }

    @Test
    void theSameFileTwiceChangesNothing() {
        Path file = TradeStatisticsFixture.usImports(dir);
        ImportReport first = importFile(file);
        long figures = count("trade_figure");

        ImportReport second = importFile(file);

        assertThat(second.alreadyImported()).isTrue();
        assertThat(second.importId()).isEqualTo(first.importId());
        assertThat(count("trade_import")).isEqualTo(1);
        assertThat(count("trade_figure")).isEqualTo(figures);
    }

    @Test
    void aBadRecordNamesFileLineAndFieldAndStoresNothing() throws Exception {
        importFile(TradeStatisticsFixture.usExports(dir));
        long imports = count("trade_import");
        long figures = count("trade_figure");
        long totals = count("trade_total");
        Path bad = CensusFile.imports()
                .row("5520", "847130", "1000", "2024-01")
                .row("5520", "847130", "12a", "2024-02")
                .writeTo(dir, "bad.json");

        assertThatThrownBy(() -> importFile(bad))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.source()).isEqualTo("bad.json");
                    assertThat(p.location()).startsWith("line 3");
                    assertThat(p.field()).isEqualTo("GEN_VAL_MO");
                }));
        assertThat(count("trade_import")).isEqualTo(imports);
        assertThat(count("trade_figure")).isEqualTo(figures);
        assertThat(count("trade_total")).isEqualTo(totals);
    }

    @Test
    void valuesOutOfEveryBoundAreRefusedByTheirFieldAndNeverHoldAConnection() throws Exception {
        long figures = count("trade_figure");
        // Each once hung an import for ever: the value parser ran out of memory and the COPY was never cancelled.
        for (int i = 0; i < 12; i++) {
            Path huge = CensusFile.imports()
                    .row("5520", "847130", "1000", "2024-01")
                    .row("5520", "847130", i % 2 == 0 ? "1E2000000000" : "1" + "0".repeat(100_000), "2024-02")
                    .row("5520", "847130", "10000000000000000", "2024-03")
                    .writeTo(dir, "huge-" + i + ".json");
            assertThatThrownBy(() -> importFile(huge)).isInstanceOfSatisfying(InvalidInput.class, e ->
                    assertThat(e.problems()).extracting(p -> p.location().substring(0, 6) + " " + p.field(), p -> p.message().length() < 200)
                            .containsExactly(org.assertj.core.api.Assertions.tuple("line 3 GEN_VAL_MO", true),
                                    org.assertj.core.api.Assertions.tuple("line 4 GEN_VAL_MO", true)));
        }
        assertThat(count("trade_figure")).isEqualTo(figures);
        assertThat(importFile(CensusFile.imports().row("5520", "847130", "9999999999999999.99", "2024-01").writeTo(dir, "largest.json"))
                .figures()).as("the pool is free and the largest amount the column holds is taken exactly").isEqualTo(1);
    }

    /** Figures name their slice by its packed key; trade_slice says which slices are of January 2024. */
    private static final String IN_JANUARY_2024 = """
             where f.slice_key in (select figure_slice_key(reporter, partner, flow, freq, period, hs_level) from trade_slice
                                   where period = date '2024-01-01')""";

    @Test
    void twoRevisionsOfTheSameSlicesImportedAtOnceEndAsIfRunOneAfterTheOther() throws Exception {
        CensusFile first = CensusFile.imports();
        CensusFile second = CensusFile.imports();
        for (int i = 0; i < 3000; i++) {
            String hs = String.format("8471%06d", i);
            first.row("5520", hs, "100", "2024-01");
            second.row("5520", hs, "200", "2024-01");
        }
        Path a = first.writeTo(dir, "revision-a.json");
        Path b = second.writeTo(dir, "revision-b.json");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            var one = pool.submit(() -> importFile(a));
            var two = pool.submit(() -> importFile(b));
            var again = pool.submit(() -> importFile(b));
            one.get();
            two.get();
            again.get();
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(distinct f.import_id) from trade_figure f " + IN_JANUARY_2024).query(Long.class).single())
                .as("one revision stays, the other is kept as replaced").isEqualTo(1);
        assertThat(jdbc.sql("select sum(f.value_usd) from trade_figure f " + IN_JANUARY_2024).query(java.math.BigDecimal.class).single())
                .satisfiesAnyOf(v -> assertThat(v).isEqualByComparingTo("300000"), v -> assertThat(v).isEqualByComparingTo("600000"));
        assertThat(count("trade_import")).as("the same file at once is imported once").isEqualTo(2);
    }

    @Test
    void aSetOfFilesWithOneRefusedStoresNoneOfThemAndNamesTheProblemsOfEach() {
        Path good = TradeStatisticsFixture.usImports(dir);
        Path bad = CensusFile.imports().row("5520", "847130", "12a", "2024-02").writeTo(dir, "bad.json");
        Path worse = CensusFile.imports().row("5520", "84713", "10", "2024-03").writeTo(dir, "worse.json");

        assertThatThrownBy(() -> imports.importFiles(List.of(ImportFile.of(good, "test"), ImportFile.of(bad, "test"),
                ImportFile.of(worse, "test"))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(p -> p.source() + " " + p.field())
                        .containsExactly("bad.json GEN_VAL_MO", "worse.json I_COMMODITY", "3 files null"));
        assertThat(count("trade_import")).isZero();
        assertThat(count("trade_figure")).isZero();
        assertThat(count("trade_total")).isZero();

        assertThat(imports.importFiles(List.of(ImportFile.of(good, "test"))))
                .as("the good file alone is taken: nothing of the refused set was left behind").singleElement()
                .satisfies(r -> assertThat(r.alreadyImported()).isFalse());
    }

    @Test
    void totalsOfFiguresAtTheLargestAmountAreSummedWithoutOverflow() {
        CensusFile largest = CensusFile.imports();
        for (int i = 0; i < 20; i++) {
            largest.row("5520", String.format("8471%06d", i), "9999999999999999", "2024-01");
        }
        importFile(largest.writeTo(dir, "largest.json"));

        var balance = balances.balance(BalanceRequest.of(US, VN, Granularity.YEAR, HsLevel.TOTAL));
        assertThat(balance.rows()).singleElement()
                .satisfies(r -> assertThat(r.imports()).isEqualByComparingTo("199999999999999980"));
    }

    @Test
    void aRecordRepeatedInOneFileIsRefused() {
        Path repeated = CensusFile.imports()
                .row("5520", "847130", "1000", "2024-01")
                .row("5520", "847130", "1000", "2024-01")
                .writeTo(dir, "repeated.json");
        assertThatThrownBy(() -> importFile(repeated)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("line 3").hasMessageContaining("repeats line 2");
        assertThat(count("trade_figure")).isZero();
    }

    @Test
    void somethingThatIsNoStatisticsFileIsRefusedWithItsName() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "Minister met the delegation.\n");
        assertThatThrownBy(() -> importFile(text)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("notes.txt").hasMessageContaining("not a statistics file");
    }

    @Test
    void aRevisedFileReplacesItsPeriodsAndKeepsWhatItReplaced() {
        importFile(TradeStatisticsFixture.usImports(dir));
        Path revised = CensusFile.imports()
                .row("5520", "847130", "1300", "2024-01")
                .row("5520", "940360", "300", "2024-01")
                .writeTo(dir, "us-imports-revised.json");

        ImportReport report = importFile(revised);

        assertThat(report.replaced()).isEqualTo(2);
        assertThat(count("trade_figure_replaced")).isEqualTo(2);
        List<Balance.Row> years = balances.balance(BalanceRequest.of(US, VN, Granularity.YEAR, HsLevel.TOTAL)).rows();
        assertThat(years.get(0).imports()).isEqualByComparingTo("2300");
        assertThat(years.get(1).imports()).isEqualByComparingTo("1600");
    }

    @Test
    void comtradeStatisticsOfTheOtherSideGiveTheMirrorSplitIntoCifFobMarginAndResidual() {
        importFile(TradeStatisticsFixture.usImports(dir));
        importFile(TradeStatisticsFixture.usExports(dir));
        ImportReport vietnam = importFile(TradeStatisticsFixture.vietnam2024(dir));
        assertThat(vietnam.figures()).as("four with the US, and the world total kept apart from them").isEqualTo(5);

        Mirror mirror = mirrors.mirror(new MirrorRequest(US, VN, 2024, HsLevel.TOTAL, 0));

        Mirror.Line usToVn = mirror.aToB().total();
        assertThat(mirror.aToB().importerValuation()).isEqualTo("CIF");
        // Census exports are valued f.a.s., free alongside ship: the margin of Vietnam's CIF record over them is CIF/FAS.
        assertThat(mirror.aToB().exporterValuation()).isEqualTo("FAS");
        assertThat(mirror.aToB().marginName()).isEqualTo("CIF/FAS");
        assertThat(mirror.bToA().exporterValuation()).isEqualTo("FOB");
        assertThat(mirror.bToA().importerValuation()).isEqualTo("CV");
        assertThat(usToVn.exporterReports()).isEqualByComparingTo("350");
        assertThat(usToVn.importerReports()).isEqualByComparingTo("371");
        assertThat(usToVn.gap()).isEqualByComparingTo("21");
        assertThat(usToVn.cifFobMargin()).isEqualByComparingTo("21");
        assertThat(usToVn.residual()).isEqualByComparingTo("0");
        Mirror.Line vnToUs = mirror.bToA().total();
        assertThat(vnToUs.exporterReports()).isEqualByComparingTo("1350");
        assertThat(vnToUs.importerReports()).isEqualByComparingTo("1500");
        assertThat(vnToUs.cifFobMargin()).isEqualByComparingTo("0");
        assertThat(vnToUs.timing()).as("Vietnam reports only a year: timing cannot be estimated").isEqualByComparingTo("0");
        assertThat(vnToUs.residual()).isEqualByComparingTo("150");
    }

    @Test
    void monthlyExporterStatisticsLetTheMirrorSeparateTimingFromTheResidual() {
        ComtradeCsvFile vietnam = ComtradeCsvFile.create().row(704, 842, "X", "202312", "847130", "100");
        for (int month = 1; month <= 12; month++) {
            vietnam.row(704, 842, "X", String.format("2024%02d", month), "847130", "50");
        }
        importFile(vietnam.writeTo(dir, "vietnam-monthly-exports.csv"));
        importFile(CensusFile.imports().row("5520", "847130", "650", "2024-06").writeTo(dir, "us-imports-2024.json"));

        Mirror mirror = mirrors.mirror(new MirrorRequest(US, VN, 2024, HsLevel.CHAPTER, 0));

        Mirror.Direction vnToUs = mirror.bToA();
        assertThat(vnToUs.timingEstimated()).isTrue();
        assertThat(vnToUs.total().exporterReports()).isEqualByComparingTo("600");
        assertThat(vnToUs.total().gap()).isEqualByComparingTo("50");
        assertThat(vnToUs.total().timing()).as("December 2023 (100) arrives in 2024, December 2024 (50) in 2025")
                .isEqualByComparingTo("50");
        assertThat(vnToUs.total().residual()).isEqualByComparingTo("0");
        assertThat(vnToUs.lines()).singleElement().satisfies(l -> {
            assertThat(l.code()).isEqualTo("84");
            assertThat(l.timing()).isEqualByComparingTo("50");
        });
        assertThat(mirror.aToB().timingEstimated()).as("no US export statistics at all").isFalse();
    }

    @Test
    void monthlyFiguresOfAYearWinOverTheAnnualFigure() {
        importFile(TradeStatisticsFixture.vietnam2024(dir));
        importFile(ComtradeCsvFile.create()
                .row(704, 842, "X", "202401", "847130", "100")
                .row(704, 842, "X", "202402", "847130", "120")
                .writeTo(dir, "vietnam-monthly.csv"));

        Balance.Row y2024 = balances.balance(BalanceRequest.of(VN, US, Granularity.YEAR, HsLevel.TOTAL)).rows().get(0);

        assertThat(y2024.exports()).isEqualByComparingTo("220");
        assertThat(y2024.months()).isEqualTo(2);
    }

    @Test
    void publishedFiguresShowBesideTheStatisticsAndDisagreementIsFlagged() throws Exception {
        importFile(TradeStatisticsFixture.usImports(dir));
        importFile(TradeStatisticsFixture.usExports(dir));
        Path published = Files.writeString(dir.resolve("published.csv"), """
                period,reporter,partner,flow,value_usd,statistics_of,source_url,note
                2024-01,US,VN,export,350,US Census Bureau,https://example.org/a,
                2023-01/2023-02,US,VN,import,2000,US Census Bureau,https://example.org/b,two months
                2023,US,VN,import,2300,US Census Bureau,,whole year
                """);
        importFile(published);

        List<PublishedComparison> comparisons = publishedFigures.published(US, VN);

        assertThat(comparisons).hasSize(3);
        PublishedComparison twoMonths = comparisons.stream().filter(c -> c.period().equals("2023-01/2023-02")).findFirst().orElseThrow();
        assertThat(twoMonths.imported()).isEqualByComparingTo("2300");
        assertThat(twoMonths.relativeDifference()).isEqualByComparingTo("0.15");
        assertThat(twoMonths.disagrees()).isTrue();
        PublishedComparison january = comparisons.stream().filter(c -> c.period().equals("2024-01")).findFirst().orElseThrow();
        assertThat(january.imported()).isEqualByComparingTo("350");
        assertThat(january.disagrees()).isFalse();
        PublishedComparison year = comparisons.stream().filter(c -> c.period().equals("2023")).findFirst().orElseThrow();
        assertThat(year.imported()).as("two months of statistics do not cover the year").isNull();
    }
}
