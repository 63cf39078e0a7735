package org.bilateral.tradestats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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

/**
 * The usual download, counted by hand: US imports from Vietnam in January 2030 as every HS2 chapter (one Census file)
 * plus selected HS10 lines (another):
 * <ul>
 * <li>HS2: 61 apparel 5,000; 84 machinery 1,000; 85 electrical 2,000; 94 furniture and lamps 3,000: 11,000 in all.</li>
 * <li>HS10: 8471.30.01.00 laptops 1,000 (all of 84); 8517.13.00.00 smartphones 2,000 (all of 85); 9403.60.80.81 wooden
 * furniture 1,200 and 9405.11.40.00 LED lamps 300 (1,500 of 94's 3,000).</li>
 * </ul>
 */
@WorkbenchTest
class TradeBalancesProductLevelsTest {

    static final CountryCode US = CountryCode.of("US");
    static final CountryCode VN = CountryCode.of("VN");

    @Autowired StatisticsImports imports;
    @Autowired TradeBalances balances;
    @Autowired MirrorComparisons mirrors;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @BeforeEach
    void usualDownload() {
        TradeStatisticsFixture.clear(jdbc);
        imports.importFile(ImportFile.of(CensusFile.imports()
                .row("5520", "61", "5000", "2030-01")
                .row("5520", "84", "1000", "2030-01")
                .row("5520", "85", "2000", "2030-01")
                .row("5520", "94", "3000", "2030-01")
                .writeTo(dir, "us-imports-hs2.json"), "test"));
        imports.importFile(ImportFile.of(CensusFile.imports()
                .row("5520", "8471300100", "1000", "2030-01")
                .row("5520", "8517130000", "2000", "2030-01")
                .row("5520", "9403608081", "1200", "2030-01")
                .row("5520", "9405114000", "300", "2030-01")
                .writeTo(dir, "us-imports-hs10.json"), "test"));
    }

    private static String row(Balance.Row r) {
        return r.code() + " " + r.label() + " " + r.imports().toPlainString();
    }

