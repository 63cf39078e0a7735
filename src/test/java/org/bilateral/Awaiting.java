package org.bilateral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BooleanSupplier;

/** Waiting in a test for what another thread does a moment later (a notification heard): never a measure of time. */
public final class Awaiting {

    private Awaiting() {
    }

    /** Waits at most 10 s for the condition, failing with {@code what} if it never holds. */
    public static void until(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(end);
            Thread.sleep(5);
        }
    }
}
