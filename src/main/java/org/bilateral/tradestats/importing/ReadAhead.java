package org.bilateral.tradestats.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.bilateral.doors.ProgressBar;
import org.jspecify.annotations.Nullable;

/**
 * The next file of a set, its reading begun as soon as the file before it was read to its end, so that its parsing runs
 * while the file before it writes its slices, summaries and totals on the import's one connection. It holds one file at
 * most; what that file's reader says waits, in the file's order, to be said to its own import's context when its turn
 * comes, so a refusal reads as if the file had been read in its turn. A file it holds whose turn never comes (already
 * imported, the set abandoned) is stopped on {@link #close()}.
 */
public final class ReadAhead implements AutoCloseable {

    /** A file being read ahead: its stream and progress bar are closed with it. */
    record Started(Path file, String fileName, FileFormat format, InputStream in, ProgressBar progress,
                   ReadingAhead reading) implements AutoCloseable {
        @Override
        public void close() {
            try (ProgressBar bar = progress; InputStream stream = in) {
                reading.close();
            } catch (IOException e) {
                // a file being read could not be closed: nothing of it is kept, and its own turn, if any, reads it again
            }
        }
    }

    private @Nullable Started started;

    public ReadAhead() {
    }

    /** The reading begun for {@code file} under {@code fileName}, now the caller's to drain and close; any other is stopped. */
    @Nullable Started take(Path file, String fileName) {
        Started held = started;
        started = null;
        if (held == null) {
            return null;
        }
        if (held.file().equals(file) && held.fileName().equals(fileName)) {
            return held;
        }
        held.close();
        return null;
    }

    /** Holds a reading begun ahead of its turn, stopping one held before (at most one file is read ahead). */
    void hold(Started reading) {
        close();
        started = reading;
    }

    @Override
    public void close() {
        Started held = started;
        started = null;
        if (held != null) {
            held.close();
        }
    }
}
