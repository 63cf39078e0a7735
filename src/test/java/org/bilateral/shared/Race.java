package org.bilateral.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Two callers of the real use cases started at one instant on two real threads, each against the real database: what
 * each answered or threw, in the order given. Repeated over rounds, it finds the window two transactions leave open.
 */
public final class Race {

    /** What one side of a race came to: its answer, or what it threw. */
    public record Outcome(Object answer, Throwable refusal) {
        public boolean done() {
            return refusal == null;
        }
    }

    private Race() {
    }

    public static List<Outcome> run(Callable<?> first, Callable<?> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Callable<?> side : List.of(first, second)) {
                futures.add(threads.submit(() -> {
                    start.await();
                    try {
                        return new Outcome(side.call(), null);
                    } catch (RuntimeException e) {
                        return new Outcome(null, e);
                    }
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }
}
