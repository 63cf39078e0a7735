package org.bilateral.tariffs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import org.bilateral.WorkbenchTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Loading the schedule's two files: the real ones, and small hand-written ones that refuse, repeat or add a version. */
@WorkbenchTest
class TariffLoadsTest {

    @Autowired TariffLoads loads;
    @Autowired TariffSchedules schedules;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void empty() {
        TariffFixture.clear(jdbc);
    }

    @Test
    void theRealScheduleHolds11414LinesOfWhich264AreUnpriced() {
        assumeTrue(TariffFixture.tariffsThere(), TariffFixture.ABSENT);
        long start = System.nanoTime();
        TariffLoads.LoadReport r = loads.load(TariffFixture.TARIFFS, LocalDate.of(2026, 1, 1), "test");
        System.out.println("LOAD ms " + (System.nanoTime() - start) / 1_000_000);
        start = System.nanoTime();
        int n = schedules.lines(r.schedule().id()).size();
        System.out.println("READ ms " + (System.nanoTime() - start) / 1_000_000);
        assertThat(n).isEqualTo(11_414);
        assertThat(r.lines()).isEqualTo(11_414);
        assertThat(r.unpriced()).isEqualTo(264);
        // 11,414 lines × 21 columns
        assertThat(r.preferences()).isEqualTo(239_694);
    }
}
