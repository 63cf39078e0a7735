package org.bilateral.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.InvalidInput;
import org.bilateral.tradestats.CensusFile;
import org.bilateral.tradestats.ComtradeCsvFile;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stakes against figures counted by hand, on the project's own measure files (src/test/resources/reference) and a few
 * Census lines of 2031:
 * <ul>
 * <li>US imports from Vietnam, April 2031: laptops 8471.30.01.00 $3,000,000, other laptops 8471.30.02.00 $1,000,000,
 * smartphones 8517.13.00.00 $500,000; July 2031: wooden furniture 9403.60.00.00 $2,000,000. China and Mexico sell the
 * US laptops too.</li>
 * <li>US exports to Vietnam, March 2031: smartphones $900,000, aircraft $5,000,000.</li>
 * <li>The additional rate: 10% from 5 April, 46% on the 9th, 10% from the 10th, 20% from 1 July.</li>
 * </ul>
 */
@WorkbenchTest
class StakesTest {

    static final CountryCode VN = CountryCode.of("VN");

    @Autowired Stakes stakes;
    @Autowired StatisticsImports imports;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @BeforeEach
    void statistics() {
        TradeStatisticsFixture.clear(jdbc);
        imports.importFile(ImportFile.of(CensusFile.imports()
                .row("5520", "8471300100", "3000000", "2031-04")
                .row("5520", "8471300200", "1000000", "2031-04")
                .row("5520", "8517130000", "500000", "2031-04")
                .row("5520", "9403600000", "2000000", "2031-07")
                .row("5700", "8471300100", "2000000", "2031-04")
                .row("2010", "8471300100", "1500000", "2031-04")
                .writeTo(dir, "imports-2031.json"), "test"));
        imports.importFile(ImportFile.of(CensusFile.exports()
                .row("5520", "8517130000", "900000", "2031-03")
                .row("5520", "8802400000", "5000000", "2031-03")
                .writeTo(dir, "exports-2031.json"), "test"));
    }

    private static StakesRequest request(PolicyTopic topic, Integer year) {
        return new StakesRequest(VN, topic, year, null);
    }

    @Test
    void anOrderWithTwoHtsNumbersCountsTheImportsInBothAndAllOrdersCountEachNumberOnce() {
        MarketEconomyStakes m = stakes.marketEconomyStatus(request(PolicyTopic.MARKET_ECONOMY_STATUS, 2031));
        assertThat(m.years()).containsExactly(2031);
        // A-552-901: 8471.30.01.00 (3,000,000, a ten-digit line summed from the figures) + 8517.13 (500,000)
        assertThat(m.orders().get(0).imports()).singleElement().satisfies(y -> {
            assertThat(y.valueUsd()).isEqualByComparingTo("3500000");
            assertThat(y.months()).isEqualTo(2);
            assertThat(y.unmeasured()).isEmpty();
        });
        assertThat(m.orders().get(1).imports().get(0).valueUsd()).isEqualByComparingTo("500000");
        assertThat(m.orders().get(2).imports()).as("an order without numbers is listed, its trade not guessed").isEmpty();
        assertThat(m.coveredIn(2031).valueUsd()).as("851713 of both orders once").isEqualByComparingTo("3500000");
        assertThat(m.ordersWithCodes()).isEqualTo(2);
        assertThat(m.ordersWithoutCodes()).isEqualTo(1);
        assertThat(m.provenance().synthetic()).isFalse();
        assertThat(m.provenance().sources()).anyMatch(s -> s.startsWith("policy/adcvd-orders-vietnam.csv"))
                .anyMatch(s -> s.contains("imports-2031.json"));
    }

    @Test
    void theHeadlineSaysWhichOrdersTheFigureCountsAndTheOneThatMakesMostOfIt() {
        MarketEconomyStakes.Counted c = stakes.marketEconomyStatus(request(PolicyTopic.MARKET_ECONOMY_STATUS, 2031)).counted();
        assertThat(c.year().valueUsd()).isEqualByComparingTo("3500000");
        assertThat(c.detailDigits()).as("Census lines of ten digits").isEqualTo(10);
        // A-552-901 3,000,000 + 500,000 = 3,500,000; C-552-902 500,000; A-552-903 has no numbers
        assertThat(c.counted()).containsExactly("A-552-901", "C-552-902");
        assertThat(c.partly()).isEmpty();
        assertThat(c.beyond()).isEmpty();
        // A-552-901 alone holds 3,500,000 of 3,500,000: more than half, and not all the orders counted
        assertThat(c.leading()).containsExactly("A-552-901");
        assertThat(c.leadingUsd()).isEqualByComparingTo("3500000");
        assertThat(c.allLeading()).isFalse();
    }

