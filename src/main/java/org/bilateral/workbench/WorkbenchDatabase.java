package org.bilateral.workbench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.bilateral.shared.RandomText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL the workbench runs on: an external server by URL, or an embedded one whose data
 * lives under BILATERAL_HOME and survives restarts. A command run while the workbench is serving
 * connects to the server already running on that data instead of starting a second one.
 */
final class WorkbenchDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WorkbenchDatabase.class);

    private final HikariDataSource dataSource;
    private final EmbeddedPostgres embedded;

    private WorkbenchDatabase(HikariDataSource dataSource, EmbeddedPostgres embedded) {
        this.dataSource = dataSource;
        this.embedded = embedded;
    }

    static WorkbenchDatabase open(WorkbenchProperties properties) {
        WorkbenchProperties.Database db = properties.db();
        if (db.external()) {
            return new WorkbenchDatabase(pool(db.url(), db.username(), db.password()), null);
        }
        try {
            if (db.ephemeral()) {
                EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
                return new WorkbenchDatabase(pool(pg.getJdbcUrl("postgres", "postgres"), "postgres", null), pg);
            }
            Path dataDirectory = properties.home().resolve("postgres");
            Files.createDirectories(dataDirectory);
            String password = password(properties.home());
            String url = "jdbc:postgresql://localhost:" + db.port() + "/postgres";
            if (servesDirectory(url, dataDirectory, password)) {
                log.info("Using the workbench database already running on port {}", db.port());
                return new WorkbenchDatabase(pool(url, "postgres", password), null);
            }
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(db.port())
                    // This machine only, and with the password: no other user of the machine reads the record.
                    .setServerConfig("listen_addresses", "localhost")
                    .setConnectConfig("password", password)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "60")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("work_mem", "32MB")
                    .setServerConfig("maintenance_work_mem", "256MB")
                    .setServerConfig("max_wal_size", "2GB")
                    // The workbench's record survives a power cut; only the benchmark's own database may lose its last commits.
                    .setServerConfig("fsync", db.expendable() ? "off" : "on")
                    .setServerConfig("synchronous_commit", db.expendable() ? "off" : "on")
                    .setServerConfig("full_page_writes", db.expendable() ? "off" : "on")
                    .start();
            requirePassword(pg, dataDirectory, password);
            return new WorkbenchDatabase(pool(url, "postgres", password), pg);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL under "
                    + properties.home() + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not set the password of the embedded PostgreSQL under "
                    + properties.home() + ": " + e.getMessage(), e);
        }
    }

    /** Where the embedded server's password is kept, readable by the workbench's owner only. */
    static Path passwordFile(Path home) {
        return home.resolve("database-password");
    }

    /** The embedded server's password: generated on the first start (120 random bits) and kept under BILATERAL_HOME. */
    private static String password(Path home) throws IOException {
        Path file = passwordFile(home);
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        String password = RandomText.urlSafe(15);
        Files.writeString(file, password);
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own permissions apply
        }
        return password;
    }

    /**
     * initdb lets every local connection in as the superuser ("trust"). On the first start of a data directory (or of
     * one made before this), the superuser gets the password and every connection must give it.
     */
    private static void requirePassword(EmbeddedPostgres pg, Path dataDirectory, String password) throws IOException, SQLException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        if (Files.readString(hba).lines().noneMatch(l -> !l.startsWith("#") && l.contains("trust"))) {
            return;
        }
        try (Connection connection = pg.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
            statement.execute("alter user postgres password '" + password.replace("'", "''") + "'");
            Files.writeString(hba, """
                    # Written by Bilateral: every connection gives the password kept in BILATERAL_HOME/database-password.
                    local   all   all                  scram-sha-256
                    host    all   all   127.0.0.1/32   scram-sha-256
                    host    all   all   ::1/128        scram-sha-256
                    """);
            statement.execute("select pg_reload_conf()");
        }
        log.info("The workbench database now asks for the password in {}", dataDirectory.getParent().resolve("database-password"));
    }

    private static boolean servesDirectory(String url, Path dataDirectory, String password) {
        int port = Integer.parseInt(url.replaceAll(".*:(\\d+)/.*", "$1"));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 300);
        } catch (IOException e) {
            return false;
        }
        try (Connection connection = java.sql.DriverManager.getConnection(url, "postgres", password);
             ResultSet rs = connection.createStatement().executeQuery("show data_directory")) {
            rs.next();
            if (Path.of(rs.getString(1)).toRealPath().equals(dataDirectory.toRealPath())) {
                return true;
            }
            throw new IllegalStateException("port " + port + " is taken by another PostgreSQL (data in "
                    + rs.getString(1) + "); set BILATERAL_DB_PORT to another port");
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("port " + port + " is taken by something that is not the workbench "
                    + "database; set BILATERAL_DB_PORT to another port", e);
        }
    }

    private static HikariDataSource pool(String url, String username, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(username);
        config.setPassword(password);
        config.setMaximumPoolSize(10);
        config.setPoolName("bilateral");
        return new HikariDataSource(config);
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() throws IOException {
        dataSource.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
