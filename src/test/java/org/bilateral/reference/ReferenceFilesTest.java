package org.bilateral.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bilateral.shared.Unavailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reference files read in place: a missing or oversized one is said with where it was looked for. */
class ReferenceFilesTest {

    @TempDir Path dir;

    @Test
    void aFileIsReadWhereTheReferenceDataIsConfigured() throws Exception {
        Files.createDirectories(dir.resolve("policy"));
        Files.writeString(dir.resolve("policy/orders.csv"), "case_number\n");
        ReferenceFiles files = new ReferenceFiles(dir.toString());
        assertThat(new String(files.read("policy/orders.csv"))).isEqualTo("case_number\n");
        assertThat(files.describe("policy/orders.csv")).isEqualTo("policy/orders.csv (" + dir.toAbsolutePath().normalize() + ")");
    }

    @Test
    void aMissingFileIsUnavailableNamingItAndTheFolder() {
        assertThatThrownBy(() -> new ReferenceFiles(dir.toString()).read("ear/country-groups.json"))
                .isInstanceOf(Unavailable.class)
                .hasMessageContaining("reference file ear/country-groups.json is not at " + dir.toAbsolutePath().normalize())
                .hasMessageContaining("BILATERAL_REFERENCE");
    }

    @Test
    void aFileLargerThanAnyReferenceFileIsRefusedUnread() throws Exception {
        Files.write(dir.resolve("big.csv"), new byte[ReferenceFiles.MAX_BYTES + 1]);
        assertThatThrownBy(() -> new ReferenceFiles(dir.toString()).read("big.csv")).isInstanceOf(Unavailable.class)
                .hasMessageContaining("larger than 8 MB");
    }
}
