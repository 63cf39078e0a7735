package org.bilateral.tradestats.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.bilateral.tradestats.CensusFile;
import org.bilateral.tradestats.ComtradeCsvFile;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.StatisticsImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An import rebuilds only the years it touches. Whatever the mix of files, levels and revisions, that
 * must leave the same totals as a rebuild of everything from the figures alone (what happens after a
 * crash empties the unlogged totals).
 */
@WorkbenchTest
class TotalsRebuildTest {

    @Autowired StatisticsImports imports;
    @Autowired TotalsStore store;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @BeforeEach
    void empty() {
        TradeStatisticsFixture.clear(jdbc);
    }

    private List<String> totals() {
        return jdbc.sql("""
                select concat_ws('|', reporter, partner, flow, freq, period, level, code, value_usd, months)
                from trade_total order by 1""").query(String.class).list();
    }

    private void importAndCompareWithRebuild(Path file) {
        imports.importFile(ImportFile.of(file, "test"));
        assertThat(jdbc.sql("""
                select count(*) from trade_figure f
                where not exists (select 1 from trade_slice s where s.import_id = f.import_id
                                  and figure_slice_key(s.reporter, s.partner, s.flow, s.freq, s.period, s.hs_level) = f.slice_key)""")
                .query(Long.class).single())
                .as("the importer packs each figure's slice as the database does, and the slice's holder holds it").isZero();
        List<String> gathered = totals();
        jdbc.sql("truncate trade_total_list").update();
        Boolean rebuilt = transaction.execute(status -> store.rebuildTotalsIfLost());
        assertThat(rebuilt).isTrue();
        assertThat(totals()).as("totals after importing " + file.getFileName()).isEqualTo(gathered);
    }

    @Test
    void totalsAfterEachImportEqualTotalsRebuiltFromAllFigures() {
        importAndCompareWithRebuild(CensusFile.imports()
                .row("5520", "84", "5000", "2024-01").row("5520", "8471300100", "1200.5", "2024-01")
                .row("5520", "8471300200", "800", "2024-01").row("5520", "84", "6000", "2024-02")
                .row("5520", "9403600000", "300", "2024-02").row("5700", "8517130000", "999", "2024-01")
                .writeTo(dir, "hs2-and-hs10.json"));
        importAndCompareWithRebuild(CensusFile.imports()
                .row("5520", "847130", "2500", "2024-02").row("5520", "940360", "310", "2024-03")
                .writeTo(dir, "hs6-february-march.json"));
        importAndCompareWithRebuild(CensusFile.imports()
                .row("5520", "8471300100", "1300", "2024-01")
                .writeTo(dir, "hs10-january-revised.json"));
        importAndCompareWithRebuild(ComtradeCsvFile.create()
                .row(704, 842, "X", "2024", "847130", "1100.456").row(704, 842, "X", "2024", "TOTAL", "1500")
                .row(704, 842, "M", "2023", "120190", "265")
                .writeTo(dir, "vietnam-annual.csv"));
        importAndCompareWithRebuild(ComtradeCsvFile.create()
                .row(704, 842, "X", "202401", "847130", "100").row(704, 842, "X", "202402", "8471", "70")
                .writeTo(dir, "vietnam-monthly.csv"));

        assertThat(totals()).contains("US|VN|M|M|2024-01-01|chapter|84|5000|1",
                "US|VN|M|M|2024-01-01|subheading|847130|1300|1",
                "US|VN|M|M|2024-02-01|heading|8471|2500|1",
                "VN|US|X|Y|2024-01-01|total|-|170|2".replace("|-|", "||"),
                "VN|US|X|A|2024-01-01|subheading|847130|1100.456|12");
    }
}
