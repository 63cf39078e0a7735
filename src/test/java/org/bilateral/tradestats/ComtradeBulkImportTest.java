package org.bilateral.tradestats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
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

/** UN Comtrade bulk files, tab-separated and gzip'd as the server sends them, go through the same import as any file. */
@WorkbenchTest
class ComtradeBulkImportTest {

    static final CountryCode US = CountryCode.of("US");
    static final CountryCode VN = CountryCode.of("VN");

    @Autowired StatisticsImports imports;
    @Autowired TradeBalances balances;
    @Autowired MirrorComparisons mirrors;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @BeforeEach
    void emptyDatabase() {
        TradeStatisticsFixture.clear(jdbc);
    }

    /** Vietnam's 2024 as a bulk file: exports to the US 1,100 + 250; imports from it 265 + 106 valued CIF. */
    private ComtradeBulkFile vietnam2024() {
        return ComtradeBulkFile.create()
                .row(704, 842, "X", "2024", "H6", "847130", "", "1100", "1100")
                .row(704, 842, "X", "2024", "H6", "940360", "", "250", "250")
                .row(704, 842, "M", "2024", "H6", "120190", "265", "250", "265")
                .row(704, 842, "M", "2024", "H6", "880240", "106", "100", "106")
                // by mode of supply: already inside the line above, so left out
                .row(704, 842, "M", "2024", "H6", "880240", "1", "106", "100", "106");
    }

    private String valuation(String hsCode) {
        return jdbc.sql("select valuation from trade_figure where hs_code = ?").param(hsCode).query(String.class).single();
    }

    @Test
    void aGzipdBulkFileGivesTheBalanceAndValuesImportsCifAndExportsFob() {
        ImportReport report = imports.importFile(ImportFile.of(vietnam2024().writeGzipTo(dir,
                "COMTRADE-FINAL-CA7042024H6[2025-05-01].txt.gz"), "test"));

        assertThat(report.format()).isEqualTo("UN Comtrade bulk file (tab-separated)");
        assertThat(report.figures()).as("four lines with the US; the mode-of-supply line skipped").isEqualTo(4);
        Balance.Row y2024 = balances.balance(BalanceRequest.of(VN, US, Granularity.YEAR, HsLevel.TOTAL)).rows().get(0);
        assertThat(y2024.exports()).as("1,100 + 250").isEqualByComparingTo("1350");
        assertThat(y2024.imports()).as("265 + 106").isEqualByComparingTo("371");
        assertThat(y2024.balance()).as("1,350 - 371").isEqualByComparingTo("979");
        assertThat(valuation("120190")).as("CIFValue 265 is the primary value").isEqualTo("CIF");
        assertThat(valuation("847130")).as("an export with its FOBValue").isEqualTo("FOB");
        // qtyUnitCode 8 is kilograms; the file's qty 1000
        assertThat(jdbc.sql("select quantity || ' ' || quantity_unit from trade_figure where hs_code = '120190'")
                .query(String.class).single()).isEqualTo("1000 kg");
    }

    @Test
    void bulkImportsValuedCifGiveTheMirrorItsCifFobMargin() {
        imports.importFile(ImportFile.of(TradeStatisticsFixture.usExports(dir), "test"));
        imports.importFile(ImportFile.of(vietnam2024().writeTo(dir, "vietnam-2024.txt"), "test"));

        Mirror.Line usToVn = mirrors.mirror(new MirrorRequest(US, VN, 2024, HsLevel.TOTAL, 0)).aToB().total();

        // The US reports 350 exported in 2024 (250 + 100); Vietnam 371 imported, CIF. Margin 350 × (1.06 - 1) = 21;
        // gap 371 - 350 = 21; residual 21 - 21 = 0.
        assertThat(mirrors.mirror(new MirrorRequest(US, VN, 2024, HsLevel.TOTAL, 0)).aToB().importerValuation())
                .isEqualTo("CIF");
        assertThat(usToVn.gap()).isEqualByComparingTo("21");
        assertThat(usToVn.cifFobMargin()).isEqualByComparingTo("21");
        assertThat(usToVn.residual()).isEqualByComparingTo("0");
    }

    @Test
    void theSameBulkFileTwiceChangesNothing() {
        Path file = vietnam2024().writeGzipTo(dir, "C_A_704_2024_H6.txt.gz");
        ImportReport first = imports.importFile(ImportFile.of(file, "test"));

        ImportReport second = imports.importFile(ImportFile.of(file, "test"));

        assertThat(second.alreadyImported()).isTrue();
        assertThat(second.importId()).isEqualTo(first.importId());
        assertThat(jdbc.sql("select count(*) from trade_figure").query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void aBadBulkRecordNamesFileLineAndFieldAndStoresNothing() {
        Path bad = ComtradeBulkFile.create()
                .row(704, 842, "X", "2024", "H6", "847130", "", "1100", "1100")
                .row(704, 842, "X", "2024", "H6", "940360", "", "250", "25O")
                .writeGzipTo(dir, "bad.txt.gz");

        assertThatThrownBy(() -> imports.importFile(ImportFile.of(bad, "test")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.source()).isEqualTo("bad.txt.gz");
                    assertThat(p.location()).isEqualTo("line 3");
                    assertThat(p.field()).isEqualTo("primaryValue");
                }));
        assertThat(jdbc.sql("select count(*) from trade_import").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from trade_figure").query(Long.class).single()).isZero();
    }

    @Test
    void aDamagedGzipIsRefusedWithItsName() throws Exception {
        byte[] whole = java.nio.file.Files.readAllBytes(vietnam2024().writeGzipTo(dir, "whole.txt.gz"));
        Path cut = java.nio.file.Files.write(dir.resolve("cut.txt.gz"), java.util.Arrays.copyOf(whole, whole.length - 12));

        assertThatThrownBy(() -> imports.importFile(ImportFile.of(cut, "test")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).source()).isEqualTo("cut.txt.gz"));
        assertThat(jdbc.sql("select count(*) from trade_import").query(Long.class).single()).isZero();
    }
}
