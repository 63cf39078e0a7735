package org.bilateral.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.bilateral.WorkbenchTest;
import org.bilateral.shared.Counted;
import org.bilateral.shared.InvalidInput;
import org.bilateral.tradestats.CensusFile;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.StatisticsImports;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import javax.sql.DataSource;

/** A backup restores, into a fresh database migrated to the same version, to the same record, row for row. */
@WorkbenchTest
class BackupsTest {

    @Autowired Backups backups;
    @Autowired DataSource dataSource;
    @Autowired StatisticsImports imports;
    @TempDir Path dir;

    private static String fingerprint(DataSource db, String table) {
        return JdbcClient.create(db).sql("select coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from " + table + " t")
                .query(String.class).single();
    }

    @Test
    void aBackupRestoresIntoAFreshDatabaseRowForRow() throws Exception {
        imports.importFile(ImportFile.of(CensusFile.imports().row("5520", "8471300100", "1200.5", "2024-01")
                .row("5520", "0901110000", "99", "2024-02").writeTo(dir, "backup-test.json"), "test"));
        Path archive = dir.resolve("record.zip");
        Backups.Contents written = backups.backup(archive);
        assertThat(written.rows()).containsKeys("trade_figure", "trade_import", "app_user", "country", "trade_total_list");
        assertThat(written.rows().get("trade_figure")).isPositive();
        assertThat(dir.resolve("record.zip.partial")).doesNotExist();

        try (EmbeddedPostgres fresh = EmbeddedPostgres.builder().start()) {
            DataSource target = fresh.getPostgresDatabase();
            Flyway.configure().dataSource(target).locations("classpath:db/migration").load().migrate();
            Backups.Contents restored = new Backups(target).restore(archive, false);
            assertThat(restored.rows()).isEqualTo(written.rows());
            assertThat(restored.checksums()).as("checked against the SHA-256 of every table").isTrue();
            for (String table : List.of("trade_figure", "trade_import", "trade_slice", "trade_total_list", "app_user", "country")) {
                assertThat(fingerprint(target, table)).as(table).isEqualTo(fingerprint(dataSource, table));
            }
            long next = JdbcClient.create(target).sql("select nextval('trade_import_id_seq')").query(Long.class).single();
            long max = JdbcClient.create(dataSource).sql("select max(id) from trade_import").query(Long.class).single();
            assertThat(next).as("sequences continue where they were").isGreaterThan(max);

            assertThatThrownBy(() -> new Backups(target).restore(archive, false))
                    .hasMessageContaining("already holds data").hasMessageContaining("--replace");
            assertThat(new Backups(target).restore(archive, true).total()).isEqualTo(written.total());
        }
    }

    @Test
    void aFileThatIsNoBackupIsRefusedAndChangesNothing() throws Exception {
        Path notBackup = Files.writeString(dir.resolve("notes.zip"), "not a zip");
        long before = JdbcClient.create(dataSource).sql("select count(*) from trade_import").query(Long.class).single();
        assertThatThrownBy(() -> backups.restore(notBackup, true)).hasMessageContaining("notes.zip")
                .hasMessageContaining("not a ZIP archive");
        assertThat(JdbcClient.create(dataSource).sql("select count(*) from trade_import").query(Long.class).single())
                .isEqualTo(before);
    }

    // ---- damaged archives: each is refused as a whole, naming what is wrong, before the database is touched ----

    /** A second database holding a restored record, so that a restore that wrongly goes through cannot harm the others' tests. */
    private static EmbeddedPostgres target;

    @BeforeAll
    static void startTarget() throws Exception {
        target = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(target.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
    }

    @AfterAll
    static void stopTarget() throws Exception {
        target.close();
    }

    /** The workbench's record written to an archive and restored into the target, which then holds it. */
    private Path writtenAndRestored() throws Exception {
        if (JdbcClient.create(dataSource).sql("select count(*) from trade_figure").query(Long.class).single() == 0) {
            imports.importFile(ImportFile.of(CensusFile.imports().row("5520", "8471300100", "1200.5", "2023-06")
                    .row("5520", "0901110000", "7", "2023-07").writeTo(dir, "damage-test.json"), "test"));
        }
        Path archive = dir.resolve("good.zip");
        backups.backup(archive);
        new Backups(target.getPostgresDatabase()).restore(archive, true);
        return archive;
    }

    /** Every table of the target with a digest of its rows: what "nothing changed" is checked against. */
    private static Map<String, String> everyTable() {
        DataSource db = target.getPostgresDatabase();
        Map<String, String> tables = new TreeMap<>();
        for (String table : JdbcClient.create(db).sql("""
                select table_name from information_schema.tables where table_schema = current_schema()
                and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'""").query(String.class).list()) {
            tables.put(table, fingerprint(db, "\"" + table + "\""));
        }
        return tables;
    }

    /** The archive's entries, in order, to be damaged by a test and written back as another archive. */
    private static Map<String, byte[]> entries(Path archive) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    private Path written(String name, Map<String, byte[]> entries) throws Exception {
        Path archive = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return archive;
    }

    private static Properties manifest(Map<String, byte[]> entries) throws Exception {
        Properties manifest = new Properties();
        manifest.load(new java.io.ByteArrayInputStream(entries.get("manifest.properties")));
        return manifest;
    }

    private static byte[] bytes(Properties manifest) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        manifest.store(out, null);
        return out.toByteArray();
    }