    @Test
    void inSixDigitStatisticsAnOrderWithATenDigitNumberIsCountedOnlyInPart() {
        imports.importFile(ImportFile.of(ComtradeCsvFile.create()
                .row(842, 704, "M", "2033", "851713", "800000")
                .row(842, 704, "M", "2033", "847130", "700000")
                .writeTo(dir, "us-imports-2033.csv"), "test"));
        MarketEconomyStakes.Counted c = stakes.marketEconomyStatus(request(PolicyTopic.MARKET_ECONOMY_STATUS, 2033)).counted();
        assertThat(c.year().year()).isEqualTo(2033);
        assertThat(c.detailDigits()).isEqualTo(6);
        // 8471.30.01.00 is beyond HS6: 847130's 700,000 is not its trade; 851713's 800,000 is both orders'
        assertThat(c.year().valueUsd()).isEqualByComparingTo("800000");
        assertThat(c.year().unmeasured()).containsExactly("8471300100");
        assertThat(c.counted()).as("800,000 each, by case").containsExactly("A-552-901", "C-552-902");
        assertThat(c.partly()).containsExactly("A-552-901");
        assertThat(c.beyond()).isEmpty();
        assertThat(c.leading()).containsExactly("A-552-901");
        assertThat(c.leadingUsd()).isEqualByComparingTo("800000");
    }

    @Test
    void inHeadingStatisticsASubheadingIsNotKnownAndEveryOrderWithNumbersIsBeyondThem() {
        imports.importFile(ImportFile.of(ComtradeCsvFile.create().row(842, 704, "M", "2034", "8517", "900000")
                .writeTo(dir, "us-imports-2034.csv"), "test"));
        MarketEconomyStakes.Counted c = stakes.marketEconomyStatus(request(PolicyTopic.MARKET_ECONOMY_STATUS, 2034)).counted();
        assertThat(c.detailDigits()).isEqualTo(4);
        // 8517's 900,000 is not 851713's: not known, rather than nothing
        assertThat(c.year().valueUsd()).isEqualByComparingTo("0");
        assertThat(c.year().unmeasured()).containsExactly("8471300100", "851713");
        assertThat(c.counted()).isEmpty();
        assertThat(c.beyond()).containsExactly("A-552-901", "C-552-902");
        assertThat(c.leading()).isEmpty();
    }

    @Test
    void aCountryChargedUnderOtherOrdersShowsThatRatherThanTheAnnexDefault() {
        TariffStakes t = stakes.tariffs(new StakesRequest(CountryCode.of("CN"), PolicyTopic.TARIFFS, 2031, VN));
        assertThat(t.rates()).isEqualTo(new TariffStakes.Rates(TariffStakes.OTHER_ORDERS, true, 0, 0, 0, List.of("Atlantis")));
        assertThat(t.topProducts().get(0).suppliers()).extracting(s -> s.country().value() + " " + s.printedRate())
                .containsExactly("CN charged under other orders (not in the reference data)", "VN 20%", "MX 25%");
    }

    @Test
    void aTenDigitNumberIsNotCountedFromSixDigitStatisticsButSaidToBeBeyondThem() {
        imports.importFile(ImportFile.of(CensusFile.imports().row("5520", "847130", "700000", "2032-01")
                .writeTo(dir, "imports-2032.json"), "test"));
        MarketEconomyStakes m = stakes.marketEconomyStatus(request(PolicyTopic.MARKET_ECONOMY_STATUS, 2032));
        YearFigure y2032 = m.coveredIn(2032);
        assertThat(y2032.valueUsd()).isEqualByComparingTo("0");
        assertThat(y2032.unmeasured()).containsExactly("8471300100");
        assertThat(m.coveredIn(2031).valueUsd()).isEqualByComparingTo("3500000");
    }

