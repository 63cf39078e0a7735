package org.bilateral.sources;

import java.time.Instant;
import java.util.List;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;

/**
 * One run of a source's pull as recorded.
 *
 * @param actor         who started it: an account, {@code schedule}, or a command's {@code cli:<user>}
 * @param finishedAt    null while it runs
 * @param lines         what the report said, line by line
 * @param failure       what went wrong, when it failed or was skipped
 * @param failedAddress the address that failed, its keys hidden, when a fetch failed
 */
public record SourceRun(long id, String sourceId, String actor, Instant startedAt, @Nullable Instant finishedAt,
        Outcome outcome, int asked, int stored, int unchanged, List<Said> lines, @Nullable Said failure,
        @Nullable String failedAddress) {

    public SourceRun {
        lines = List.copyOf(lines);
    }

    /** How a run ended, or that it has not yet. */
    public enum Outcome {
        RUNNING, SUCCEEDED, FAILED, SKIPPED;

        String stored() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Outcome of(String stored) {
            return valueOf(stored.toUpperCase(java.util.Locale.ROOT));
        }

        /** The key of its name on a page and in a command: {@code sourcesAdmin.outcome.failed}. */
        public String key() {
            return "sourcesAdmin.outcome." + stored();
        }
    }
}