    /** Restoring the archive is refused with every one of the texts, and the target's every table is as it was. */
    private void refused(Path archive, String... naming) {
        Map<String, String> before = everyTable();
        assertThat(before.get("app_user")).as("the target holds accounts to lose").isNotEmpty();
        assertThatThrownBy(() -> new Backups(target.getPostgresDatabase()).restore(archive, true))
                .isInstanceOf(InvalidInput.class).hasMessageContaining(archive.getFileName().toString())
                .message().contains(naming);
        assertThat(everyTable()).isEqualTo(before);
    }

    @Test
    void anArchiveMissingTablesIsRefusedNamingThemAndChangesNothing() throws Exception {
        Map<String, byte[]> entries = entries(writtenAndRestored());
        // what `zip -d backup.zip tables/deal.copy tables/app_user.copy` leaves
        entries.remove("tables/deal.copy");
        entries.remove("tables/app_user.copy");
        refused(written("without-deals.zip", entries), "tables/deal.copy is missing", "tables/app_user.copy is missing");
    }

    @Test
    void anEntryCutShortIsRefusedByItsRowCount() throws Exception {
        Map<String, byte[]> entries = entries(writtenAndRestored());
        String figures = new String(entries.get("tables/trade_figure.copy"), StandardCharsets.UTF_8);
        long rows = figures.chars().filter(c -> c == '\n').count();
        assertThat(rows).isPositive();
        // the last row dropped: one row fewer than the manifest counts
        entries.put("tables/trade_figure.copy", figures.substring(0, figures.lastIndexOf('\n', figures.length() - 2) + 1)
                .getBytes(StandardCharsets.UTF_8));
        refused(written("cut-short.zip", entries),
                "tables/trade_figure.copy holds " + Counted.of(rows - 1, "row", "rows") + " where the manifest counts "
                        + Counted.of(rows, "row", "rows"));
    }

    @Test
    void anEntryAlteredWithItsRowsCountedTheSameIsRefusedByItsChecksum() throws Exception {
        Map<String, byte[]> entries = entries(writtenAndRestored());
        String countries = new String(entries.get("tables/country.copy"), StandardCharsets.UTF_8);
        // one letter of a country's name changed: still valid rows, as many as before
        int at = countries.indexOf("United States");
        assertThat(at).as("the reference fixture's United States").isNotNegative();
        entries.put("tables/country.copy", (countries.substring(0, at) + "Untied States" + countries.substring(at + 13))
                .getBytes(StandardCharsets.UTF_8));
        refused(written("altered.zip", entries), "tables/country.copy", "checksum");
    }

    @Test
    void anEntryNoBackupWritesIsRefused() throws Exception {
        Map<String, byte[]> entries = entries(writtenAndRestored());
        entries.put("notes/readme.txt", "added later".getBytes(StandardCharsets.UTF_8));
        entries.put("tables/deal_copy_2.copy", new byte[0]);
        refused(written("extra.zip", entries), "notes/readme.txt", "tables/deal_copy_2.copy");
    }

    @Test
    void anArchiveWithoutItsManifestIsRefused() throws Exception {
        Map<String, byte[]> entries = entries(writtenAndRestored());
        entries.remove("manifest.properties");
        refused(written("no-manifest.zip", entries), "manifest.properties");
    }

