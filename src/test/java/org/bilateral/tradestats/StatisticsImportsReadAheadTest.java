package org.bilateral.tradestats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Granularity;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A set of files is read one file ahead: the second file's reading begins while the first one's slices and totals are
 * written. What the second file's reader finds must still be said as if that file had been imported alone, in its turn.
 */
@WorkbenchTest
class StatisticsImportsReadAheadTest {

    static final CountryCode US = CountryCode.of("US");
    static final CountryCode VN = CountryCode.of("VN");

    @Autowired StatisticsImports imports;
    @Autowired TradeBalances balances;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @BeforeEach
    void emptyDatabase() {
        TradeStatisticsFixture.clear(jdbc);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private List<InputProblem> refusal(List<Path> files) {
        return catchThrowableOfType(InvalidInput.class,
                () -> imports.importFiles(files.stream().map(f -> ImportFile.of(f, "test")).toList())).problems();
    }

    @Test
    void aBadRowInTheSecondOfTwoFilesIsRefusedWithTheSameFileLineAndFieldAsThatFileAlone() {
        Path good = TradeStatisticsFixture.usImports(dir);
        Path bad = CensusFile.imports()
                .row("5520", "847130", "1000", "2024-01")
                .row("5520", "847130", "12a", "2024-02")
                .writeTo(dir, "bad.json");
        List<InputProblem> alone = refusal(List.of(bad));

        List<InputProblem> second = refusal(List.of(good, bad));

        assertThat(alone).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("bad.json");
            assertThat(p.location()).startsWith("line 3");
            assertThat(p.field()).isEqualTo("GEN_VAL_MO");
        });
        // the same problem, then the set's own line: 2 files, none stored
        assertThat(second).hasSize(2).startsWith(alone.get(0));
        assertThat(second.get(1).location()).isNull();
        assertThat(count("trade_import")).isZero();
        assertThat(count("trade_figure")).isZero();
        assertThat(count("trade_total")).isZero();
    }

    @Test
    void aSecondFileWithMoreProblemsThanAreListedNamesTheSameFirstTenAsAlone() {
        Path good = TradeStatisticsFixture.usImports(dir);
        CensusFile worse = CensusFile.imports();
        for (int month = 1; month <= 12; month++) {
            // twelve values that are no amounts: reading stops at the tenth, line 11
            worse.row("5520", "847130", month + "x", String.format("2024-%02d", month));
        }
        Path bad = worse.writeTo(dir, "worse.json");
        List<InputProblem> alone = refusal(List.of(bad));

        List<InputProblem> second = refusal(List.of(good, bad));

        assertThat(alone).hasSize(10);
        assertThat(alone.get(9).location()).startsWith("line 11");
        assertThat(second.subList(0, 10)).isEqualTo(alone);
        assertThat(second).hasSize(11);
        assertThat(count("trade_figure")).isZero();
    }

    @Test
    void twoFilesReadOneAheadGiveTheBalanceCountedByHand() {
        List<ImportReport> reports = imports.importFiles(List.of(ImportFile.of(TradeStatisticsFixture.usImports(dir), "test"),
                ImportFile.of(TradeStatisticsFixture.usExports(dir), "test")));

        assertThat(reports).hasSize(2);
        assertThat(reports.get(0).figures()).isEqualTo(6);
        Balance balance = balances.balance(BalanceRequest.of(US, VN, Granularity.YEAR, HsLevel.TOTAL));
        assertThat(balance.rows()).hasSize(2);
        assertThat(balance.rows().get(0).exports()).isEqualByComparingTo("400");
        // exports cover only January 2023, so imports are January's alone: 1,000 + 500
        assertThat(balance.rows().get(0).imports()).isEqualByComparingTo("1500");
        assertThat(balance.rows().get(0).balance()).isEqualByComparingTo("-1100"); // 400 − 1,500
        assertThat(balance.rows().get(1).balance()).isEqualByComparingTo("-1150"); // 350 − 1,500
    }
}
