package org.bilateral.tradestats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
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

/**
 * US imports from Vietnam in January 2021 (HTS of 2021, so HS 2017) and January 2022 (HS 2022), counted by hand:
 * <ul>
 * <li>men's coats of man-made fibres: 620113 $300 + anoraks 620193 $200 in 2021, both 620140 in HS 2022; $600 in 2022</li>
 * <li>photosensitive devices 854140 $1,000 in 2021, split in HS 2022 (854141…854149, 8549); modules 854143 $700 in 2022</li>
 * <li>laptops 847130 $400 in 2021, $500 in 2022: the same number, though HS 2022 sent some of it to 8549</li>
 * </ul>
 */
@WorkbenchTest
class HsRevisionsImportTest {

    static final CountryCode US = CountryCode.of("US");
    static final CountryCode VN = CountryCode.of("VN");

    @Autowired StatisticsImports imports;
    @Autowired TradeBalances balances;
    @Autowired TopProducts topProducts;
    @Autowired StatisticsSources statisticsSources;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @BeforeEach
    void statistics() {
        TradeStatisticsFixture.clear(jdbc);
    }

    private ImportReport twoYears() {
        return imports.importFile(ImportFile.of(CensusFile.imports()
                .row("5520", "620113", "300", "2021-01")
                .row("5520", "620193", "200", "2021-01")
                .row("5520", "854140", "1000", "2021-01")
                .row("5520", "847130", "400", "2021-01")
                .row("5520", "620140", "600", "2022-01")
                .row("5520", "854143", "700", "2022-01")
                .row("5520", "847130", "500", "2022-01")
                .writeTo(dir, "us-imports-2021-2022.json"), "test"));
    }

    @Test
    void codesCarriedOneToOneAreOneProductAndOneMover() {
        ImportReport report = twoYears();

        Products products = topProducts.products(new ProductsRequest(US, VN, HsLevel.SUBHEADING, 2022, 10));

        assertThat(products.months()).as("January of each year").isEqualTo(1);
        assertThat(products.movers()).extracting(Products.Product::code, p -> p.tradeChange().toPlainString())
                .containsExactly(
                        // 0 - 1,000 (split: the old code on its own, no share of it in 854143)
                        org.assertj.core.groups.Tuple.tuple("854140", "-1000"),
                        // 700 - 0
                        org.assertj.core.groups.Tuple.tuple("854143", "700"),
                        // 600 - (300 + 200): one product, not two movers
                        org.assertj.core.groups.Tuple.tuple("620140", "100"),
                        // 500 - 400
                        org.assertj.core.groups.Tuple.tuple("847130", "100"));
        assertThat(products.movers().get(0).label())
                .isEqualTo("854140 (HS 2017 code, split in HS 2022 into 854141, 854142, 854143, 854149 and 6 more: "
                        + "share of each unknown)");
        assertThat(products.movers().get(2).label()).startsWith("620140 Coats; men's or boys'");
        assertThat(report.revisions()).containsExactly("HS 2017 (2021), shown in HS 2022: 2 subheadings carried to a new "
                + "HS 2022 number (620113 to 620140, 620193 to 620140); 2 split in HS 2022, kept under the reported code, "
                + "share unknown: 847130, 854140");
    }

    @Test
    void theCodeAsReportedIsKeptBesideTheCarriedOneAndHeadingsFollow() {
        twoYears();

        assertThat(jdbc.sql("select hs_code || ' ' || reported_hs_code from trade_figure where reported_hs_code is not null "
                + "order by 1").query(String.class).list()).containsExactly("620140 620113", "620140 620193");
        // heading 6201 in 2021: 300 + 200 = 500
        Balance headings = balances.balance(new BalanceRequest(US, VN, Granularity.YEAR, HsLevel.HEADING, 2021, 2021, 0));
        assertThat(headings.rows()).filteredOn(r -> r.code().equals("6201")).singleElement()
                .satisfies(r -> assertThat(r.imports()).isEqualByComparingTo("500"));
    }

    @Test
    void theScreenNamesTheEditionsItShows() {
        twoYears();

        HsEditions editions = statisticsSources.editions(US, VN, 2021, 2022);

        assertThat(editions.older()).singleElement().satisfies(o -> {
            assertThat(o.revision()).isEqualTo(2017);
            assertThat(o.years()).isEqualTo("2021");
            assertThat(o.renumbered()).isEqualTo(Map.of("620113", "620140", "620193", "620140"));
            assertThat(o.split()).containsExactly("847130", "854140");
        });
        assertThat(editions.describe()).isEqualTo("HS 2022; 2021 reported in HS 2017: 2 codes carried to a new HS 2022 "
                + "number, 2 split in HS 2022 and shown under the old code, share unknown (847130, 854140)");
        assertThat(statisticsSources.editions(US, VN, 2022, 2022).describe()).isEqualTo("HS 2022");
    }

    @Test
    void aNationalLineOfACarriedSubheadingIsCountedUnderItsHs2022Subheading() {
        imports.importFile(ImportFile.of(CensusFile.imports()
                .row("5520", "6201934000", "50", "2021-02")
                .writeTo(dir, "hs10.json"), "test"));

        assertThat(jdbc.sql("select hs_code || ' ' || reported_hs_code from trade_figure").query(String.class).single())
                .isEqualTo("6201404000 6201934000");
        Balance subheadings = balances.balance(new BalanceRequest(US, VN, Granularity.YEAR, HsLevel.SUBHEADING, 2021, 2021, 0));
        assertThat(subheadings.rows()).extracting(Balance.Row::code).containsExactly("620140");
    }

    @Test
    void comtradeRecordsSayTheirEditionAndOneSliceInTwoEditionsIsRefused() {
        // Vietnam's 2021 exports: 620113 in HS 2017 (H5) is counted under 620140
        imports.importFile(ImportFile.of(ComtradeBulkFile.create()
                .row(704, 842, "X", "2021", "H5", "620113", "", "300", "300")
                .row(704, 842, "X", "2021", "H5", "620193", "", "200", "200")
                .writeTo(dir, "vn-2021-h5.txt"), "test"));
        assertThat(balances.balance(new BalanceRequest(VN, US, Granularity.YEAR, HsLevel.SUBHEADING, 2021, 2021, 0)).rows())
                .singleElement().satisfies(r -> {
                    assertThat(r.code()).isEqualTo("620140");
                    assertThat(r.exports()).as("300 + 200").isEqualByComparingTo("500");
                });

        Path mixed = ComtradeBulkFile.create()
                .row(704, 842, "X", "2020", "H5", "620113", "", "300", "300")
                .row(704, 842, "X", "2020", "H6", "620140", "", "200", "200")
                .writeTo(dir, "mixed.txt");
        assertThatThrownBy(() -> imports.importFile(ImportFile.of(mixed, "test")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.location()).isEqualTo("line 3");
                    assertThat(p.field()).isEqualTo("classificationCode");
                }));
    }
}
