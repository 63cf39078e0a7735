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
    void twoHomesOnOneMachineEachRunTheirOwnDatabaseOnAPortOfTheirOwn(@TempDir Path other) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("BILATERAL_DB_PORT") == null,
                "BILATERAL_DB_PORT is set: it fixes the one port every home uses");
        int preferred = freePort();
        WorkbenchProperties first = new WorkbenchProperties(home, new WorkbenchProperties.Database(null, null, null, preferred, false, false));
        WorkbenchProperties second = new WorkbenchProperties(other, new WorkbenchProperties.Database(null, null, null, preferred, false, false));
        try (WorkbenchDatabase a = WorkbenchDatabase.open(first); WorkbenchDatabase b = WorkbenchDatabase.open(second)) {
            JdbcClient.create(a.dataSource()).sql("create table only_in_the_first (x int)").update();
            assertThat(answer(b)).isEqualTo(42);
            assertThat(JdbcClient.create(b.dataSource()).sql("select count(*) from pg_tables where tablename = 'only_in_the_first'")
                    .query(Long.class).single()).as("the second home's own database").isZero();
            int firstPort = Integer.parseInt(java.nio.file.Files.readString(WorkbenchDatabase.portFile(home)));
            int secondPort = Integer.parseInt(java.nio.file.Files.readString(WorkbenchDatabase.portFile(other)));
            assertThat(firstPort).isEqualTo(preferred);
            assertThat(secondPort).isNotEqualTo(firstPort);
            try (WorkbenchDatabase command = WorkbenchDatabase.open(second)) {
                assertThat(JdbcClient.create(command.dataSource()).sql("select count(*) from pg_tables where tablename = 'only_in_the_first'")
                        .query(Long.class).single()).as("a command of the second home finds the second home's database").isZero();
            }
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
    void aPortTakenByAnotherPostgresqlIsPassedOverForTheNextFreeOne() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("BILATERAL_DB_PORT") == null,
                "BILATERAL_DB_PORT is set: it fixes the one port every home uses");
        try (EmbeddedPostgres other = EmbeddedPostgres.builder().start();
             WorkbenchDatabase db = WorkbenchDatabase.open(new WorkbenchProperties(home,
                     new WorkbenchProperties.Database(null, null, null, other.getPort(), false, false)))) {
            assertThat(answer(db)).isEqualTo(42);
            assertThat(java.nio.file.Files.readString(WorkbenchDatabase.portFile(home))).isNotEqualTo(Integer.toString(other.getPort()));
        }
    }

    @Test
    void aPortHeldAsTheLocalEndOfAnotherProgramsConnectionIsPassedOverAndTheServerSaysWhatItDidInTheHome() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("BILATERAL_DB_PORT") == null,
                "BILATERAL_DB_PORT is set: it fixes the one port every home uses");
        // A socket bound but not listening: nothing answers on the port, yet no server can listen on it.
        try (java.net.Socket held = new java.net.Socket()) {
            held.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0));
            int port = held.getLocalPort();
            try (WorkbenchDatabase db = WorkbenchDatabase.open(new WorkbenchProperties(home,
                    new WorkbenchProperties.Database(null, null, null, port, false, false)))) {
                assertThat(answer(db)).isEqualTo(42);
                assertThat(java.nio.file.Files.readString(WorkbenchDatabase.portFile(home))).isNotEqualTo(Integer.toString(port));
                assertThat(java.nio.file.Files.readString(WorkbenchDatabase.serverLog(home)))
                        .as("the server's own words are kept under the home").contains("database system is ready to accept connections");
            }
        }
    }

    @Test
    void theEmbeddedDatabaseAsksForAPasswordOnlyItsOwnerCanReadAndListensOnThisMachineOnly() throws Exception {
        int port = freePort();
        WorkbenchProperties properties = new WorkbenchProperties(home,
                new WorkbenchProperties.Database(null, null, null, port, false, false));
        try (WorkbenchDatabase db = WorkbenchDatabase.open(properties)) {
            Path file = WorkbenchDatabase.passwordFile(home);
            assertThat(java.nio.file.Files.getPosixFilePermissions(file))
                    .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
            String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
            assertThatThrownBy(() -> java.sql.DriverManager.getConnection(url, "postgres", null).close())
                    .as("no password, no entry").hasMessageContaining("password");
            assertThatThrownBy(() -> java.sql.DriverManager.getConnection(url, "postgres", "guess").close())
                    .hasMessageContaining("password authentication failed");
            try (var connection = java.sql.DriverManager.getConnection(url, "postgres",
                    java.nio.file.Files.readString(file).strip())) {
                assertThat(connection.isValid(2)).isTrue();
            }
            assertThat(JdbcClient.create(db.dataSource()).sql("show listen_addresses").query(String.class).single())
                    .isEqualTo("localhost");
            assertThat(java.nio.file.Files.readString(home.resolve("postgres/pg_hba.conf")).lines()
                    .filter(l -> !l.startsWith("#")).noneMatch(l -> l.contains("trust"))).isTrue();
        }
        try (WorkbenchDatabase restarted = WorkbenchDatabase.open(properties)) {
            assertThat(answer(restarted)).as("the next start gives the password").isEqualTo(42);
        }
    }
}