    @Test
    void sectorsAddUpToTheTotalAndAChapterHeldOnlyCoarserThanItsSectorsIsItsOwnLine() {
        List<Balance.Row> sectors = balances.balance(new BalanceRequest(US, VN, Granularity.YEAR, HsLevel.SECTOR, 2030, 2030, 0))
                .rows();
        // 61 counts wholly in textiles (no sector code finer than 61): 5,000, though held only at HS2.
        // 84: 847130 1,000 adds up to the chapter: chips 1,000. 85: 851713 2,000: electronics 2,000.
        // 94: furniture is 9401 to 9404, lamps are other goods: 940360 1,200 furniture, 940511 300 other, and the
        // 3,000 - 1,200 - 300 = 1,500 not detailed stays on its own line.
        assertThat(sectors).extracting(TradeBalancesProductLevelsTest::row).containsExactlyInAnyOrder(
                "textiles Textiles and apparel 5000",
                "electronics Phones and electronics 2000",
                "not-allocated-94 Not allocated: chapter 94 1500",
                "furniture Furniture 1200",
                "chips Semiconductors, computers and AI accelerators 1000",
                "other Other goods 300");
        // 5,000 + 2,000 + 1,500 + 1,200 + 1,000 + 300 = 11,000, the total.
        assertThat(sectors.stream().map(Balance.Row::imports).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("11000");
        assertThat(balances.balance(BalanceRequest.of(US, VN, Granularity.YEAR, HsLevel.TOTAL)).rows())
                .singleElement().satisfies(r -> assertThat(r.imports()).isEqualByComparingTo("11000"));
    }

    @Test
    void theMirrorBelowChapterLevelSetsApartTheChaptersASideHoldsOnlyCoarserInsteadOfCountingThemAsAGap() {
        // Vietnam's exports to the US in 2030 (Comtrade, the year whole): every chapter at HS2 (61 4,800; 84 950;
        // 85 1,900; 94 2,900: 10,550) and HS6 lines for all but 94: 610910 4,800; 847130 950; 851713 1,900.
        imports.importFile(ImportFile.of(ComtradeCsvFile.create()
                .row(704, 842, "X", "2030", "61", "4800")
                .row(704, 842, "X", "2030", "84", "950")
                .row(704, 842, "X", "2030", "85", "1900")
                .row(704, 842, "X", "2030", "94", "2900")
                .row(704, 842, "X", "2030", "610910", "4800")
                .row(704, 842, "X", "2030", "847130", "950")
                .row(704, 842, "X", "2030", "851713", "1900")
                .writeTo(dir, "vietnam-exports-2030.csv"), "test"));

        Mirror.Direction vnToUs = mirrors.mirror(new MirrorRequest(US, VN, 2030, HsLevel.HEADING, 0)).bToA();

        // 61: the US holds it at HS2 only (no heading adds to its 5,000); 94: the US details 1,200 + 300 = 1,500 of its
        // 3,000, Vietnam none of its 2,900. Both apart, with both sides' chapter figures, which do compare; the exporter's
        // side is said first.
        assertThat(vnToUs.notComparable()).extracting(n -> n.chapter() + " " + n.exporterReports().toPlainString() + " "
                        + n.importerReports().toPlainString() + " " + n.reason())
                .containsExactly(
                        "61 4800 5000 not comparable at this level (US reports chapter 61 at HS2 only)",
                        "94 2900 3000 not comparable at this level (VN reports chapter 94 at HS2 only; "
                                + "US details only 1500 of chapter 94's 3000 below HS2)");
        // Compared: 8471 950 against 1,000 (gap 50), 8517 1,900 against 2,000 (gap 100); no timing (Vietnam's year is
        // whole, not monthly), no CIF/FOB margin (the US values imports at customs value): residual = gap.
        assertThat(vnToUs.lines()).extracting(l -> l.code() + " " + l.exporterReports().toPlainString() + " "
                        + l.importerReports().toPlainString() + " " + l.residual().toPlainString())
                .containsExactly("8517 1900 2000 100.00", "8471 950 1000 50.00");
        // The total is of the comparable products: 950 + 1,900 = 2,850 against 1,000 + 2,000 = 3,000, residual 150; not
        // −4,800 of apparel and +1,500 of furniture that one side simply does not detail.
        assertThat(vnToUs.total().label()).isEqualTo("All comparable products");
        assertThat(vnToUs.total().exporterReports()).isEqualByComparingTo("2850");
        assertThat(vnToUs.total().importerReports()).isEqualByComparingTo("3000");
        assertThat(vnToUs.total().residual()).isEqualByComparingTo("150");
        // 2,850 + 4,800 + 2,900 = 10,550, all Vietnam reports; 3,000 + 5,000 + 3,000 = 11,000, all the US reports.

        // By sector: Vietnam's 94 is not allocated (2,900), so the sectors chapter 94 may count in, furniture and other
        // goods, are set apart with it: Vietnam 2,900; the US furniture 1,200 + other 300 + not allocated 1,500 = 3,000.
        Mirror.Direction bySector = mirrors.mirror(new MirrorRequest(US, VN, 2030, HsLevel.SECTOR, 0)).bToA();
        assertThat(bySector.notComparable()).extracting(n -> n.chapter() + " | " + n.label() + " | "
                        + n.exporterReports().toPlainString() + " " + n.importerReports().toPlainString() + " | " + n.reason())
                .containsExactly("94 | Furniture, Not allocated: chapter 94, Other goods | 2900 3000 | not comparable at this level "
                        + "(VN reports chapter 94 at HS2 only; US details only 1500 of chapter 94's 3000 below HS2)");
        // Compared: textiles 4,800 / 5,000, electronics 1,900 / 2,000, chips 950 / 1,000: 7,650 against 8,000, residual 350.
        assertThat(bySector.lines()).extracting(l -> l.code() + " " + l.residual().toPlainString())
                .containsExactly("textiles 200.00", "electronics 100.00", "chips 50.00");
        assertThat(bySector.total().exporterReports()).isEqualByComparingTo("7650");
        assertThat(bySector.total().importerReports()).isEqualByComparingTo("8000");
        assertThat(bySector.total().residual()).isEqualByComparingTo("350");

        Mirror.Direction byChapter = mirrors.mirror(new MirrorRequest(US, VN, 2030, HsLevel.CHAPTER, 0)).bToA();
        assertThat(byChapter.notComparable()).as("chapters are whole on both sides").isEmpty();
        assertThat(byChapter.total().residual()).as("11,000 − 10,550").isEqualByComparingTo("450");
    }
}
