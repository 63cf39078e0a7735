package org.bilateral.tradestats.importing;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PostgreSQL empties unlogged tables after a crash; the totals are rebuilt from the figures. The loss is noticed before
 * the web server opens (so no request ever sees empty totals as if they were the statistics), the rebuild runs once the
 * workbench has started, and statistics are refused with the reason until it ends (see {@link TotalsState}).
 */
@Component
@Order(2)
class TotalsRecovery implements SmartInitializingSingleton, ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TotalsRecovery.class);

    private final TotalsStore store;
    private final TransactionTemplate transaction;
    private final TotalsState state;

    TotalsRecovery(TotalsStore store, TransactionTemplate transaction, TotalsState state) {
        this.store = store;
        this.transaction = transaction;
        this.state = state;
    }

    /** Runs when every bean exists and before the web server starts: notes whether the totals were lost. */
    @Override
    public void afterSingletonsInstantiated() {
        if (store.totalsLost()) {
            state.rebuilding(Instant.now());
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (state.isWhole()) {
            return;
        }
        long started = System.currentTimeMillis();
        log.warn("Rebuilding the statistics totals after an unclean shutdown of the database; statistics answer again when done");
        try {
            transaction.executeWithoutResult(status -> store.rebuildTotalsIfLost());
            log.warn("Rebuilt the statistics totals in {} s", (System.currentTimeMillis() - started) / 1000);
        } finally {
            state.whole();
        }
    }
}
