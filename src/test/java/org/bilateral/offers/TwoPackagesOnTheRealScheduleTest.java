package org.bilateral.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.bilateral.WorkbenchTest;
import org.bilateral.shared.HsCode;
import org.bilateral.tariffs.TariffFixture;
import org.bilateral.tariffs.TariffLoads;
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
 * Issue 33's "done when": two packages, farm goods at zero and every industrial line at or below 5% at zero, priced on the
 * real schedule of January 2026 ({@code ../shared/data/tariffs}) and a small but realistic year of statistics, every figure
 * worked out by hand. The rates used, as the schedule prints them:
 * <ul>
 * <li>1005.90 maize: 1005.90.10 30%, 1005.90.91 2%, 1005.90.99 0%; 1201.90 soybeans: one line at 0%; 0202.30 frozen
 * boneless beef: one line at 14%; 5201.00 raw cotton (Annex 1, beyond chapter 24): one line at 0%.</li>
 * <li>3901.20 polyethylene: one line at 2%; 8802.40 aircraft: two lines at 0%; 0306.17 shrimp (fish: industrial): six
 * lines at 12%, 0306.17.90 at 0%; 3304.99 cosmetics: 10, 18, 18% (above 5%); 8703.23 cars: 16 lines referring to
 * Chapter 98, the rest at 15–70%.</li>
 * </ul>
 * Vietnam's imports of 2025 (CIF), from the US and [from the world]: maize 300,000,000 [2,300,000,000]; soybeans
 * 800,000,000 [2,800,000,000]; beef 50,000,000 [150,000,000]; cotton 600,000,000 [3,000,000,000]; shrimp 20,000,000
 * [220,000,000]; polyethylene 80,000,000 [1,080,000,000]; aircraft 500,000,000 [1,500,000,000]; cosmetics 30,000,000
 * [530,000,000]; cars 20,000,000 [2,020,000,000]: 2,400,000,000 from the US. Its exports to the US: 120,400,000,000, a
 * surplus of 118,000,000,000 by its statistics. The US's (Census, every month of 2025): imports from Vietnam 150,000,000,000, exports
 * to it 15,000,000,000, a deficit of 135,000,000,000. η = σ = 1.5, CIF/FOB 1.06.
 */
@WorkbenchTest
class TwoPackagesOnTheRealScheduleTest {

    static final String FARM = """
            name: Farm goods at zero
            schedule-on: 2026-01-01
            parts:
              - scope: agricultural
                phases: [{year: 2026, rate: 0}]
            """;

    static final String INDUSTRIAL = """
            name: Industrial lines at or below 5% at zero
            schedule-on: 2026-01-01
            parts:
              - scope: industrial
                mfn-at-or-below: 5
                phases: [{year: 2026, rate: 0}]
            """;

    @Autowired OfferPricing pricing;
    @Autowired Offers offers;
    @Autowired TariffLoads loads;
    @Autowired StatisticsImports imports;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @BeforeEach
    void realScheduleAndAYearOfStatistics() {
        assumeTrue(TariffFixture.tariffsThere(), TariffFixture.ABSENT);
        TariffFixture.clear(jdbc);
        loads.load(TariffFixture.TARIFFS, LocalDate.of(2026, 1, 1), "test");
        TradeStatisticsFixture.clear(jdbc);
        ComtradeCsvFile vietnam = ComtradeCsvFile.create();
        String[][] products = {{"100590", "300000000", "2300000000"}, {"120190", "800000000", "2800000000"},
            {"020230", "50000000", "150000000"}, {"520100", "600000000", "3000000000"}, {"030617", "20000000", "220000000"},
            {"390120", "80000000", "1080000000"}, {"880240", "500000000", "1500000000"}, {"330499", "30000000", "530000000"},
            {"870323", "20000000", "2020000000"}};
        for (String[] p : products) {
            vietnam.row(704, 842, "M", "2025", p[0], p[1]).row(704, 0, "M", "2025", p[0], p[2]);
        }
        vietnam.row(704, 842, "X", "2025", "851713", "120400000000");
        imports.importFile(ImportFile.of(vietnam.writeTo(dir, "vietnam-2025.csv"), "test"));
        // the US side's whole year, a twelfth each month: imports 12,500,000,000 × 12 = 150,000,000,000, exports
        // 1,250,000,000 × 12 = 15,000,000,000
        for (int m = 1; m <= 12; m++) {
            String month = String.format("2025-%02d", m);
            imports.importFile(ImportFile.of(CensusFile.imports().row("5520", "8517130000", "11666666666", month)
                    .row("5520", "8471300100", "833333334", month).writeTo(dir, "us-imports-" + m + ".json"), "test"));
            imports.importFile(ImportFile.of(CensusFile.exports().row("5520", "1201900000", "1250000000", month)
                    .writeTo(dir, "us-exports-" + m + ".json"), "test"));
        }
    }

