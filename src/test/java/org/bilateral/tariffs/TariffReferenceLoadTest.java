package org.bilateral.tariffs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.bilateral.WorkbenchTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The schedule comes with the reference data: in force from 1 January of the files' year, unless a version of that day is held. */
@WorkbenchTest
class TariffReferenceLoadTest {

    @DynamicPropertySource
    static void sharedReference(DynamicPropertyRegistry properties) {
        properties.add("bilateral.reference", () -> Path.of("../shared/data").toAbsolutePath().normalize().toString());
    }

    @Autowired TariffLoads loads;
    @Autowired TariffSchedules schedules;
    @Autowired JdbcClient jdbc;

    @TempDir Path dir;

    @BeforeEach
    void empty() {
        TariffFixture.clear(jdbc);
    }

    @Test
    void theReferenceScheduleIsInForceFromTheFirstOfJanuaryOfItsYearAndLoadsOnce() {
        assumeTrue(TariffFixture.tariffsThere(), TariffFixture.ABSENT);
        TariffLoads.LoadReport first = loads.loadReference().orElseThrow();
        assertThat(first.unchanged()).isFalse();
        // the files' year column is 2026
        assertThat(first.schedule().inForceFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(first.lines()).isEqualTo(11_414);
        TariffLoads.LoadReport again = loads.loadReference().orElseThrow();
        assertThat(again.unchanged()).isTrue();
        assertThat(schedules.schedules()).hasSize(1);
    }

    @Test
    void aVersionHeldForThatDayIsKeptAndNotLoadedOver() throws IOException {
        assumeTrue(TariffFixture.tariffsThere(), TariffFixture.ABSENT);
        Files.writeString(dir.resolve(TariffFiles.MFN), TariffLoadsTest.MFN);
        Files.writeString(dir.resolve(TariffFiles.PREFERENTIAL), TariffLoadsTest.PREFERENTIAL);
        Schedule held = loads.load(dir, LocalDate.of(2026, 1, 1), "test").schedule();
        TariffLoads.LoadReport reference = loads.loadReference().orElseThrow();
        assertThat(reference.unchanged()).isTrue();
        assertThat(reference.schedule()).isEqualTo(held);
        assertThat(schedules.schedules()).containsExactly(held);
    }
}
