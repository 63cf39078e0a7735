package org.bilateral.extraction.reading;

import java.util.concurrent.CancellationException;

/**
 * The reader's work on the current thread, counted in steps (a candidate examined, a character scanned by a step that
 * goes over the whole text), so that a test can show that the work grows with the text and not faster, without timing
 * anything; and the place where a long read notices that it has been told to stop.
 */
final class Work {

    private static final ThreadLocal<long[]> STEPS = ThreadLocal.withInitial(() -> new long[1]);

    private Work() {
    }

    static void add(long steps) {
        STEPS.get()[0] += steps;
    }

    /** The steps counted on this thread so far. */
    static long steps() {
        return STEPS.get()[0];
    }

    /**
     * Stops the read when its thread has been interrupted, as the reading queue does to a read that outlasts its time:
     * the thread is free again at once instead of finishing a result nobody waits for.
     */
    static void checkpoint() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("the reading was stopped");
        }
    }
}
