package org.bilateral.doors;

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
        return new Uploads(home);
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

    /**
     * A full disk is said as a full disk, not as a file that could not be read or was never sent. The disk fills up
     * through the seam where the bytes are written, with the words Linux gives (ENOSPC); the half-written copy goes.
     */
    @Test
    void aFullDiskIsSaidAsAFullDiskAndLeavesNoFile() throws Exception {
        Uploads full = new Uploads(home) {
            @Override
            java.io.OutputStream store(Path file) throws java.io.IOException {
                java.io.OutputStream out = Files.newOutputStream(file);
                return new java.io.FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws java.io.IOException {
                        throw new java.io.IOException("No space left on device");
                    }
                };
            }
        };

        assertThatThrownBy(() -> full.receive(new ByteArrayInputStream("a,b\n".getBytes()), "deals.csv", 1 << 20))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("deals.csv: the server's disk is full: nothing was stored. Free some space on the server "
                        + "(or ask its administrator to), then send the file again");
        try (var left = Files.list(full.folder())) {
            assertThat(left).isEmpty();
        }
    }

    /** A control character in a name (Tomcat refuses NUL itself) names no file a user saved: refused, never stored. */
    @Test
    void aFileNameWithAControlCharacterIsRefused() {
        var part = new org.springframework.mock.web.MockMultipartFile("file", "deals\u0001.csv", "text/csv", "a,b\n".getBytes());
        assertThatThrownBy(() -> Uploads.nameOf(part)).isInstanceOf(InvalidInput.class)
                .hasMessage("the upload: its file name holds a control character (such as NUL): rename the file and send it again");
    }

    /** The same words when the servlet container ran out of room while it took the request apart. */
    @Test
    void aFullDiskIsFoundBehindTheFailureThatWrapsIt() {
        Exception wrapped = new org.springframework.web.multipart.MultipartException("Failed to parse multipart servlet request",
                new IllegalStateException(new java.io.IOException("No space left on device")));
        assertThat(Uploads.diskFull(wrapped)).isTrue();
        assertThat(Uploads.diskFull(new java.io.IOException("Connection reset"))).isFalse();
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
