package org.bilateral.sources;

import org.bilateral.doors.ProgressBar;

/** Where a pull has got to, for a progress bar on the terminal or the Sources page: {@code done} of {@code total} steps. */
@FunctionalInterface
public interface PullProgress {

    PullProgress NONE = (done, total) -> {
    };

    void advance(long done, long total);

    /**
     * A progress bar on the terminal (doors' {@code ProgressBar}, silent when output is not one) for a command's pull:
     * {@code try (var bar = PullProgress.onTerminal("census")) { pulls.run("census", actor, work, bar); }}.
     */
    static OnTerminal onTerminal(String task) {
        return new OnTerminal(ProgressBar.onTerminal(task, 0));
    }

    /** A pull's progress drawn on the terminal; closing it ends the line. */
    final class OnTerminal implements PullProgress, AutoCloseable {

        private final ProgressBar bar;

        OnTerminal(ProgressBar bar) {
            this.bar = bar;
        }

        @Override
        public void advance(long done, long total) {
            bar.advanceTo(done, total);
        }

        @Override
        public void close() {
            bar.close();
        }
    }
}
