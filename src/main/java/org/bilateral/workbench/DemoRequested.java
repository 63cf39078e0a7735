package org.bilateral.workbench;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The user started the workbench with --demo: whoever owns demonstration data loads it if nothing is there, its
 * statistics through {@code through}, the latest whole month on the day it was asked for.
 */
public record DemoRequested(YearMonth through) {

    public DemoRequested {
        Objects.requireNonNull(through, "through");
    }

    /** Asked for now, by the system's clock. */
    public DemoRequested() {
        this(latestWholeMonth(Clock.systemDefaultZone()));
    }

    /** Asked for on the clock's today: through the month before it, the latest whole one. */
    public static DemoRequested on(Clock clock) {
        return new DemoRequested(latestWholeMonth(clock));
    }

    private static YearMonth latestWholeMonth(Clock clock) {
        return YearMonth.now(clock).minusMonths(1);
    }
}