    @Test
    void farmGoodsAtZeroForgoThirtyNineMillionAndCloseSixHundredthsOfAPercentOfTheUsDeficit() {
        Pricing p = pricing.price(offers.read("farm.yaml", FARM), 2025);
        assertThat(p.products()).extracting(e -> e.code().digits()).containsExactly("100590", "020230", "120190", "520100");
        ProductEffect maize = p.products().get(0);
        // maize: cuts 30, 2, 0 → (30 + 2 + 0)/3 = 32/3 points; 300,000,000 × 32/3% = 32,000,000; range 0 … 300,000,000 × 30% = 90,000,000
        assertThat(maize.revenueForgoneUsd()).isEqualByComparingTo("32000000.00");
        assertThat(maize.revenueLowUsd()).isEqualByComparingTo("0.00");
        assertThat(maize.revenueHighUsd()).isEqualByComparingTo("90000000.00");
        assertThat(maize.averaged()).isTrue();
        // d = (30/130 + 2/102 + 0)/3 = (3/13 + 1/51)/3 = 166/1989; created 300,000,000 × 1.5 × 166/1989 = 37,556,561.09
        assertThat(maize.createdUsd()).isEqualByComparingTo("37556561.09");
        // diverted: others 2,300,000,000 − 300,000,000 = 2,000,000,000; 300,000,000 × 2,000,000,000 / 2,300,000,000 = 6,000,000,000/23;
        // × 1.5 × 166/1989 = 1,494,000,000,000/45,747 = 32,657,879.21
        assertThat(maize.divertedUsd()).isEqualByComparingTo("32657879.21");
        ProductEffect beef = p.products().get(1);
        // beef: 50,000,000 × 14% = 7,000,000; d = 14/114 = 7/57; created 50,000,000 × 1.5 × 7/57 = 9,210,526.32;
        // diverted 50,000,000 × 100,000,000 / 150,000,000 × 1.5 × 7/57 = 350,000,000/57 = 6,140,350.88
        assertThat(beef.revenueForgoneUsd()).isEqualByComparingTo("7000000.00");
        assertThat(beef.createdUsd()).isEqualByComparingTo("9210526.32");
        assertThat(beef.divertedUsd()).isEqualByComparingTo("6140350.88");
        // soybeans and cotton are already at 0%: covered, nothing forgone
        assertThat(p.products().get(2).revenueForgoneUsd()).isEqualByComparingTo("0");
        YearEffect y = p.finalYear();
        // revenue forgone 32,000,000 + 7,000,000 = 39,000,000; range 0 + 7,000,000 … 90,000,000 + 7,000,000
        assertThat(y.revenueForgoneUsd()).isEqualByComparingTo("39000000.00");
        assertThat(y.revenueLowUsd()).isEqualByComparingTo("7000000.00");
        assertThat(y.revenueHighUsd()).isEqualByComparingTo("97000000.00");
        // created 37,556,561.0860 + 9,210,526.3158 = 46,767,087.4018; diverted 32,657,879.2052 + 6,140,350.8772 = 38,798,230.0824
        assertThat(y.createdUsd()).isEqualByComparingTo("46767087.40");
        assertThat(y.divertedUsd()).isEqualByComparingTo("38798230.08");
        // added US exports, CIF: 85,565,317.4841 → 85,565,317.48; as the US values them ÷ 1.06 = 80,721,997.6266 → 80,721,997.63
        assertThat(y.addedCifUsd()).isEqualByComparingTo("85565317.48");
        assertThat(y.addedUsValuedUsd()).isEqualByComparingTo("80721997.63");
        // of the US-measured deficit 150,000,000,000 − 15,000,000,000 = 135,000,000,000: 80,721,997.6266 / 135e9 = 0.00059794 (0.06%)
        assertThat(p.deficit().usMeasuredUsd()).isEqualByComparingTo("135000000000");
        assertThat(y.ofUsMeasuredDeficit().fraction()).isEqualByComparingTo("0.00059794");
        // of Vietnam's surplus 120,400,000,000 − 2,400,000,000 = 118,000,000,000: 85,565,317.4841 / 118e9 = 0.00072513
        assertThat(y.ofVietnamMeasuredSurplus().fraction()).isEqualByComparingTo("0.00072513");
        // beside the deals: the gap is the same US-measured deficit, the offer's share of it the same 0.00059794
        assertThat(p.deals().gapUsd()).isEqualByComparingTo("135000000000");
        assertThat(p.deals().offerShareOfGap().fraction()).isEqualByComparingTo("0.00059794");
        assertThat(p.unpriced()).as("no agricultural line refers to Chapter 98").isEmpty();
    }

