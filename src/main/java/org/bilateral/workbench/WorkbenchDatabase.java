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
import java.util.List;
import javax.sql.DataSource;
import org.bilateral.shared.RandomText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL the workbench runs on: an external server by URL, or an embedded one whose data
 * lives under BILATERAL_HOME and survives restarts. A command run while the workbench is serving
 * connects to the server already running on that data instead of starting a second one.
 */
final class WorkbenchDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WorkbenchDatabase.class);

    private final HikariDataSource dataSource;
    private final @Nullable EmbeddedPostgres embedded;

    private WorkbenchDatabase(HikariDataSource dataSource, @Nullable EmbeddedPostgres embedded) {
        this.dataSource = dataSource;
        this.embedded = embedded;
    }

    static WorkbenchDatabase open(WorkbenchProperties properties) {
        WorkbenchProperties.Database db = properties.db();
        String externalUrl = db.url();
        if (externalUrl != null && db.external()) {
            return new WorkbenchDatabase(pool(externalUrl, db.username(), db.password()), null);
        }
        try {
            return db.ephemeral() ? ephemeral() : embedded(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL under "
                    + properties.home() + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not set the password of the embedded PostgreSQL under "
                    + properties.home() + ": " + e.getMessage(), e);
        }
    }

    /** A throwaway server (tests): nothing it holds need survive, so it trades durability for speed. */
    private static WorkbenchDatabase ephemeral() throws IOException {
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .start();
        return new WorkbenchDatabase(pool(pg.getJdbcUrl("postgres", "postgres"), "postgres", null), pg);
    }

    /**
     * The workbench's own server under its home: the one already running for this home, or a new one on the first free
     * port from the configured one.
     */
    private static WorkbenchDatabase embedded(WorkbenchProperties properties) throws IOException, SQLException {
        WorkbenchProperties.Database db = properties.db();
        Path dataDirectory = properties.home().resolve("postgres");
        Files.createDirectories(dataDirectory);
        String password = password(properties.home());
        List<String> failures = new java.util.ArrayList<>();
        for (int candidate : candidatePorts(properties.home(), db.port())) {
            Holder holder = holder(candidate, dataDirectory, password);
            if (holder == Holder.THIS_HOME) {
                log.info("Using the workbench database already running on port {}", candidate);
                return new WorkbenchDatabase(pool(url(candidate), "postgres", password), null);
            }
            if (holder == Holder.SOMEONE_ELSE) {
                continue;
            }
            EmbeddedPostgres pg;
            try {
                pg = start(properties, dataDirectory, password, candidate);
            } catch (IOException e) {
                // The port was free when probed but another process took it first, or the server could not start:
                // the reason is in the server's log, and the next port is tried only when the port was the reason.
                String reason = lastLines(serverLog(properties.home()), 12);
                failures.add("port " + candidate + ": " + e.getMessage() + (reason.isEmpty() ? "" : "\n" + reason));
                if (!reason.contains("already in use")) {
                    break;
                }
                continue;
            }
            requirePassword(pg, dataDirectory, password);
            Files.writeString(portFile(properties.home()), Integer.toString(candidate));
            return new WorkbenchDatabase(pool(url(candidate), "postgres", password), pg);
        }
        if (!failures.isEmpty()) {
            throw new IOException("the server did not start (its log: " + serverLog(properties.home()) + ")\n"
                    + String.join("\n", failures));
        }
        boolean fixed = System.getenv("BILATERAL_DB_PORT") != null && !System.getenv("BILATERAL_DB_PORT").isBlank();
        throw new IllegalStateException("port " + db.port() + (fixed ? " is taken by another server"
                : " and the " + (PORTS_TRIED - 1) + " after it are taken by other servers") + "; set BILATERAL_DB_PORT to a free port");
    }

    private static EmbeddedPostgres start(WorkbenchProperties properties, Path dataDirectory, String password, int port)
            throws IOException {
        boolean expendable = properties.db().expendable();
        Path serverLog = serverLog(properties.home());
        if (Files.exists(serverLog) && Files.size(serverLog) > MAX_SERVER_LOG_BYTES) {
            Files.delete(serverLog); // only the latest starts are worth reading; the log never fills the disk
        }
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                // This machine only, and with the password: no other user of the machine reads the record.
                .setServerConfig("listen_addresses", "localhost")
                .setConnectConfig("password", password)
                .setPGStartupWait(Duration.ofSeconds(60))
                // What the server says goes to a file under the home, so a start that fails can say why.
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                .setServerConfig("max_connections", "60")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("work_mem", "32MB")
                .setServerConfig("maintenance_work_mem", "256MB")
                .setServerConfig("max_wal_size", "2GB")
                // The workbench's record survives a power cut; only the benchmark's own database may lose its last commits.
                .setServerConfig("fsync", expendable ? "off" : "on")
                .setServerConfig("synchronous_commit", expendable ? "off" : "on")
                .setServerConfig("full_page_writes", expendable ? "off" : "on")
                .start();
    }

    private static final long MAX_SERVER_LOG_BYTES = 10L * 1024 * 1024;

    /** Where the embedded server writes what it says on starting and running. */
    static Path serverLog(Path home) {
        return home.resolve("postgres.log");
    }

    private static String lastLines(Path file, int count) {
        try {
            if (!Files.exists(file)) {
                return "";
            }
            List<String> lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (IOException | java.io.UncheckedIOException e) {
            return "";
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
        log.info("The workbench database now asks for the password in {}", dataDirectory.resolveSibling("database-password"));
    }

    /** How many ports from the preferred one a home's database may take when others hold the first ones. */
    private static final int PORTS_TRIED = 20;

    private static String url(int port) {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** Where a home remembers the port its database last ran on, so a command finds the workbench serving it. */
    static Path portFile(Path home) {
        return home.resolve("database-port");
    }

    /**
     * The ports to try for this home: the one it last ran on, then the preferred one ({@code BILATERAL_DB_PORT}, default
     * 54329) and those after it. Two homes on one machine so each get a port of their own; a port set in the environment
     * is the only one tried.
     */
    private static List<Integer> candidatePorts(Path home, int preferred) throws IOException {
        String fixed = System.getenv("BILATERAL_DB_PORT");
        if (fixed != null && !fixed.isBlank()) {
            return List.of(preferred);
        }
        java.util.LinkedHashSet<Integer> ports = new java.util.LinkedHashSet<>();
        Path file = portFile(home);
        if (Files.exists(file)) {
            try {
                ports.add(Integer.parseInt(Files.readString(file).strip()));
            } catch (NumberFormatException e) {
                // a damaged note: the ports are searched again and it is rewritten
            }
        }
        for (int p = preferred; p < preferred + PORTS_TRIED && p <= 65535; p++) {
            ports.add(p);
        }
        return List.copyOf(ports);
    }

    private enum Holder { NOBODY, THIS_HOME, SOMEONE_ELSE }

    /** Who serves a port: nobody, this home's own database (a workbench already running), or another server. */
    private static Holder holder(int port, Path dataDirectory, String password) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 300);
        } catch (IOException e) {
            // Nobody answers; the port is free only if a listening socket can also be bound to it (an outgoing
            // connection of another program may hold it as its local port).
            try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port));
                return Holder.NOBODY;
            } catch (IOException taken) {
                return Holder.SOMEONE_ELSE;
            }
        }
        try (Connection connection = java.sql.DriverManager.getConnection(url(port), "postgres", password);
             ResultSet rs = connection.createStatement().executeQuery("show data_directory")) {
            rs.next();
            return Path.of(rs.getString(1)).toRealPath().equals(dataDirectory.toRealPath()) ? Holder.THIS_HOME : Holder.SOMEONE_ELSE;
        } catch (SQLException | IOException e) {
            return Holder.SOMEONE_ELSE; // another home's database (it refuses this home's password) or not PostgreSQL at all
        }
    }

    private static HikariDataSource pool(String url, @Nullable String username, @Nullable String password) {
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
