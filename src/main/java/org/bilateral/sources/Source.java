package org.bilateral.sources;

import java.util.Optional;
import org.bilateral.shared.Said;

/**
 * A source the workbench pulls from by itself: each module contributes its own as a bean (the statistics module the
 * Census and Comtrade pulls, the reader the press feeds, policy the Federal Register), and the schedule, the Sources page
 * and {@code bilateral pull} run them without naming any.
 */
public interface Source {

    /** The source's stable name, used in properties, in the runs' record and as the {@code pull} subcommand: "census". */
    String id();

    /** What the Sources page calls it, in no language yet. */
    Said name();

    /**
     * Pulls what is new for the configured pairs, all or nothing per document or file: what was pulled before and is
     * unchanged is left as it is. Throws {@link FetchFailed} when the source could not be reached or answered badly after
     * its retries, {@link org.bilateral.shared.InvalidInput} when an answer is refused as data; either way nothing of
     * the failed document is kept.
     */
    PullReport pull(PullProgress progress);

    /**
     * Whether the source needs a key ({@link SourceKeys#key(String)} under its {@link #id()}) to be pulled at all: a run
     * without one is skipped, its reason recorded, rather than sent to be refused. Press feeds need none.
     */
    default boolean needsKey() {
        return false;
    }

    /**
     * Why the source cannot be pulled now though its key is found (nothing configured to pull, say), or nothing when it
     * can: the run is then skipped with this reason recorded.
     */
    default Optional<Said> notReady() {
        return Optional.empty();
    }
}
