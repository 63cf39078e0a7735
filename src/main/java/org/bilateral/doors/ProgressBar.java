package org.bilateral.doors;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on the terminal for long work; silent when output is not a terminal,
 * so scripts and logs are not filled with carriage returns.
 */
public final class ProgressBar implements AutoCloseable {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String task;
    private long total;
    private final boolean visible;
    private final long started = System.nanoTime();
    private long done;
    private long lastDrawn;

    private ProgressBar(PrintStream out, String task, long total, boolean visible) {
        this.out = out;
        this.task = task;
        this.total = total;
        this.visible = visible;
    }

    /** A bar on standard error when it is a terminal; total in the unit of work, e.g. bytes read. */
    public static ProgressBar onTerminal(String task, long total) {
        return new ProgressBar(System.err, task, total, System.console() != null);
    }

    public void advanceTo(long position) {
        done = position;
        long now = System.nanoTime();
        if (visible && now - lastDrawn > 100_000_000L) {
            lastDrawn = now;
            draw();
        }
    }

    /** Where the work has got to when its total is learnt on the way (a pull learns how many pages once it has asked). */
    public void advanceTo(long position, long newTotal) {
        total = newTotal;
        advanceTo(position);
    }

    private void draw() {
        double fraction = total <= 0 ? 0 : Math.min(1.0, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        double seconds = (System.nanoTime() - started) / 1e9;
        out.print(String.format(Locale.ROOT, "\r%s [%s%s] %3.0f%% %5.1fs", task,
                "#".repeat(filled), " ".repeat(WIDTH - filled), fraction * 100, seconds));
        out.flush();
    }

    @Override
    public void close() {
        if (visible) {
            done = total;
            draw();
            out.println();
        }
    }
}