    @Test
    void aMonthWhoseRateChangedIsChargedDayByDayAndEachYearSaysItsAverageRate() {
        TariffStakes t = stakes.tariffs(request(PolicyTopic.TARIFFS, 2031));
        // April: 4,500,000 x (4 x 0% + 4 x 10% + 1 x 46% + 21 x 10%) / 30 = 444,000; July: 2,000,000 x 20% = 400,000
        assertThat(t.duties()).singleElement().satisfies(d -> {
            assertThat(d.year()).isEqualTo(2031);
            assertThat(d.importsUsd()).isEqualByComparingTo("6500000");
            assertThat(d.months()).isEqualTo(2);
            assertThat(d.dutiesUsd()).isEqualByComparingTo("844000.00");
            assertThat(d.averageRatePercent()).as("(296 + 31 x 20) rate-days over 61 days").isEqualByComparingTo("15.0164");
        });
        assertThat(t.steps()).extracting(RatePath.Step::percent).extracting(BigDecimal::toPlainString)
                .containsExactly("10", "46", "10", "20");
        assertThat(t.provenance().leavesOut()).anyMatch(l -> l.contains("MFN and Section 232 duties are not included"))
                .anyMatch(l -> l.startsWith("The rate on goods found transshipped (40% from 2031-06-01) is not applied"));
    }

    @Test
    void aYearHeldInMonthsAndInAnAnnualLineIsChargedOnItsMonthsOnceAndAYearHeldOnlyWholeOnItsAnnualLine() {
        // Comtrade's annual lines of the same flow: 2031 beside the Census months above, 2032 alone
        imports.importFile(ImportFile.of(ComtradeCsvFile.create()
                .row(842, 704, "M", "2031", "847130", "9000000")
                .row(842, 704, "M", "2032", "847130", "1000000")
                .writeTo(dir, "us-imports-annual.csv"), "test"));
        TariffStakes t = stakes.tariffs(request(PolicyTopic.TARIFFS, 2031));
        assertThat(t.duties()).extracting(TariffStakes.DutyYear::year).containsExactly(2031, 2032);
        // 2031 as before, from its two months only: 444,000 + 400,000; the annual 9,000,000 would have added
        // 9,000,000 x (4 x 10 + 46 + 21 x 10 + 61 x 10 + 184 x 20) / 365 / 100 = 9,000,000 x 4,586 / 36,500 = 1,130,794.52 more
        assertThat(t.duties().get(0)).satisfies(d -> {
            assertThat(d.importsUsd()).isEqualByComparingTo("6500000");
            assertThat(d.months()).isEqualTo(2);
            assertThat(d.dutiesUsd()).isEqualByComparingTo("844000.00");
        });
        // 2032 only whole: 1,000,000 x 20% all year = 200,000
        assertThat(t.duties().get(1)).satisfies(d -> {
            assertThat(d.importsUsd()).isEqualByComparingTo("1000000");
            assertThat(d.months()).isEqualTo(12);
            assertThat(d.averageRatePercent()).isEqualByComparingTo("20");
            assertThat(d.dutiesUsd()).isEqualByComparingTo("200000.00");
        });
    }

    @Test
    void thePartnersTopProductsAreSetBesideTheirOtherSuppliersRates() {
        TariffStakes t = stakes.tariffs(request(PolicyTopic.TARIFFS, 2031));
        assertThat(t.topProducts()).extracting(TariffStakes.ProductRates::code).containsExactly("8471", "9403", "8517");
        assertThat(t.topProducts().get(0).suppliers()).extracting(s -> s.country().value() + " " + s.printedRate())
                .containsExactly("VN 20%", "CN charged under other orders (not in the reference data)", "MX 25%");
        assertThat(t.topProducts().get(0).suppliers().get(1).percent()).as("China's rate is not the annex's default").isNull();
        // of the annex's other lines with one number: Mexico 25%, Atlantis 30% (a name matched to no country, kept)
        assertThat(t.rates()).isEqualTo(new TariffStakes.Rates("20%", false, 0, 0, 2, List.of("Atlantis")));
    }

