package org.bilateral.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.tradestats.CensusFile;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.StatisticsImports;
import org.flywaydb.core.Flyway;
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
        assertThatThrownBy(() -> backups.restore(notBackup, true)).hasMessageContaining("notes.zip");
        assertThat(JdbcClient.create(dataSource).sql("select count(*) from trade_import").query(Long.class).single())
                .isEqualTo(before);
    }
}
