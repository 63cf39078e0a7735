package org.bilateral.tariffs;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilateral.WorkbenchTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A reference location without the schedule's files (the project's own test reference) loads none, and says so in the log. */
@WorkbenchTest
class TariffReferenceAbsentTest {

    @Autowired TariffLoads loads;
    @Autowired TariffSchedules schedules;
    @Autowired JdbcClient jdbc;

    @Test
    void noScheduleFilesLoadNothing() {
        TariffFixture.clear(jdbc);
        assertThat(loads.loadReference()).isEmpty();
        assertThat(schedules.schedules()).isEmpty();
    }
}
