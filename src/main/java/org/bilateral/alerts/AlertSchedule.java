package org.bilateral.alerts;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * The rules checked every so often while {@code serve} runs ({@code bilateral.alerts.every}, 15 minutes by default). It
 * starts when a web server starts listening, which only {@code serve} does: one-shot commands run without a web server
 * and tests of pages without a real one (MockMvc), so neither checks on its own; they evaluate when they mean to.
 */
@Component
class AlertSchedule implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AlertSchedule.class);

    private final AlertEvaluation evaluation;
    private final AlertsProperties properties;
    private @Nullable ThreadPoolTaskScheduler scheduler;

    AlertSchedule(AlertEvaluation evaluation, AlertsProperties properties) {
        this.evaluation = evaluation;
        this.properties = properties;
    }

    @EventListener
    synchronized void serving(WebServerInitializedEvent event) {
        if (scheduler != null || properties.every().isZero()) {
            return;
        }
        ThreadPoolTaskScheduler started = new ThreadPoolTaskScheduler();
        started.setThreadNamePrefix("alerts-");
        started.setPoolSize(1);
        started.initialize();
        // the first check after one period: the pulls check on their own when they end, and a start is no change
        started.scheduleWithFixedDelay(this::check, java.time.Instant.now().plus(properties.every()), properties.every());
        scheduler = started;
        log.info("alerts: the rules are checked every {}", properties.every());
    }

    /** One check; a failure is logged and the next one runs as planned. */
    void check() {
        try {
            evaluation.evaluate();
        } catch (RuntimeException e) {
            log.warn("alerts: checking the rules failed, tried again in {}: {}", properties.every(), e.toString());
        }
    }

    /** Whether the schedule runs (while serving). */
    boolean running() {
        return scheduler != null;
    }

    @Override
    public synchronized void destroy() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }
}