    @Test
    void aPartnerWithoutADatedHistoryStillHasItsAnnexRateAndSaysWhatIsMissing() {
        TariffStakes t = stakes.tariffs(new StakesRequest(CountryCode.of("MX"), PolicyTopic.TARIFFS, 2031, null));
        assertThat(t.rateToday()).as("not known, rather than 0%").isNull();
        assertThat(t.steps()).isEmpty();
        assertThat(t.duties()).isEmpty();
        assertThat(t.rates().partnerRate()).isEqualTo("25%");
        assertThat(t.topProducts()).extracting(TariffStakes.ProductRates::code).containsExactly("8471");
        assertThat(t.provenance().leavesOut()).anyMatch(l -> l.contains("no dated tariff history for MX"));
        assertThatThrownBy(() -> stakes.marketEconomyStatus(new StakesRequest(CountryCode.of("MX"), PolicyTopic.MARKET_ECONOMY_STATUS,
                null, null))).isInstanceOf(InvalidInput.class).hasMessageContaining("for VN only, not for MX");
    }

    @Test
    void aWhatIfWithTwoCodesAtZeroChangesTheDutiesProductByProduct() {
        WhatIf.Result r = stakes.whatIf(new WhatIf(VN, new BigDecimal("15"), List.of(HsCode.of("8471"), HsCode.of("940360")), 2031,
                LocalDate.parse("2031-07-15"), HsLevel.CHAPTER));
        assertThat(r.baselineRatePercent()).isEqualByComparingTo("20");
        assertThat(r.lines()).extracting(l -> l.code() + " " + l.importsUsd().toPlainString() + " " + l.zeroedUsd().toPlainString() + " "
                        + l.baselineDutiesUsd().toPlainString() + " " + l.whatIfDutiesUsd().toPlainString() + " " + l.changeUsd().toPlainString())
                .containsExactly(
                        "84 4000000 4000000 800000.00 0.00 -800000.00",
                        "94 2000000 2000000 400000.00 0.00 -400000.00",
                        "85 500000 0 100000.00 75000.00 -25000.00");
        assertThat(r.total().changeUsd()).isEqualByComparingTo("-1225000");
        assertThat(r.total().whatIfDutiesUsd()).isEqualByComparingTo("75000");
    }

    @Test
    void aWhatIfReadsEveryLineAtItsFinestCompleteLevelAndSaysWhatItCouldNotPlace() {
        // The usual download of January 2032: every chapter at HS2 (61 500,000; 85 200,000; 94 300,000: 1,000,000) and
        // selected HS10 lines: smartphones 200,000 (all of 85), wooden furniture 9403 120,000 and LED lamps 9405 30,000
        // (150,000 of 94's 300,000).
        imports.importFile(ImportFile.of(CensusFile.imports()
                .row("5520", "61", "500000", "2032-01")
                .row("5520", "85", "200000", "2032-01")
                .row("5520", "94", "300000", "2032-01")
                .writeTo(dir, "imports-2032-hs2.json"), "test"));
        imports.importFile(ImportFile.of(CensusFile.imports()
                .row("5520", "8517130000", "200000", "2032-01")
                .row("5520", "9403608081", "120000", "2032-01")
                .row("5520", "9405114000", "30000", "2032-01")
                .writeTo(dir, "imports-2032-hs10.json"), "test"));

        WhatIf.Result r = stakes.whatIf(new WhatIf(VN, new BigDecimal("15"), List.of(HsCode.of("9403"), HsCode.of("61")), 2032,
                LocalDate.parse("2032-01-15"), HsLevel.HEADING));

        assertThat(r.baselineRatePercent()).isEqualByComparingTo("20");
        // In force 20%, tried 15%, by |change|:
        // 61 (chapter only, at zero): 500,000 × 20% = 100,000 → 0.
        // 9403 (at zero): 120,000 × 20% = 24,000 → 0.
        // 8517: 200,000 × 20% = 40,000 → × 15% = 30,000: −10,000.
        // 94's rest held only at HS2: 300,000 − 120,000 − 30,000 = 150,000 × 20% = 30,000 → × 15% = 22,500: −7,500.
        // 9405: 30,000 × 20% = 6,000 → × 15% = 4,500: −1,500.
        assertThat(r.lines()).extracting(l -> l.code() + " " + l.importsUsd().toPlainString() + " " + l.zeroedUsd().toPlainString() + " "
                        + l.baselineDutiesUsd().toPlainString() + " " + l.whatIfDutiesUsd().toPlainString() + " " + l.changeUsd().toPlainString())
                .containsExactly(
                        "61 500000 500000 100000.00 0.00 -100000.00",
                        "9403 120000 120000 24000.00 0.00 -24000.00",
                        "8517 200000 0 40000.00 30000.00 -10000.00",
                        "94 150000 0 30000.00 22500.00 -7500.00",
                        "9405 30000 0 6000.00 4500.00 -1500.00");
        assertThat(r.lines()).filteredOn(l -> l.code().equals("94")).singleElement()
                .satisfies(l -> assertThat(l.label()).startsWith("Chapter 94 not detailed below HS2: Furniture"));
        // The whole 1,000,000 is charged, not only the 350,000 of HS10 lines: 620,000 at zero (500,000 + 120,000);
        // 1,000,000 × 20% = 200,000 in force, (1,000,000 − 620,000) × 15% = 57,000 tried: −143,000.
        assertThat(r.total().importsUsd()).isEqualByComparingTo("1000000");
        assertThat(r.total().zeroedUsd()).isEqualByComparingTo("620000");
        assertThat(r.total().baselineDutiesUsd()).isEqualByComparingTo("200000");
        assertThat(r.total().whatIfDutiesUsd()).isEqualByComparingTo("57000");
        assertThat(r.total().changeUsd()).isEqualByComparingTo("-143000");
        assertThat(r.unplaced()).singleElement().satisfies(u -> {
            assertThat(u.zero()).isEqualTo(HsCode.of("9403"));
            assertThat(u.heldAt()).isEqualTo("94");
            assertThat(u.importsUsd()).isEqualByComparingTo("150000");
        });
        assertThat(r.provenance().leavesOut()).contains("9403 at zero: $150,000 of chapter 94, held only at HS2, may include 9403 "
                + "but cannot be placed in it: it is charged at the rate.");
    }

