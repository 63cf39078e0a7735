package org.bilateral.sources;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.bilateral.shared.Unavailable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Use case of Admin → Sources and of the schedule: each source's state (its key found or not, its schedule, last
 * success and failure, next run, recent runs), "Pull now" in the background, a key written to its owner-only file, the
 * schedule and switch changed; and, in {@code serve} alone, each source run by itself on its schedule.
 *
 * <p>A source's schedule is a Spring cron expression ({@code second minute hour day month weekday}) in
 * {@code bilateral.sources.zone} (UTC by default), from {@code bilateral.sources.<id>.schedule}, or {@code -} (run only
 * when asked) when none is written; {@code bilateral.sources.<id>.enabled} (true by default) switches it. What an
 * administrator sets on the page is kept in {@code source_setting} and wins over the properties. The schedule runs only
 * where {@code bilateral.sources.scheduled} is true, which {@code serve} sets and no other command and no test does: a
 * one-shot command must not start pulls of its own.
 */
@Service
public class SourcesAdministration implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SourcesAdministration.class);

    /** A cron expression Spring reads as "never": the source runs only when asked. */
    public static final String NEVER = "-";

    /** How many recent runs the page lists for each source. */
    static final int RECENT = 10;

    /** A source's schedule as it holds now: its cron, whether it runs by itself, whether the page set it. */
    public record Setting(String schedule, boolean enabled, boolean setOnPage) {
    }

    /**
     * A source as the Sources page and {@code pull status} show it.
     *
     * @param keyFound   where its key was found, never the key
     * @param keyProblem why a key found cannot be used (a key file others may read), if so
     * @param notReady   why it would be skipped now, if it would
     * @param next       when the schedule runs it next; null when it runs only when asked
     * @param running    its run going now, if any; {@code progress} where that run has got to when it runs here
     */
    public record SourceState(String id, Said name, boolean needsKey, SourceKeys.Found keyFound, @Nullable Said keyProblem,
            String keyFile, String keyVariable, String keyProperty, List<CountryCode> partners, Setting setting,
            @Nullable Instant next, @Nullable SourceRun lastSuccess, @Nullable SourceRun lastFailure,
            @Nullable SourceRun running, SourcePulls.@Nullable Progress progress, List<SourceRun> recent,
            @Nullable Said notReady) {

        public SourceState {
            partners = List.copyOf(partners);
            recent = List.copyOf(recent);
        }
    }

    private final SourcePulls pulls;
    private final SourceRunStore store;
    private final SourceKeys keys;
    private final SourcesProperties properties;
    private final AuditTrail audit;
    private final Environment environment;
    private final TransactionTemplate own;
    private final Clock clock;
    private final ZoneId zone;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final Map<String, ScheduledFuture<?>> planned = new ConcurrentHashMap<>();
    private volatile boolean scheduling;

    @Autowired
    SourcesAdministration(SourcePulls pulls, SourceRunStore store, SourceKeys keys, SourcesProperties properties,
            AuditTrail audit, Environment environment, PlatformTransactionManager transactions, Optional<Clock> clock) {
        this.pulls = pulls;
        this.store = store;
        this.keys = keys;
        this.properties = properties;
        this.audit = audit;
        this.environment = environment;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock.orElse(Clock.systemUTC());
        this.zone = ZoneId.of(environment.getProperty("bilateral.sources.zone", "UTC"));
        // Spring's scheduler, two threads: the sources' runs are few and mostly wait on the network; "Pull now" runs here too
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("source-pull-");
        scheduler.setWaitForTasksToCompleteOnShutdown(false);
        scheduler.initialize();
    }

    /**
     * In {@code serve}: plans each source's next run from its schedule. The condition is read before the bean is asked
     * for: a one-off command starts lazily (workbench/LaunchArguments), and a listener without it made this service and
     * everything behind it (the pulls, every source, the press feeds and releases, the register) at every command only to
     * return at once: 1.97 s of a 19.9 s `imports` on the fat jar at load 9.4 (BILATERAL_STARTUP_STEPS, issue 34).
     */
    @EventListener(value = ApplicationReadyEvent.class,
            condition = "@environment.getProperty('bilateral.sources.scheduled', T(java.lang.Boolean), false)")
    void startSchedule() {
        if (!environment.getProperty("bilateral.sources.scheduled", Boolean.class, false)) {
            return;
        }
        scheduling = true;
        pulls.sources().forEach(s -> plan(s.id()));
    }

    /** Whether the schedule runs in this process ({@code serve}), or sources run only when asked. */
    public boolean scheduling() {
        return scheduling;
    }

    private void plan(String sourceId) {
        ScheduledFuture<?> before = planned.remove(sourceId);
        if (before != null) {
            before.cancel(false);
        }
        Setting setting = setting(sourceId);
        if (!setting.enabled() || setting.schedule().equals(NEVER)) {
            log.info("source {} runs only when asked", sourceId);
            return;
        }
        CronExpression cron = CronExpression.parse(setting.schedule());
        Trigger trigger = context -> {
            Instant from = context.lastCompletion() != null ? context.lastCompletion() : clock.instant();
            var next = cron.next(from.atZone(zone));
            return next == null ? null : next.toInstant();
        };
        ScheduledFuture<?> future = scheduler.schedule(() -> scheduled(sourceId), trigger);
        if (future != null) {
            planned.put(sourceId, future);
        }
        log.info("source {} runs on {} ({}), next at {}", sourceId, setting.schedule(), zone, next(setting, clock.instant(), zone).orElse(null));
    }

    private void scheduled(String sourceId) {
        try {
            pulls.pull(sourceId, SourcePulls.SCHEDULE, PullProgress.NONE);
        } catch (RuntimeException e) {
            // recorded and logged by the pull already; the schedule goes on to the next run
            log.debug("scheduled pull {} ended with {}", sourceId, e.toString());
        }
    }

    /** When a schedule runs next after a moment: nothing when it runs only when asked or is switched off. */
    public static Optional<Instant> next(Setting setting, Instant after, ZoneId zone) {
        if (!setting.enabled() || setting.schedule().equals(NEVER)) {
            return Optional.empty();
        }
        var next = CronExpression.parse(setting.schedule()).next(after.atZone(zone));
        return next == null ? Optional.empty() : Optional.of(next.toInstant());
    }

    /** A source's schedule as it holds now: the page's setting, else the properties'. */
    public Setting setting(String sourceId) {
        return store.setting(sourceId).map(s -> new Setting(s.schedule(), s.enabled(), true))
                .orElseGet(() -> new Setting(environment.getProperty("bilateral.sources." + sourceId + ".schedule", NEVER).strip(),
                        environment.getProperty("bilateral.sources." + sourceId + ".enabled", Boolean.class, true), false));
    }

    /** Every source as the page shows it, in the order the modules contribute them. */
    public List<SourceState> states() {
        return pulls.sources().stream().map(s -> state(s.id())).toList();
    }

    public SourceState state(String sourceId) {
        Source source = pulls.source(sourceId);
        SourceKeys.Found found;
        Said keyProblem = null;
        try {
            found = keys.found(sourceId);
        } catch (Unavailable refused) {
            found = SourceKeys.Found.NOWHERE;
            keyProblem = refused.said();
        }
        Setting setting = setting(sourceId);
        Instant now = clock.instant();
        List<SourceRun> recent = store.recent(sourceId, RECENT);
        SourceRun running = recent.stream().filter(r -> r.outcome() == SourceRun.Outcome.RUNNING).findFirst().orElse(null);
        return new SourceState(sourceId, source.name(), source.needsKey(), found, keyProblem, keys.file(sourceId).toString(),
                SourceKeys.variable(sourceId), "bilateral.sources." + sourceId + ".key", properties.partners(), setting,
                next(setting, now, zone).orElse(null), store.last(sourceId, SourceRun.Outcome.SUCCEEDED).orElse(null),
                store.last(sourceId, SourceRun.Outcome.FAILED).orElse(null), running, pulls.progress(sourceId).orElse(null),
                recent, pulls.notReady(source).orElse(null));
    }

    /**
     * Starts a source's pull in the background, as a person asked on the page: refused at once when it cannot start (no
     * key, a run going), its run recorded from the start so the page shows it running.
     *
     * @return the run's id
     */
    public long pullNow(String sourceId, String actor) {
        Source source = pulls.source(sourceId);
        pulls.refuseUnlessReady(source, actor);
        long runId = pulls.begin(sourceId, actor);
        scheduler.execute(() -> {
            try {
                pulls.carry(runId, sourceId, actor, source::pull, PullProgress.NONE);
            } catch (RuntimeException e) {
                log.debug("pull {} asked by {} ended with {}", sourceId, actor, e.toString());
            }
        });
        return runId;
    }

    /** A run as recorded. */
    public Optional<SourceRun> run(long runId) {
        return store.run(runId);
    }

    /** Writes a source's key to its owner-only file; audited without the key. */
    public void setKey(String sourceId, String key, String actor) {
        pulls.source(sourceId);
        own.executeWithoutResult(t -> {
            var file = keys.write(sourceId, key);
            audit.record(actor, "source key set", "source " + sourceId, null, new KeyFile(file.toString()));
        });
        log.info("source {}: key written to its file by {}", sourceId, actor);
    }

    /** Changes a source's schedule and switch; audited, and planned anew when the schedule runs here. */
    public Setting change(String sourceId, String schedule, boolean enabled, String actor) {
        pulls.source(sourceId);
        String cron = schedule.strip();
        if (!cron.equals(NEVER) && !CronExpression.isValidExpression(cron)) {
            throw new InvalidInput("schedule", Said.of("refusal.sources.notASchedule", org.bilateral.shared.Limits.shown(cron)));
        }
        Setting before = setting(sourceId);
        Setting after = new Setting(cron, enabled, true);
        own.executeWithoutResult(t -> {
            store.set(new SourceRunStore.Setting(sourceId, enabled, cron), clock.instant(), actor);
            audit.record(actor, "source schedule changed", "source " + sourceId, before, after);
        });
        if (scheduling) {
            plan(sourceId);
        }
        return after;
    }

    /** The zone the schedules are read in. */
    public ZoneId zone() {
        return zone;
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }

    /** Where a key was written, as the audit trail keeps it. */
    record KeyFile(String file) {
    }
}
