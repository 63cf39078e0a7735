package org.bilateral.tradestats.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** A gzip'd file is unpacked as it is read, and one that unpacks out of all measure is refused early. */
class FileFormatTest {

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(packed)) {
            out.write(content);
        }
        return packed.toByteArray();
    }

    @Test
    void aGzipdFileIsReadWhole() throws IOException {
        StringBuilder lines = new StringBuilder("typeCode\tfreqCode\n");
        for (int i = 0; i < 20_000; i++) {
            lines.append("C\tA\t").append(i).append('\n');
        }
        byte[] content = lines.toString().getBytes(StandardCharsets.UTF_8);

        try (InputStream in = FileFormat.open(new ByteArrayInputStream(gzip(content)))) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void aGzipBombIsRefusedWithinItsFirstMegabytes() throws IOException {
        // 64 MB of zeros pack to about 64 KB: a thousand to one. The bound is 100 × the packed bytes read + 1 MB, so
        // reading stops at a few megabytes, long before the 64 MB.
        byte[] bomb = gzip(new byte[64 << 20]);
        assertThat(bomb.length).isLessThan(1 << 20);

        try (InputStream in = FileFormat.open(new ByteArrayInputStream(bomb))) {
            byte[] buffer = new byte[1 << 16];
            long[] read = new long[1];
            assertThatThrownBy(() -> {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    read[0] += n;
                }
            }).isInstanceOf(IOException.class).hasMessageContaining("unpacks to more than 100 times its packed size");
            assertThat(read[0]).isLessThan(16L << 20);
        }
    }

    @Test
    void aCensusAnswerByStateIsToldFromTheNationalOneByItsHeader(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        java.nio.file.Path states = java.nio.file.Files.writeString(dir.resolve("a.json"),
                "[[\"STATE\",\"CTY_CODE\",\"I_COMMODITY\",\"GEN_VAL_MO\",\"time\"],\n[\"CA\",\"5520\",\"8471\",\"1\",\"2025-01\"]]");
        java.nio.file.Path national = java.nio.file.Files.writeString(dir.resolve("b.json"),
                "[[\"CTY_CODE\",\"I_COMMODITY\",\"I_COMMODITY_SDESC\",\"GEN_VAL_MO\",\"time\"],\n[\"5520\",\"8471\",\"STATES OF MIND\",\"1\",\"2025-01\"]]");
        assertThat(FileFormat.detect(states)).isEqualTo(FileFormat.CENSUS_STATE_JSON);
        assertThat(FileFormat.detect(national)).isEqualTo(FileFormat.CENSUS_JSON);
    }
}
