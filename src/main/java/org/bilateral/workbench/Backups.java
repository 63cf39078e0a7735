package org.bilateral.workbench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.bilateral.shared.InvalidInput;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.stereotype.Component;

/**
 * The workbench's own backup: every table of the record, read through COPY in one consistent snapshot, with the schema
 * version and the sequences, in one ZIP archive. The embedded binaries carry no pg_dump and the machine's own is older
 * than the server, so the archive is ours; it restores through COPY into a database migrated to the same version.
 */
@Component
public class Backups {

    /** The archive's own format, should it ever change. */
    static final String FORMAT = "bilateral-backup-1";
    private static final String MANIFEST = "manifest.properties";

    private final DataSource dataSource;

    Backups(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What a backup or a restore held: the schema version and each table's rows. */
    public record Contents(String schemaVersion, Map<String, Long> rows) {

        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Writes every table into the archive, all from one snapshot; the file appears only once whole. */
    public Contents backup(Path file) throws IOException, SQLException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Contents contents;
        try (Connection connection = dataSource.getConnection();
             ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            String version = schemaVersion(connection);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : tables(connection)) {
                zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                rows.put(table, copy.copyOut("copy " + quoted(table) + " to stdout", new EntryStream(zip)));
                zip.closeEntry();
            }
            Properties manifest = new Properties();
            manifest.setProperty("format", FORMAT);
            manifest.setProperty("schema-version", version);
            manifest.setProperty("created-at", Instant.now().toString());
            rows.forEach((table, count) -> manifest.setProperty("rows." + table, Long.toString(count)));
            sequences(connection).forEach((sequence, value) -> manifest.setProperty("sequence." + sequence, value));
            zip.putNextEntry(new ZipEntry(MANIFEST));
            manifest.store(zip, "Bilateral backup"); // flushes, leaves the archive open
            zip.closeEntry();
            connection.rollback();
            contents = new Contents(version, rows);
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return contents;
    }

    /**
     * Replaces the record by the archive's, in one transaction: all of it or, on any problem, nothing. The database must
     * be at the archive's schema version; one that holds data is replaced only when asked to.
     */
    public Contents restore(Path file, boolean replace) throws IOException, SQLException {
        Properties manifest = manifest(file);
        if (!FORMAT.equals(manifest.getProperty("format"))) {
            throw new InvalidInput(file.getFileName().toString(), "is not a Bilateral backup (no " + FORMAT + " manifest)");
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            String version = schemaVersion(connection);
            if (!version.equals(manifest.getProperty("schema-version"))) {
                throw new InvalidInput(file.getFileName().toString(), "was written at schema version "
                        + manifest.getProperty("schema-version") + " and this workbench is at " + version
                        + ": restore it with the Bilateral version that wrote it");
            }
            List<String> tables = tables(connection);
            Map<String, Long> present = new LinkedHashMap<>();
            for (String table : tables) {
                long n = count(connection, table);
                if (n > 0) {
                    present.put(table, n);
                }
            }
            if (!present.isEmpty() && !replace) {
                throw new InvalidInput(file.getFileName().toString(), "this database already holds data (" + present.size()
                        + " tables, e.g. " + present.entrySet().iterator().next() + "): restore with --replace to replace it");
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("truncate " + String.join(", ", tables.stream().map(Backups::quoted).toList()) + " cascade");
                // Tables go in as the archive holds them, in no order their foreign keys would need: the archive was
                // consistent when written. That takes a superuser (the embedded one is); elsewhere the keys are checked.
                var savepoint = connection.setSavepoint();
                try {
                    statement.execute("set local session_replication_role = replica");
                } catch (SQLException notSuperuser) {
                    connection.rollback(savepoint);
                }
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Map<String, Long> rows = new LinkedHashMap<>();
            try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                    String name = entry.getName();
                    if (!name.startsWith("tables/") || !name.endsWith(".copy")) {
                        continue;
                    }
                    String table = name.substring("tables/".length(), name.length() - ".copy".length());
                    if (!tables.contains(table)) {
                        throw new InvalidInput(file.getFileName().toString(), "holds a table " + table + " this schema has not");
                    }
                    rows.put(table, copy.copyIn("copy " + quoted(table) + " from stdin", new FilterInputStream(zip) {
                        @Override
                        public void close() {
                            // the next entry follows in the same stream
                        }
                    }));
                }
            }
            for (String table : rows.keySet()) {
                String expected = manifest.getProperty("rows." + table);
                if (expected == null || Long.parseLong(expected) != rows.get(table)) {
                    throw new InvalidInput(file.getFileName().toString(), "table " + table + " holds " + rows.get(table)
                            + " rows where the manifest says " + expected + ": the archive is damaged");
                }
            }
            try (Statement statement = connection.createStatement()) {
                for (String key : manifest.stringPropertyNames()) {
                    if (key.startsWith("sequence.")) {
                        String[] value = manifest.getProperty(key).split(",");
                        statement.execute("select setval(" + literal(key.substring("sequence.".length())) + ", "
                                + Long.parseLong(value[0]) + ", " + Boolean.parseBoolean(value[1]) + ")");
                    }
                }
            }
            connection.commit();
            return new Contents(version, rows);
        }
    }

