package org.bilateral.tradestats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Granularity;
import org.bilateral.shared.HsLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Periods compared like for like: only the months both flows hold, and the same months a year earlier. */
@WorkbenchTest
class TradeBalancesTest {

    static final CountryCode US = CountryCode.of("US");
    static final CountryCode VN = CountryCode.of("VN");

    @Autowired StatisticsImports imports;
    @Autowired TradeBalances balances;
    @Autowired TopProducts topProducts;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @BeforeEach
    void emptyDatabase() {
        TradeStatisticsFixture.clear(jdbc);
    }

    /**
     * US exports to Vietnam (soybeans, chapter 12): 100 a month in 2024, 110 a month January–June 2025 (the June release).
     * US imports from Vietnam: computers (84) 700 and furniture (94) 300 a month in 2024; 800 and 300 a month
     * January–August 2025 (the August release): the two flows end two months apart, as Census publishes them.
     */
    private void exportsToJuneImportsToAugust() {
        CensusFile exports = CensusFile.exports();
        CensusFile imported = CensusFile.imports();
        for (int m = 1; m <= 12; m++) {
            String month2024 = String.format("2024-%02d", m);
            exports.row("5520", "120190", "100", month2024);
            imported.row("5520", "847130", "700", month2024).row("5520", "940360", "300", month2024);
        }
        for (int m = 1; m <= 8; m++) {
            String month2025 = String.format("2025-%02d", m);
            if (m <= 6) {
                exports.row("5520", "120190", "110", month2025);
            }
            imported.row("5520", "847130", "800", month2025).row("5520", "940360", "300", month2025);
        }
        imports.importFile(ImportFile.of(exports.writeTo(dir, "us-exports.json"), "test"));
        imports.importFile(ImportFile.of(imported.writeTo(dir, "us-imports.json"), "test"));
    }

    @Test
    void aYearWhoseFlowsEndInDifferentMonthsComparesTheMonthsBothHold() {
        exportsToJuneImportsToAugust();

        List<Balance.Row> years = balances.balance(BalanceRequest.of(US, VN, Granularity.YEAR, HsLevel.TOTAL)).rows();

        assertThat(years).extracting(Balance.Row::shown).containsExactly("2024", "2025 (Jan–Jun)");
        Balance.Row y2024 = years.get(0);
        assertThat(y2024.partial()).isFalse();
        assertThat(y2024.months()).isEqualTo(12);
        assertThat(y2024.exports()).isEqualByComparingTo("1200");                     // 12 × 100
        assertThat(y2024.imports()).isEqualByComparingTo("12000");                    // 12 × (700 + 300)
        assertThat(y2024.changeBlank()).isEqualTo(Balance.ChangeBlank.NO_EARLIER_STATISTICS);

        Balance.Row y2025 = years.get(1);
        assertThat(y2025.partial()).isTrue();
        assertThat(y2025.months()).isEqualTo(6);
        assertThat(y2025.held().toString()).isEqualTo("2025-01/2025-06");
        assertThat(y2025.exports()).isEqualByComparingTo("660");                      // 6 × 110
        assertThat(y2025.imports()).as("January–June only, not to August").isEqualByComparingTo("6600"); // 6 × 1,100
        assertThat(y2025.balance()).isEqualByComparingTo("-5940");                    // 660 − 6,600
        assertThat(y2025.exportsYearEarlier()).isEqualByComparingTo("600");           // 6 × 100, January–June 2024
        assertThat(y2025.importsYearEarlier()).isEqualByComparingTo("6000");          // 6 × 1,000
        assertThat(y2025.balanceYearEarlier()).isEqualByComparingTo("-5400");         // 600 − 6,000
        // (660 − 600) / 600 = +10%, where six months against twelve said (660 − 1,200) / 1,200 = −45%
        assertThat(y2025.exportsChange()).isEqualByComparingTo("0.1000");
        // (6,600 − 6,000) / 6,000 = +10%, where eight months against twelve said (8,800 − 12,000) / 12,000 = −26.7%
        assertThat(y2025.importsChange()).isEqualByComparingTo("0.1000");
        assertThat(y2025.changeBlank()).isNull();
    }

    @Test
    void yearToDateEndsAtTheLatestMonthBothFlowsHold() {
        exportsToJuneImportsToAugust();

        List<Balance.Row> ytd = balances.balance(BalanceRequest.of(US, VN, Granularity.YTD, HsLevel.TOTAL)).rows();

        assertThat(ytd).extracting(Balance.Row::period).containsExactly("2024-01/2024-06", "2025-01/2025-06");
        assertThat(ytd).extracting(Balance.Row::shown).containsExactly("2024 (Jan–Jun)", "2025 (Jan–Jun)");
        assertThat(ytd).extracting(Balance.Row::partial).containsExactly(false, false);
        assertThat(ytd.get(0).exports()).isEqualByComparingTo("600");                 // 6 × 100
        assertThat(ytd.get(0).imports()).isEqualByComparingTo("6000");                // 6 × 1,000
        assertThat(ytd.get(1).imports()).isEqualByComparingTo("6600");                // 6 × 1,100, not 8 × 1,100 = 8,800
        assertThat(ytd.get(1).balance()).isEqualByComparingTo("-5940");               // 660 − 6,600
        assertThat(ytd.get(1).exportsChange()).isEqualByComparingTo("0.1000");        // 660 / 600 − 1
        assertThat(ytd.get(1).importsChange()).isEqualByComparingTo("0.1000");        // 6,600 / 6,000 − 1
    }