    @Test
    void aWhatIfOutsideItsRangesIsRefusedByField() {
        assertThatThrownBy(() -> new WhatIf(VN, new BigDecimal("100.5"), List.of(HsCode.of("8471300100")), 1800, null, HsLevel.SECTOR))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("rate", "zero", "year", "level"));
        assertThatThrownBy(() -> new WhatIf(VN, new BigDecimal("12.345"), List.of(), null, null, null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("at most two decimals");
        assertThatThrownBy(() -> stakes.whatIf(new WhatIf(CountryCode.of("MX"), BigDecimal.TEN, List.of(), null, null, null)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("not for MX");
    }

    @Test
    void exportControlsSetThePartnersGroupsAndChartBesideTheComparisonAndCountDualUseExportsOnce() {
        ExportControlStakes e = stakes.exportControls(request(PolicyTopic.EXPORT_CONTROLS, 2031));
        assertThat(e.comparison()).isEqualTo(CountryCode.of("CN"));
        assertThat(e.groups()).extracting(g -> g.group() + " " + g.label() + " " + g.comparisonIn() + " " + g.sharedWith())
                .containsExactly("D:1 National Security true [CN]", "D:3 Chemical & Biological true [CN]");
        assertThat(e.chart()).extracting(r -> r.reason() + " " + r.partner() + " " + r.comparison())
                .containsExactly("CB1 true true", "NS1 true true", "NS2 true true", "CC1 false true");
        assertThat(e.exports()).extracting(c -> c.category() + " " + c.years().get(0).valueUsd().toPlainString())
                .containsExactly("CHPL Tier 2: test electronics 900000", "CHPL Tier 3.A: test components 900000");
        assertThat(e.total().get(0).valueUsd()).as("851713 in two categories, counted once").isEqualByComparingTo("900000");
        assertThat(e.caveat()).contains("partial");
    }

    @Test
    void withoutStatisticsTheMeasuresAreListedAndTheGapSaid() {
        TradeStatisticsFixture.clear(jdbc);
        MarketEconomyStakes m = stakes.marketEconomyStatus(request(PolicyTopic.MARKET_ECONOMY_STATUS, null));
        assertThat(m.orders()).hasSize(3);
        assertThat(m.years()).isEmpty();
        assertThat(m.provenance().leavesOut()).anyMatch(l -> l.contains("No US import statistics from VN are imported"));
        assertThat(stakes.tariffs(request(PolicyTopic.TARIFFS, null)).duties()).isEmpty();
    }
}
