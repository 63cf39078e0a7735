package org.bilateral.tradestats.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.bilateral.WorkbenchTest;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** HeldSlicesStore, under HeldSlices, on the fixture's US imports from Vietnam. */
@WorkbenchTest
class HeldSlicesStoreTest {

    @Autowired StatisticsImports imports;
    @Autowired HeldSlicesStore store;
    @Autowired HeldSlices heldSlices;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @BeforeEach
    void usImportsFromVietnam() {
        TradeStatisticsFixture.clear(jdbc);
        imports.importFile(ImportFile.of(TradeStatisticsFixture.usImports(dir), "test"));
    }

    @Test
    void eachYearIsReadFromItsMonthsAtTheDetailOfItsFigures() {
        // 2023 holds January and February, 2024 January alone; every code has six digits
        assertThat(store.details("US", "VN", "M", 2023, 2024)).containsExactlyInAnyOrder(
                new HeldSlices.Detail(2023, 'M', 6, 2), new HeldSlices.Detail(2024, 'M', 6, 1));
        // one slice per month held: 2023-01, 2023-02 and 2024-01
        assertThat(store.mostDetailedSlices("US", "VN", "M", 2023, 2024)).extracting(HeldSlices.Slice::year)
                .containsExactlyInAnyOrder(2023, 2023, 2024);
        HeldSlices.Held held = heldSlices.of("US", "VN", "M", 2023, 2024);
        assertThat(held.slices()).hasSize(3);
        assertThat(held.yearOf(held.lowest())).isEqualTo(2023);
    }
}
