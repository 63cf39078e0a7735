package org.bilateral.workbench;

import java.util.Arrays;
import java.util.function.Supplier;

/** What the benchmark commands share: the database they need, and one way of timing an answer. */
public final class Benchmarks {

    private Benchmarks() {
    }

    /**
     * An answer timed: its first run (the process's code not yet compiled, as a user's first request) and the others'
     * median, 95th percentile and maximum, in milliseconds; {@code result} is the first run's answer.
     */
    public record Timing<T>(T result, double firstMs, double medianMs, double p95Ms, double maxMs) {
    }

    /** Runs the answer once, then {@code repeat} times more (at least once). */
    public static <T> Timing<T> time(int repeat, Supplier<T> answer) {
        long start = System.nanoTime();
        T result = answer.get();
        double first = (System.nanoTime() - start) / 1e6;
        double[] ms = new double[Math.max(1, repeat)];
        for (int i = 0; i < ms.length; i++) {
            long at = System.nanoTime();
            var unused = answer.get();
            ms[i] = (System.nanoTime() - at) / 1e6;
        }
        Arrays.sort(ms);
        return new Timing<>(result, first, ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1], ms[ms.length - 1]);
    }

    /** The figures the benchmark database holds; refused when it holds none, with what to run first. */
    public static long requireFigures(long figures) {
        if (figures == 0) {
            throw new IllegalStateException("the benchmark database holds no statistics: run ./bilateral bench --rows 5000000 first");
        }
        return figures;
    }
}
