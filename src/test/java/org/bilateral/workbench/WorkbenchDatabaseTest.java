package org.bilateral.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database the workbench runs on: its own embedded one, shared by commands, or an external server. */
class WorkbenchDatabaseTest {

    @TempDir Path home;

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long answer(WorkbenchDatabase db) {
        return JdbcClient.create(db.dataSource()).sql("select 41 + 1").query(Long.class).single();
    }

    @Test
    void aCommandRunWhileTheWorkbenchServesUsesTheRunningDatabaseAndLeavesItRunning() throws Exception {
        WorkbenchProperties properties = new WorkbenchProperties(home,
                new WorkbenchProperties.Database(null, null, null, freePort(), false, false));
        try (WorkbenchDatabase serving = WorkbenchDatabase.open(properties)) {
            JdbcClient.create(serving.dataSource()).sql("create table kept (x int)").update();
            try (WorkbenchDatabase command = WorkbenchDatabase.open(properties)) {
                assertThat(answer(command)).isEqualTo(42);
            }
            assertThat(answer(serving)).as("still running after the command closed").isEqualTo(42);
            JdbcClient jdbc = JdbcClient.create(serving.dataSource());
            assertThat(List.of(jdbc.sql("show fsync").query(String.class).single(), jdbc.sql("show synchronous_commit").query(String.class).single(),
                    jdbc.sql("show full_page_writes").query(String.class).single()))
                    .as("the workbench's own data is durable").containsExactly("on", "on", "on");
        }
        try (WorkbenchDatabase restarted = WorkbenchDatabase.open(properties)) {
            assertThat(JdbcClient.create(restarted.dataSource()).sql("select count(*) from kept").query(Long.class).single())
                    .as("data survives a restart").isZero();
        }
    }

    @Test
    void anExternalServerIsUsedByUrl() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
             WorkbenchDatabase db = WorkbenchDatabase.open(new WorkbenchProperties(home, new WorkbenchProperties.Database(
                     external.getJdbcUrl("postgres", "postgres"), "postgres", null, 0, false, false)))) {
            assertThat(answer(db)).isEqualTo(42);
            assertThat(home.resolve("postgres")).as("no embedded database started").doesNotExist();
        }
    }

    @Test
    void aPortTakenByAnotherPostgresqlIsExplained() throws Exception {
        try (EmbeddedPostgres other = EmbeddedPostgres.builder().start()) {
            WorkbenchProperties properties = new WorkbenchProperties(home,
                    new WorkbenchProperties.Database(null, null, null, other.getPort(), false, false));
            assertThatThrownBy(() -> WorkbenchDatabase.open(properties))
                    .hasMessageContaining("port " + other.getPort() + " is taken by another PostgreSQL")
                    .hasMessageContaining("BILATERAL_DB_PORT");
        }
    }
}
