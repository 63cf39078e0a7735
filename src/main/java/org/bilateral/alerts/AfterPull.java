package org.bilateral.alerts;

import org.bilateral.sources.PullFinished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The rules checked as soon as a pull ends (on the schedule, from the Sources page or {@code ./bilateral pull}), so that
 * what it brought alerts at once. A failed check never fails the pull that stored the records: it is logged, and the
 * schedule's next check sees the same changes.
 */
@Component
class AfterPull {

    private static final Logger log = LoggerFactory.getLogger(AfterPull.class);

    private final AlertEvaluation evaluation;

    AfterPull(AlertEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    @EventListener
    void pulled(PullFinished pull) {
        try {
            evaluation.evaluate();
        } catch (RuntimeException e) {
            log.warn("alerts: checking the rules after the pull of {} failed: {}", pull.sourceId(), e.toString());
        }
    }
}
