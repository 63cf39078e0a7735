package org.bilateral.workbench;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The workbench's own backup: every table of the record, read through COPY in one consistent snapshot, with the schema
 * version and the sequences, in one ZIP archive. The embedded binaries carry no pg_dump and the machine's own is older
 * than the server, so the archive is ours; it restores through COPY into a database migrated to the same version.
 *
 * <p>The manifest counts every table's rows and gives each table's SHA-256, and a restore reads the whole archive
 * against it before it changes anything: a ZIP's own CRC-32 catches a flipped bit, but not an entry taken out
 * (`zip -d`), cut short or rewritten, and a restore that trusted the entries present would empty every table whose
 * entry is gone and report success.
 */
@Component
public class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);

    /** The archive's own format: row counts and a SHA-256 per table. */
    static final String FORMAT = "bilateral-backup-2";
    /** What versions before the checksums wrote: restored on each table's presence and row count alone. */
    static final String FORMAT_WITHOUT_CHECKSUMS = "bilateral-backup-1";
    /**
     * A backup is written beside its archive (a rename within one directory is atomic) under a hidden name, and holds a
     * lock on it while it writes: the operating system drops the lock when the process dies, even by kill -9, so a
     * partial file nobody holds was left by a backup that died, and the next backup into the directory removes it.
     */
    private static final String PARTIAL_PREFIX = ".bilateral-backup-";
    private static final String PARTIAL_SUFFIX = ".partial";

    private final DataSource dataSource;

    Backups(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * What a backup or a restore held: the schema version and each table's rows, and whether each table was checked
     * against a checksum (false only for an archive written before the checksums, checked on its row counts).
     */
    public record Contents(String schemaVersion, Map<String, Long> rows, boolean checksums) {

        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Writes every table into the archive, all from one snapshot; the file appears only once whole, and a backup that
     * fails leaves nothing behind (one that is killed leaves a hidden partial file the next backup removes).
     */
    public Contents backup(Path file) throws IOException, SQLException {
        Path directory = file.toAbsolutePath().getParent();
        if (directory == null) {
            throw new InvalidInput(file.toString(), Said.of("refusal.workbench.namesNoFile"));
        }
        removeAbandonedPartials(directory, file.getFileName().toString());
        Path partial = Files.createTempFile(directory, PARTIAL_PREFIX + file.getFileName() + ".", PARTIAL_SUFFIX);
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE);
             Connection connection = dataSource.getConnection()) {
            channel.lock(); // released when the channel closes, or when this process dies
            if (!Files.exists(partial)) {
                // another backup found it in the instant between its creation and the lock, and took it for abandoned
                throw new IOException(partial + " was removed before the backup could start: run it again");
            }
            // the archive is closed by hand: closing it would close the channel and drop the lock before the rename
            ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(new FilterOutputStream(
                    Channels.newOutputStream(channel)) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            }));
            Contents contents = written(zip, connection);
            zip.close(); // finishes the archive; the channel, and its lock, stay open
            channel.force(true); // on disk before it takes the archive's name
            connection.rollback();
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return contents;
        } catch (IOException | SQLException | RuntimeException | Error e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    /** Every table and the manifest into the archive, from one read-only snapshot; the archive is left open. */
    private static Contents written(ZipOutputStream zip, Connection connection) throws IOException, SQLException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        String version = BackupCatalog.schemaVersion(connection);
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, String> checksums = new LinkedHashMap<>();
        for (String table : BackupCatalog.tables(connection)) {
            zip.putNextEntry(new ZipEntry(BackupArchive.entry(table)));
            MessageDigest digest = BackupArchive.sha256();
            rows.put(table, copy.copyOut("copy " + BackupCatalog.quoted(table) + " to stdout",
                    new DigestOutputStream(new EntryStream(zip), digest)));
            checksums.put(table, HexFormat.of().formatHex(digest.digest()));
            zip.closeEntry();
        }
        Properties manifest = new Properties();
        manifest.setProperty("format", FORMAT);
        manifest.setProperty("schema-version", version);
        manifest.setProperty("created-at", Instant.now().toString());
        rows.forEach((table, count) -> manifest.setProperty("rows." + table, Long.toString(count)));
        checksums.forEach((table, sha) -> manifest.setProperty("sha256." + table, sha));
        BackupCatalog.sequences(connection).forEach((sequence, value) -> manifest.setProperty("sequence." + sequence, value));
        zip.putNextEntry(new ZipEntry(BackupArchive.MANIFEST));
        manifest.store(zip, "Bilateral backup"); // flushes, leaves the archive open
        zip.closeEntry();
        return new Contents(version, rows, true);
    }

    /**
     * Removes what backups killed in this directory left: the hidden partial files no living backup holds, and the
     * partial file the versions before named after this very archive ("2026-12-02.zip.partial").
     */
    private static void removeAbandonedPartials(Path directory, String archive) throws IOException {
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> partials = Files.newDirectoryStream(directory, PARTIAL_PREFIX + "*" + PARTIAL_SUFFIX)) {
            partials.forEach(candidates::add);
        }
        candidates.add(directory.resolve(archive + PARTIAL_SUFFIX));
        for (Path partial : candidates) {
            if (!Files.isRegularFile(partial, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE);
                 FileLock lock = channel.tryLock()) {
                if (lock != null) {
                    Files.delete(partial); // while locked, so that no backup starting now can take it for its own
                    log.info("removed {}, left by a backup that did not finish", partial);
                }
            } catch (OverlappingFileLockException inUse) {
                // a backup in this very process is writing it
            } catch (NoSuchFileException gone) {
                // its backup finished or failed and removed it meanwhile
            } catch (IOException e) {
                // a leftover that cannot be removed is no reason to refuse tonight's backup; the log says so
                log.warn("could not remove {}, left by a backup that did not finish: {}", partial, e.toString());
            }
        }
    }

    /**
     * Replaces the record by the archive's, in one transaction: all of it or, on any problem, nothing. The archive is
     * read whole against its manifest first (every table there, no entry more, each row count and checksum as written),
     * and anything missing, altered or unreadable refuses the restore, naming it, before the database is touched. The
     * database must be at the archive's schema version; one that holds data is replaced only when asked to.
     */
    public Contents restore(Path file, boolean replace) throws IOException, SQLException {
        String name = file.getFileName().toString();
        try (ZipFile zip = BackupArchive.opened(file); Connection connection = dataSource.getConnection()) {
            Properties manifest = BackupArchive.manifest(zip, name);
            boolean checksums = FORMAT.equals(manifest.getProperty("format"));
            if (!checksums && !FORMAT_WITHOUT_CHECKSUMS.equals(manifest.getProperty("format"))) {
                throw new InvalidInput(name, Said.of("refusal.workbench.format", manifest.getProperty("format") == null ? Said.of("refusal.workbench.notGiven")
                        : Said.asWritten(manifest.getProperty("format")), String.valueOf(FORMAT), String.valueOf(FORMAT_WITHOUT_CHECKSUMS)));
            }
            connection.setAutoCommit(false);
            String version = BackupCatalog.schemaVersion(connection);
            if (!version.equals(manifest.getProperty("schema-version"))) {
                throw new InvalidInput(name, Said.of("refusal.workbench.schema", String.valueOf(manifest.getProperty("schema-version")), String.valueOf(version)));
            }
            List<String> tables = BackupCatalog.tables(connection);
            BackupCheck.verify(zip, name, manifest, checksums, tables, BackupCatalog.sequences(connection).keySet());
            Map<String, Long> present = new LinkedHashMap<>();
            for (String table : tables) {
                long n = BackupCatalog.count(connection, table);
                if (n > 0) {
                    present.put(table, n);
                }
            }
            if (!present.isEmpty() && !replace) {
                throw new InvalidInput(name, Said.of("refusal.workbench.holdsData", String.valueOf(present.size()), String.valueOf(present.entrySet().iterator().next())));
            }
            try {
                Map<String, Long> rows = replaced(connection, zip, name, manifest, checksums, tables);
                connection.commit();
                return new Contents(version, rows, checksums);
            } catch (IOException | SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Every table emptied and filled from the archive, its sequences set: all in the connection's one transaction. */
    private static Map<String, Long> replaced(Connection connection, ZipFile zip, String name, Properties manifest,
            boolean checksums, List<String> tables) throws IOException, SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("truncate " + String.join(", ", tables.stream().map(BackupCatalog::quoted).toList()) + " cascade");
            // Tables go in parents first (tables() orders them so), but self-references and rows in any order need the
            // keys' triggers off. That takes a superuser (the embedded one is); elsewhere the keys are checked.
            var savepoint = connection.setSavepoint();
            try {
                statement.execute("set local session_replication_role = replica");
            } catch (SQLException notSuperuser) {
                connection.rollback(savepoint);
            }
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : tables) {
            MessageDigest digest = BackupArchive.sha256();
            try (InputStream in = new DigestInputStream(zip.getInputStream(zip.getEntry(BackupArchive.entry(table))), digest)) {
                rows.put(table, copy.copyIn("copy " + BackupCatalog.quoted(table) + " from stdin", in));
            }
            // checked again as it goes in, should the file have changed on disk since it was read through
            if (rows.get(table) != Long.parseLong(manifest.getProperty("rows." + table).strip())
                    || checksums && !HexFormat.of().formatHex(digest.digest()).equals(manifest.getProperty("sha256." + table).strip())) {
                throw new InvalidInput(name, Said.of("refusal.workbench.changed", BackupArchive.entry(table)));
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String key : manifest.stringPropertyNames()) {
                if (key.startsWith("sequence.")) {
                    String[] value = manifest.getProperty(key).strip().split(",");
                    statement.execute("select setval(" + BackupCatalog.literal(key.substring("sequence.".length())) + ", "
                            + Long.parseLong(value[0]) + ", " + Boolean.parseBoolean(value[1]) + ")");
                }
            }
        }
        return rows;
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

}
