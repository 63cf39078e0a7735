package org.bilateral.tradestats.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.bilateral.WorkbenchTest;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** UpkeepStore: the planner's statistics of a table are refreshed when an import at least doubles it. */
@WorkbenchTest
class UpkeepStoreTest {

    @Autowired StatisticsImports imports;
    @Autowired JdbcClient jdbc;
    @Autowired JdbcTemplate template;
    @TempDir Path dir;

    @Test
    void aTableTheImportMoreThanDoubledIsAnalysedAgain() {
        TradeStatisticsFixture.clear(jdbc);
        imports.importFile(ImportFile.of(TradeStatisticsFixture.usImports(dir), "test"));
        // one import row held; told a million were added, far more than the table's estimate, so it is analysed
        UpkeepStore.refreshStatisticsIfGrown(jdbc, template, "trade_import", 1_000_000);
        assertThat(jdbc.sql("select reltuples from pg_class where oid = cast('trade_import' as regclass)")
                .query(Double.class).single()).isEqualTo(1.0);
    }
}