    /**
     * The archive's current entry as COPY writes into it: whole buffers (FilterOutputStream would pass them on a byte at a
     * time), and closing it leaves the archive open for the next entry.
     */
    private static final class EntryStream extends FilterOutputStream {

        EntryStream(ZipOutputStream zip) {
            super(zip);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() {
            // the entry is closed by the archive, not by COPY
        }
    }

    private static Properties manifest(Path file) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals(MANIFEST)) {
                    Properties manifest = new Properties();
                    manifest.load(zip);
                    return manifest;
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new InvalidInput(file.getFileName().toString(), "is not a ZIP archive: " + e.getMessage());
        }
        throw new InvalidInput(file.getFileName().toString(), "is not a Bilateral backup (no manifest)");
    }

    /**
     * The tables of the record: every ordinary and unlogged table of the schema but Flyway's own history, each after the
     * tables its foreign keys point to, so that a restore that must check the keys finds every row's parent in place.
     */
    private static List<String> tables(Connection connection) throws SQLException {
        Map<String, Set<String>> parents = new java.util.TreeMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p') and c.relname <> 'flyway_schema_history'""")) {
            while (rs.next()) {
                parents.put(rs.getString(1), new java.util.TreeSet<>());
            }
        }
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("""
                select child.relname, parent.relname from pg_constraint k
                join pg_class child on child.oid = k.conrelid join pg_class parent on parent.oid = k.confrelid
                join pg_namespace n on n.oid = child.relnamespace
                where k.contype = 'f' and n.nspname = current_schema() and child.oid <> parent.oid""")) {
            while (rs.next()) {
                if (parents.containsKey(rs.getString(1)) && parents.containsKey(rs.getString(2))) {
                    parents.get(rs.getString(1)).add(rs.getString(2));
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < parents.size()) {
            String next = parents.entrySet().stream().filter(e -> !ordered.contains(e.getKey()))
                    .filter(e -> ordered.containsAll(e.getValue())).map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the tables' foreign keys form a cycle"));
            ordered.add(next);
        }
        return ordered;
    }

    /** Each sequence as setval() takes it back: "its value, whether it was used" ("42,true"; "1,false" if never). */
    private static Map<String, String> sequences(Connection connection) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("""
                select sequencename, last_value, min_value from pg_sequences where schemaname = current_schema()""")) {
            while (rs.next()) {
                long value = rs.getLong(2);
                boolean used = !rs.wasNull() && value >= rs.getLong(3);
                values.put(rs.getString(1), used ? value + ",true" : rs.getLong(3) + ",false");
            }
        }
        return values;
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("""
                select version from flyway_schema_history where success and version is not null
                order by installed_rank desc limit 1""")) {
            return rs.next() ? rs.getString(1) : "none";
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select count(*) from " + quoted(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
