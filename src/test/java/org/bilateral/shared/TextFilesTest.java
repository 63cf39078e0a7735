package org.bilateral.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every text file is read the same way: a byte-order mark, which spreadsheet programs write, is never part of the text. */
class TextFilesTest {

    @TempDir Path dir;

    @Test
    void aFileReadByAnyDoorBeginsAfterItsByteOrderMark() throws Exception {
        Path file = Files.writeString(dir.resolve("targets.yaml"), "\uFEFFtargets:\n");
        String read = TextFiles.read(file, "targets.yaml", in -> new java.io.BufferedReader(in).readLine());
        assertThat(read).isEqualTo("targets:");
    }

    @Test
    void onlyALeadingMarkIsSkippedAndTextWithoutOneIsReadWhole() throws Exception {
        assertThat(new java.io.BufferedReader(TextFiles.withoutBom(new StringReader("id,date"))).readLine()).isEqualTo("id,date");
        assertThat(new java.io.BufferedReader(TextFiles.withoutBom(new StringReader("a\uFEFFb"))).readLine()).isEqualTo("a\uFEFFb");
        assertThat(TextFiles.withoutBom(new StringReader("")).read()).isEqualTo(-1);
    }
}
