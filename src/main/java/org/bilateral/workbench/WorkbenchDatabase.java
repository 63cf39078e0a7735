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
            String url = "jdbc:postgresql://localhost:" + db.port() + "/postgres";
            if (servesDirectory(url, dataDirectory)) {
                log.info("Using the workbench database already running on port {}", db.port());
                return new WorkbenchDatabase(pool(url, "postgres", null), null);
            }
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(db.port())
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
            return new WorkbenchDatabase(pool(url, "postgres", null), pg);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL under "
                    + properties.home() + ": " + e.getMessage(), e);
        }
    }

    private static boolean servesDirectory(String url, Path dataDirectory) {
        int port = Integer.parseInt(url.replaceAll(".*:(\\d+)/.*", "$1"));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 300);
        } catch (IOException e) {
            return false;
        }
        try (Connection connection = java.sql.DriverManager.getConnection(url, "postgres", null);
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
