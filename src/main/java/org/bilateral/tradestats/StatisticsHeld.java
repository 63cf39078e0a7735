package org.bilateral.tradestats;

import org.bilateral.shared.CountryCode;
import org.springframework.stereotype.Service;

/**
 * How much the statistics hold, for the benchmarks that must know before they measure: the one door other modules
 * use instead of counting the figure tables themselves.
 */
@Service
public class StatisticsHeld {

    private final HeldStore store;

    StatisticsHeld(HeldStore store) {
        this.store = store;
    }

    public long figures() {
        return store.figures();
    }

    public long totals() {
        return store.totals();
    }

    /** Whether any import holds this reporter's trade with this partner. */
    public boolean holds(CountryCode reporter, CountryCode partner) {
        return store.holds(reporter, partner);
    }

    /**
     * Summarises the figures' index by slice, as a running workbench's autovacuum does soon after an import (V20): a
     * benchmark's process may not have lived that long.
     */
    public void summariseIndex() {
        store.summariseIndex();
    }

    /** Refreshes the planner's statistics of every table, as autovacuum would, before a benchmark times its queries. */
    public void analyze() {
        store.analyze();
    }

    /**
     * Empties every statistics table, for the import benchmark's next run; the benchmark runs on a database of its own
     * under BILATERAL_HOME/bench, and no page, command or API calls this.
     */
    public void clearForBenchmark() {
        store.clear();
    }
}
