package org.bilateral.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bilateral.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads wait on disk in a folder of their process, and leave nothing behind: not when read, refused, or crashed. */
class UploadsTest {

    @TempDir Path home;

    private Uploads uploads() {
        return new Uploads(new WorkbenchProperties(home, null));
    }

    @Test
    void anUploadIsRemovedWhenItHasBeenRead() throws Exception {
        Uploads uploads = uploads();
        Path file;
        try (Uploads.Upload upload = uploads.receive(new ByteArrayInputStream("a,b\n".getBytes()), "deals.csv", 1 << 20)) {
            file = upload.file();
            assertThat(file).hasContent("a,b").hasParent(uploads.folder());
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void anUploadLargerThanItsLimitIsRefusedByItsNameAndLeavesNoFile() throws Exception {
        Uploads uploads = uploads();

        assertThatThrownBy(() -> uploads.receive(new ByteArrayInputStream(new byte[(3 << 20) + 1]), "big.xlsx", 3 << 20))
                .isInstanceOf(InvalidInput.class).hasMessage("big.xlsx: is larger than 3 MB, the most this upload takes");
        try (var left = Files.list(uploads.folder())) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void whatAProcessThatNoLongerRunsLeftBehindIsRemovedAtTheNextStart() throws Exception {
        // A process id above any the kernel hands out (pid_max is at most 2^22) never runs.
        Path crashed = Files.createDirectories(home.resolve("uploads").resolve("99999999"));
        Files.write(crashed.resolve("upload_1234.tmp"), new byte[1 << 20]);
        Path running = Files.createDirectories(home.resolve("uploads").resolve(Long.toString(ProcessHandle.current().pid())));
        Files.writeString(running.resolve("in-flight.tmp"), "still being read");

        uploads();

        assertThat(crashed).doesNotExist();
        assertThat(running.resolve("in-flight.tmp")).as("a running process's uploads are its own").exists();
    }
}