    @Test
    void monthsAndQuartersOnlyOneFlowHoldsAreLeftOut() {
        exportsToJuneImportsToAugust();

        List<Balance.Row> months = balances.balance(new BalanceRequest(US, VN, Granularity.MONTH, HsLevel.TOTAL, 2025, 2025, 0)).rows();
        assertThat(months).extracting(Balance.Row::period)
                .containsExactly("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06");
        assertThat(months.get(5).importsChange()).isEqualByComparingTo("0.1000");    // June: 1,100 / 1,000 − 1
        List<Balance.Row> quarters = balances.balance(new BalanceRequest(US, VN, Granularity.QUARTER, HsLevel.TOTAL, 2025, 2025, 0)).rows();
        assertThat(quarters).extracting(Balance.Row::period).containsExactly("2025-Q1", "2025-Q2");
        assertThat(quarters.get(1).imports()).isEqualByComparingTo("3300");          // April–June, 3 × 1,100
    }

    @Test
    void moversCompareTheMonthsBothFlowsHoldWithTheSameMonthsAYearEarlier() {
        exportsToJuneImportsToAugust();

        Products products = topProducts.products(new ProductsRequest(US, VN, HsLevel.CHAPTER, null, 10));

        assertThat(products.year()).isEqualTo(2025);
        assertThat(products.months()).isEqualTo(6);
        assertThat(products.shown()).isEqualTo("2025 (Jan–Jun)");
        assertThat(products.partial()).isTrue();
        assertThat(products.moversBlank()).isNull();
        assertThat(products.movers()).extracting(Products.Product::code).containsExactly("84", "12", "94");
        // Computers: 6 × 800 − 6 × 700 = 4,800 − 4,200 = +600 (January–August would have said 6,400 − 5,600 = +800)
        assertThat(products.movers().get(0).tradeChange()).isEqualByComparingTo("600");
        assertThat(products.movers().get(0).imports()).isEqualByComparingTo("4800");
        // Soybeans: 6 × 110 − 6 × 100 = 660 − 600 = +60, where six months against eight said 660 − 800 = −140
        assertThat(products.movers().get(1).tradeChange()).isEqualByComparingTo("60");
        // Furniture: 6 × 300 − 6 × 300 = 0
        assertThat(products.movers().get(2).tradeChange()).isEqualByComparingTo("0");
    }

    @Test
    void aPartialYearAgainstAYearHeldOnlyWholeHasNoChangeAndSaysWhy() {
        // Vietnam's statistics: 2024 as a year (exports 1,200, imports 360), 2025 month by month, January–March.
        imports.importFile(ImportFile.of(ComtradeCsvFile.create()
                .row(704, 842, "X", "2024", "847130", "1200")
                .row(704, 842, "M", "2024", "120190", "360")
                .writeTo(dir, "vietnam-2024.csv"), "test"));
        imports.importFile(ImportFile.of(ComtradeCsvFile.create()
                .row(704, 842, "X", "202501", "847130", "100")
                .row(704, 842, "X", "202502", "847130", "110")
                .row(704, 842, "X", "202503", "847130", "120")
                .row(704, 842, "M", "202501", "120190", "30")
                .row(704, 842, "M", "202502", "120190", "30")
                .row(704, 842, "M", "202503", "120190", "30")
                .writeTo(dir, "vietnam-2025.csv"), "test"));

        List<Balance.Row> years = balances.balance(BalanceRequest.of(VN, US, Granularity.YEAR, HsLevel.TOTAL)).rows();

        assertThat(years).extracting(Balance.Row::shown).containsExactly("2024", "2025 (Jan–Mar)");
        Balance.Row y2025 = years.get(1);
        assertThat(y2025.partial()).isTrue();
        assertThat(y2025.exports()).isEqualByComparingTo("330");                      // 100 + 110 + 120
        assertThat(y2025.imports()).isEqualByComparingTo("90");                       // 3 × 30
        assertThat(y2025.balance()).isEqualByComparingTo("240");                      // 330 − 90
        // Against the whole of 2024 the exports would have "fallen" (330 − 1,200) / 1,200 = −72.5%: left blank instead.
        assertThat(y2025.exportsChange()).isNull();
        assertThat(y2025.importsChange()).isNull();
        assertThat(y2025.exportsYearEarlier()).isNull();
        assertThat(y2025.changeBlank()).isEqualTo(Balance.ChangeBlank.EARLIER_WHOLE_YEAR_ONLY);

        Products products = topProducts.products(new ProductsRequest(VN, US, HsLevel.CHAPTER, 2025, 10));
        assertThat(products.top()).extracting(Products.Product::code).containsExactly("84", "12");
        assertThat(products.top().get(0).exports()).isEqualByComparingTo("330");
        assertThat(products.top().get(0).tradeChange()).isNull();
        assertThat(products.movers()).isEmpty();
        assertThat(products.moversBlank()).isEqualTo(Balance.ChangeBlank.EARLIER_WHOLE_YEAR_ONLY);
    }
}