    @Test
    void anArchiveCutShortOrCorruptedOnDiskIsRefused() throws Exception {
        Path archive = writtenAndRestored();
        byte[] whole = Files.readAllBytes(archive);
        refused(Files.write(dir.resolve("half.zip"), java.util.Arrays.copyOf(whole, whole.length / 2)), "not a ZIP archive");
        // a byte in the middle of the countries' compressed rows flipped: the entry's CRC-32 or its inflation fails
        long compressed;
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            compressed = zip.getEntry("tables/country.copy").getCompressedSize();
        }
        int header = new String(whole, StandardCharsets.ISO_8859_1).indexOf("tables/country.copy") - 30;
        // a local header is 30 bytes, then the name and the extra field, whose lengths it gives at offsets 26 and 28
        int data = header + 30 + (whole[header + 26] & 0xff | (whole[header + 27] & 0xff) << 8)
                + (whole[header + 28] & 0xff | (whole[header + 29] & 0xff) << 8);
        byte[] flipped = whole.clone();
        flipped[data + (int) compressed / 2] ^= 0x5a;
        refused(Files.write(dir.resolve("flipped.zip"), flipped), "tables/country.copy");
    }

    @Test
    void aManifestMissingAChecksumIsRefused() throws Exception {
        Map<String, byte[]> entries = entries(writtenAndRestored());
        Properties manifest = manifest(entries);
        assertThat(manifest.getProperty("sha256.app_user")).hasSize(64);
        manifest.remove("sha256.app_user");
        entries.put("manifest.properties", bytes(manifest));
        refused(written("no-checksum.zip", entries), "app_user", "checksum");
    }

    @Test
    void anArchiveWrittenBeforeChecksumsRestoresOnItsRowCountsAndIsStillRefusedWhenIncomplete() throws Exception {
        Map<String, byte[]> entries = entries(writtenAndRestored());
        Properties manifest = manifest(entries);
        // what the previous version wrote: format 1, row counts and no checksums
        manifest.setProperty("format", "bilateral-backup-1");
        manifest.stringPropertyNames().stream().filter(k -> k.startsWith("sha256.")).forEach(manifest::remove);
        entries.put("manifest.properties", bytes(manifest));
        Path old = written("before-checksums.zip", entries);
        Map<String, String> before = everyTable();
        Backups.Contents restored = new Backups(target.getPostgresDatabase()).restore(old, true);
        assertThat(restored.checksums()).isFalse();
        assertThat(everyTable()).isEqualTo(before);

        entries.remove("tables/app_user.copy");
        refused(written("before-checksums-without-accounts.zip", entries), "tables/app_user.copy is missing");
    }

    // ---- a backup that fails or is killed leaves no partial file behind ----

    @Test
    void aBackupWhoseArchiveCannotTakeItsPlaceLeavesNoPartialFile() throws Exception {
        Path occupied = Files.createDirectories(dir.resolve("occupied.zip"));
        Files.writeString(occupied.resolve("kept.txt"), "a directory where the archive should go");
        assertThatThrownBy(() -> backups.backup(occupied)).isInstanceOf(java.io.IOException.class);
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("occupied.zip");
        }
    }

    @Test
    void aBackupThatFailsMidWriteLeavesNoPartialFile() throws Exception {
        DataSource db = target.getPostgresDatabase();
        // a reader who may not read the accounts: COPY fails after the tables before it went into the archive
        JdbcClient.create(db).sql("drop role if exists partial_reader").update();
        JdbcClient.create(db).sql("create role partial_reader login").update();
        JdbcClient.create(db).sql("grant select on all tables in schema public to partial_reader").update();
        JdbcClient.create(db).sql("revoke select on app_user from partial_reader").update();
        Path out = Files.createDirectories(dir.resolve("out"));
        assertThatThrownBy(() -> new Backups(target.getDatabase("partial_reader", "postgres")).backup(out.resolve("r.zip")))
                .isInstanceOf(java.sql.SQLException.class).hasMessageContaining("app_user");
        try (var listing = Files.list(out)) {
            assertThat(listing).isEmpty();
        }
    }

    @Test
    void aBackupKilledMidWriteLeavesAPartialFileTheNextBackupRemoves() throws Exception {
        DataSource db = target.getPostgresDatabase();
        Path out = Files.createDirectories(dir.resolve("nightly"));
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process backup;
        try (Connection holder = db.getConnection()) {
            // the other process's backup waits on this lock in the middle of its archive, where it is killed
            holder.setAutoCommit(false);
            holder.createStatement().execute("lock table trade_figure in access exclusive mode");
            backup = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp", classpath,
                    KilledBackup.class.getName(), target.getJdbcUrl("postgres", "postgres"),
                    out.resolve("2026-12-05.zip").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("killed.log").toFile()).start();
            for (int i = 0; i < 1200 && !waitingOnLock(db); i++) {
                Thread.sleep(100);
            }
            assertThat(waitingOnLock(db)).as("the other backup waits in the middle of its archive").isTrue();
            backup.destroyForcibly(); // SIGKILL: no finally, no shutdown hook
            backup.waitFor();
            holder.rollback();
        }
        try (var listing = Files.list(out)) {
            assertThat(listing.toList()).as("what the killed backup left").hasSize(1);
        }
        // the next night's backup, into the same directory
        backups.backup(out.resolve("2026-12-06.zip"));
        try (var listing = Files.list(out)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("2026-12-06.zip");
        }
    }

    private static boolean waitingOnLock(DataSource db) {
        return JdbcClient.create(db).sql("""
                select count(*) from pg_locks l join pg_class c on c.oid = l.relation
                where c.relname = 'trade_figure' and not l.granted""").query(Long.class).single() > 0;
    }
}
