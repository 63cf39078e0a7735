package org.bilateral.sources;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.Said;
import org.bilateral.shared.Unavailable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Use case: run a pull, by its source (the schedule, the Sources page's "Pull now") or with a command's own options
 * ({@code pull census --from 2025-01}), so that every run of a source is recorded the same way, its success or its
 * failure.
 *
 * <p>Each run is a row of {@code source_run} written in transactions of its own, before the pull and after it, so a
 * pull whose import rolls back still leaves the record of its failure; and audited. Two runs of one source never
 * overlap, in this process or another on the same database (a command while {@code serve} runs): the second is refused
 * at once with a clear reason rather than made to wait, because it would ask the source for the very months or items
 * the first is storing and then find them held, while a run of the schedule left waiting behind a slow pull would pile
 * up behind it. A run said to be running for longer than {@code bilateral.sources.stale-after} (default 6 hours) is
 * taken to have died with its process and is recorded failed.
 */
@Service
public class SourcePulls {

    private static final Logger log = LoggerFactory.getLogger(SourcePulls.class);

    /** The actor of a run the schedule started. */
    public static final String SCHEDULE = "schedule";

    /** Where a run in this process has got to, for the Sources page. */
    public record Progress(long runId, long done, long total) {
    }

    private final List<Source> sources;
    private final SourceRunStore store;
    private final SourceKeys keys;
    private final AuditTrail audit;
    private final TransactionTemplate own;
    private final Clock clock;
    private final Duration staleAfter;
    private final Map<String, Progress> progress = new ConcurrentHashMap<>();
    private final ApplicationEventPublisher events;

    @Autowired
    SourcePulls(List<Source> sources, SourceRunStore store, SourceKeys keys, AuditTrail audit,
            PlatformTransactionManager transactions, Optional<Clock> clock, Environment environment, ApplicationEventPublisher events) {
        this.events = events;
        this.sources = List.copyOf(sources);
        this.store = store;
        this.keys = keys;
        this.audit = audit;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock.orElse(Clock.systemUTC());
        this.staleAfter = environment.getProperty("bilateral.sources.stale-after", Duration.class, Duration.ofHours(6));
    }

    /** The sources the modules contribute. */
    public List<Source> sources() {
        return sources;
    }

    /** The source of this id, or the one not-found refusal. */
    public Source source(String sourceId) {
        return sources.stream().filter(s -> s.id().equals(sourceId)).findFirst()
                .orElseThrow(() -> new NotFound(NotFound.Thing.SOURCE, sourceId));
    }

    /**
     * Runs a source's own pull for the configured pairs. A source that needs a key and has none, or says it is not ready,
     * is not pulled: the run is recorded skipped with the reason, and refused with it.
     */
    public PullReport pull(String sourceId, String actor, PullProgress progress) {
        Source source = source(sourceId);
        refuseUnlessReady(source, actor);
        return run(sourceId, actor, source::pull, progress);
    }

    /** Runs a pull a command shaped with its options, recorded as a run of {@code sourceId}. */
    public PullReport run(String sourceId, String actor, Function<PullProgress, PullReport> work, PullProgress progress) {
        long runId = begin(sourceId, actor);
        return carry(runId, sourceId, actor, work, progress);
    }

    /**
     * Runs a command's pull as {@link #run} does, with a progress bar on the terminal, and says how it went there: the
     * report's counts and lines on standard output, a refusal or a failure in one line on standard error (its address
     * with keys hidden; no stack trace, which the log keeps). For a module's {@code pull} subcommand to return.
     *
     * @return the exit code: 0 when the pull succeeded, 2 when an answer was refused as data (as every import refuses
     *         bad input), 1 for any other failure or refusal (a fetch that failed, a run going already, no key)
     */
    public int runOnTerminal(String sourceId, Function<PullProgress, PullReport> work, PrintStream out, PrintStream err) {
        try (PullProgress.OnTerminal bar = PullProgress.onTerminal(sourceId)) {
            PullReport report = run(sourceId, AuditTrail.currentActor(), work, bar);
            bar.close();
            out.println(sourceId + ": " + report.asked() + " asked, " + report.stored() + " stored, " + report.unchanged() + " unchanged");
            report.lines().forEach(l -> out.println("  " + l.english()));
            return 0;
        } catch (InvalidInput invalid) {
            invalid.problems().forEach(p -> err.println("error: " + p.said().english()));
            err.println("Nothing was stored.");
            return 2;
        } catch (FetchFailed failed) {
            err.println("error: " + sourceId + ": " + failed.said().english() + " (" + failed.address() + ")");
            return 1;
        } catch (Unavailable | NotFound | Fetcher.Malformed refused) {
            err.println("error: " + failure(refused).english());
            return 1;
        }
    }

    /** A source's own pull on the terminal, as {@link #runOnTerminal} says; refused with the reason when it is not ready. */
    public int pullOnTerminal(String sourceId, PrintStream out, PrintStream err) {
        try {
            Source source = source(sourceId);
            refuseUnlessReady(source, AuditTrail.currentActor());
            return runOnTerminal(sourceId, source::pull, out, err);
        } catch (Unavailable | NotFound refused) {
            err.println("error: " + failure(refused).english());
            return 1;
        }
    }

    /** Where a run of this source in this process has got to, while it runs. */
    public Optional<Progress> progress(String sourceId) {
        return Optional.ofNullable(progress.get(sourceId));
    }

    /** A source's name, or its id when no source bean answers to it (a command's run under an id of its own). */
    Said nameOf(String sourceId) {
        return sources.stream().filter(s -> s.id().equals(sourceId)).findFirst().map(Source::name).orElse(Said.asWritten(sourceId));
    }

    /** Records a skipped run and refuses when the source cannot be pulled now. */
    void refuseUnlessReady(Source source, String actor) {
        Optional<Said> why = notReady(source);
        if (why.isPresent()) {
            Said reason = why.get();
            own.executeWithoutResult(t -> {
                store.skipped(source.id(), actor, clock.instant(), reason);
                audit.record(actor, "source pull skipped", "source " + source.id(), null, new Failure(reason.english(), null));
            });
            log.warn("pull {} by {} skipped: {}", source.id(), actor, reason.english());
            throw new Unavailable(reason);
        }
    }

    /** Why a source cannot be pulled now: its key missing (or refused), or its own reason; nothing when it can. */
    Optional<Said> notReady(Source source) {
        if (source.needsKey()) {
            try {
                if (keys.key(source.id()).isEmpty()) {
                    return Optional.of(Said.of("refusal.sources.noKey", source.name(), keys.file(source.id()).toString(),
                            SourceKeys.variable(source.id())));
                }
            } catch (Unavailable refused) {
                return Optional.of(refused.said());
            }
        }
        return source.notReady();
    }

    /** Starts the record of a run, refusing when a run of the source is already going. */
    long begin(String sourceId, String actor) {
        Instant now = clock.instant();
        Optional<Long> started = own.execute(t -> {
            int abandoned = store.abandon(sourceId, now.minus(staleAfter), now, Said.of("refusal.sources.abandoned"));
            if (abandoned > 0) {
                log.warn("pull {}: a run said to be running since before {} is recorded failed, its process gone", sourceId,
                        now.minus(staleAfter));
            }
            return store.start(sourceId, actor, now);
        });
        if (started == null || started.isEmpty()) {
            Said running = Said.of("refusal.sources.running", nameOf(sourceId));
            log.info("pull {} by {} refused: {}", sourceId, actor, running.english());
            throw new Unavailable(running);
        }
        return started.get();
    }

    /** Carries out a run begun, recording how it ended; rethrows a failure once recorded. */
    PullReport carry(long runId, String sourceId, String actor, Function<PullProgress, PullReport> work, PullProgress shown) {
        progress.put(sourceId, new Progress(runId, 0, 0));
        PullProgress tracked = (done, total) -> {
            progress.put(sourceId, new Progress(runId, done, total));
            shown.advance(done, total);
        };
        boolean recorded = false;
        try {
            PullReport report = work.apply(tracked);
            own.executeWithoutResult(t -> {
                store.succeeded(runId, clock.instant(), report);
                audit.record(actor, "source pulled", "source " + sourceId, null,
                        new Counts(report.asked(), report.stored(), report.unchanged()));
            });
            recorded = true;
            log.info("pull {} by {}: {} asked, {} stored, {} unchanged", sourceId, actor, report.asked(), report.stored(), report.unchanged());
            events.publishEvent(new PullFinished(sourceId, report)); // issue 31, alerts: checked after each pull
            return report;
        } catch (RuntimeException e) {
            Said said = failure(e);
            String address = e instanceof FetchFailed f ? f.address() : null;
            fail(runId, sourceId, actor, said, address);
            recorded = true;
            if (e instanceof FetchFailed || e instanceof InvalidInput || e instanceof Unavailable || e instanceof Fetcher.Malformed) {
                log.warn("pull {} by {} failed: {}{}", sourceId, actor, said.english(), address == null ? "" : " (" + address + ")");
            } else {
                log.error("pull {} by {} failed", sourceId, actor, e);
            }
            throw e;
        } finally {
            if (!recorded) {
                // an Error (out of memory, say) went past: the run is still not left said to be running
                fail(runId, sourceId, actor, Said.of("refusal.sources.stopped"), null);
            }
            progress.remove(sourceId);
        }
    }

    private void fail(long runId, String sourceId, String actor, Said said, @Nullable String address) {
        own.executeWithoutResult(t -> {
            store.failed(runId, clock.instant(), said, address);
            audit.record(actor, "source pull failed", "source " + sourceId, null, new Failure(said.english(), address));
        });
    }

    /** What went wrong, said by key where the failure says it so: an answer refused as data names its first problem. */
    static Said failure(RuntimeException e) {
        if (e instanceof FetchFailed f) {
            return f.said();
        }
        if (e instanceof Fetcher.Malformed m) {
            return m.said();
        }
        if (e instanceof InvalidInput invalid && !invalid.problems().isEmpty()) {
            List<InputProblem> problems = invalid.problems();
            Said first = problems.get(0).said();
            return problems.size() == 1 ? first : Said.of("refusal.sources.problems", problems.size(), first);
        }
        if (e instanceof Unavailable u) {
            return u.said();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return Said.asWritten(Fetcher.withoutKeys(message));
    }

    /** A run's counts, as the audit trail keeps them. */
    record Counts(int asked, int stored, int unchanged) {
    }

    /** A run's failure, as the audit trail keeps it (in English: the trail is the record's, not a page's words). */
    record Failure(String said, @Nullable String address) {
    }
}
