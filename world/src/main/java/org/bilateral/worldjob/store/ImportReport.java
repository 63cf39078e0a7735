package org.bilateral.worldjob.store;

import java.util.List;

/**
 * An import's report (REPORT.json): each file's outcome, and the rows read per second over the files actually read and
 * written (unchanged files, skipped unread, do not count).
 */
public record ImportReport(List<FileOutcome> files, double rowsPerSecond) {

    public boolean anyRefused() {
        return files.stream().anyMatch(FileOutcome::refused);
    }
}
