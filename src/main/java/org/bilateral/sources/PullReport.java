package org.bilateral.sources;

import java.util.List;
import org.bilateral.shared.Said;

/**
 * What one pull did.
 *
 * @param asked     requests made to the source (pages, periods, feeds)
 * @param stored    documents or files stored as new or revised
 * @param unchanged documents or files already held as they are
 * @param lines     what the run says, line by line, in no language yet ("2025-11 imports: 1,204 figures")
 */
public record PullReport(int asked, int stored, int unchanged, List<Said> lines) {

    public PullReport {
        if (asked < 0 || stored < 0 || unchanged < 0) {
            throw new IllegalArgumentException("a pull's counts are never negative");
        }
        lines = List.copyOf(lines);
    }
}
