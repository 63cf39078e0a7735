package org.bilateral.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restore reads the whole archive against its manifest first, and names every problem at once. */
class BackupCheckTest {

    @TempDir
    Path dir;

    private static final String TWO_ROWS = "1\tVinafood\n2\tBoeing\n";

    private Path archive(Properties manifest, String dealRows, String... extra) throws Exception {
        Path file = dir.resolve("backup.zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(BackupArchive.entry("deal")));
            zip.write(dealRows.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (String name : extra) {
                zip.putNextEntry(new ZipEntry(name));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(BackupArchive.MANIFEST));
            manifest.store(zip, null);
            zip.closeEntry();
        }
        return file;
    }

    private static Properties manifest(String rows, String sha) {
        Properties manifest = new Properties();
        manifest.setProperty("rows.deal", rows);
        manifest.setProperty("sha256.deal", sha);
        manifest.setProperty("sequence.deal_id_seq", "2,true");
        return manifest;
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anArchiveThatHoldsWhatItsManifestSaysPasses() throws Exception {
        Path file = archive(manifest("2", sha256(TWO_ROWS)), TWO_ROWS);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            BackupCheck.verify(zip, "backup.zip", BackupArchive.manifest(zip, "backup.zip"), true, List.of("deal"),
                    Set.of("deal_id_seq"));
        }
    }

    @Test
    void everyProblemIsNamedAndTheRestoreRefusedAsAWhole() throws Exception {
        // the entry holds one row and a half (cut short), the manifest counts 2; a table of the schema is missing from
        // the manifest; an entry no backup writes is there; and a sequence this schema has not is set
        Properties manifest = manifest("2", sha256(TWO_ROWS));
        manifest.setProperty("sequence.ghost_seq", "1,false");
        Path file = archive(manifest, "1\tVinafood\n2\tBoe", "evil.txt");
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThatThrownBy(() -> BackupCheck.verify(zip, "backup.zip", BackupArchive.manifest(zip, "backup.zip"), true,
                    List.of("deal", "party"), Set.of("deal_id_seq")))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(InputProblem::message)
                            .contains("the manifest lists no table party (this schema has it)",
                                    "evil.txt is no entry a backup writes (the manifest lists no such table)",
                                    "tables/deal.copy ends in the middle of a row: it was cut short",
                                    "the manifest sets a sequence ghost_seq this schema has not")
                            .anyMatch(m -> m.startsWith("tables/deal.copy does not match its checksum"))
                            .last().isEqualTo("the restore was refused as a whole: the database was not changed"));
        }
    }
}
