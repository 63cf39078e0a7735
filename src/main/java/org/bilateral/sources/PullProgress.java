package org.bilateral.sources;

/** Where a pull has got to, for a progress bar on the terminal or the Sources page: {@code done} of {@code total} steps. */
@FunctionalInterface
public interface PullProgress {

    PullProgress NONE = (done, total) -> {
    };

    void advance(long done, long total);
}