    @Test
    void industrialLinesAtOrBelowFivePercentAtZeroForgoOnlyThePolyethylenesTwoPercent() {
        Pricing p = pricing.price(offers.read("industrial.yaml", INDUSTRIAL), 2025);
        // cosmetics (10–18%) and cars' priced lines (15–70%) are above the ceiling; shrimp's one line at 0% is covered
        assertThat(p.products()).extracting(e -> e.code().digits()).containsExactly("390120", "030617", "880240");
        ProductEffect shrimp = p.products().get(1);
        assertThat(shrimp.linesCovered()).isEqualTo(1);
        assertThat(shrimp.linesInCode()).isEqualTo(7);
        // shrimp: cut (6 × 0 + 0)/7 = 0
        assertThat(shrimp.revenueForgoneUsd()).isEqualByComparingTo("0");
        YearEffect y = p.finalYear();
        // polyethylene 80,000,000 × 2% = 1,600,000, one line so no range
        assertThat(y.revenueForgoneUsd()).isEqualByComparingTo("1600000.00");
        assertThat(y.revenueHighUsd()).isEqualByComparingTo("1600000.00");
        // d = 2/102 = 1/51: created 80,000,000 × 1.5/51 = 2,352,941.18; diverted 80,000,000 × 1,000,000,000 / 1,080,000,000
        // × 1.5/51 = 3,000,000,000/1,377 = 2,178,649.24
        assertThat(y.createdUsd()).isEqualByComparingTo("2352941.18");
        assertThat(y.divertedUsd()).isEqualByComparingTo("2178649.24");
        // added 4,531,590.4139 → 4,531,590.41; ÷ 1.06 = 4,275,085.2962 → 4,275,085.30
        assertThat(y.addedCifUsd()).isEqualByComparingTo("4531590.41");
        assertThat(y.addedUsValuedUsd()).isEqualByComparingTo("4275085.30");
        // 4,275,085.2962 / 135,000,000,000 = 0.00003167; 4,531,590.4139 / 118,000,000,000 = 0.00003840
        assertThat(y.ofUsMeasuredDeficit().fraction()).isEqualByComparingTo("0.00003167");
        assertThat(y.ofVietnamMeasuredSurplus().fraction()).isEqualByComparingTo("0.00003840");
        // the 264 lines referring to Chapter 98 (all motor vehicles, industrial) are listed, not priced as zero
        assertThat(p.unpriced()).hasSize(264);
        assertThat(p.unpriced()).filteredOn(u -> u.line().equals(HsCode.of("87032311"))).singleElement()
                .satisfies(u -> assertThat(u.importsOfCodeUsd()).isEqualByComparingTo("20000000"));
        assertThat(p.synthetic()).isFalse();
    }
}
