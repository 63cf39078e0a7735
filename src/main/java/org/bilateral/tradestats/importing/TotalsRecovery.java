package org.bilateral.tradestats.importing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** PostgreSQL empties unlogged tables after a crash; the totals are rebuilt from the figures before anyone reads them. */
@Component
@Order(2)
class TotalsRecovery implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TotalsRecovery.class);

    private final StatisticsStore store;
    private final TransactionTemplate transaction;

    TotalsRecovery(StatisticsStore store, TransactionTemplate transaction) {
        this.store = store;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (Boolean.TRUE.equals(transaction.execute(status -> store.rebuildTotalsIfLost()))) {
            log.warn("Rebuilt the statistics totals after an unclean shutdown of the database");
        }
    }
}
