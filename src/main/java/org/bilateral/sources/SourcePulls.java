package org.bilateral.sources;

import java.util.List;
import java.util.function.Function;
import org.bilateral.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Use case: run a pull, by its source (the schedule, the Sources page's "Pull now") or with a command's own options
 * ({@code pull census --from 2025-01}), so that every run of a source is recorded the same way, its success or its
 * failure.
 */
@Service
public class SourcePulls {

    private static final Logger log = LoggerFactory.getLogger(SourcePulls.class);

    private final List<Source> sources;
    private final ApplicationEventPublisher events;

    SourcePulls(List<Source> sources, ApplicationEventPublisher events) {
        this.sources = sources;
        this.events = events;
    }

    /** The sources the modules contribute. */
    public List<Source> sources() {
        return sources;
    }

    /** Runs a source's own pull for the configured pairs. */
    public PullReport pull(String sourceId, String actor, PullProgress progress) {
        Source source = sources.stream().filter(s -> s.id().equals(sourceId)).findFirst()
                .orElseThrow(() -> new NotFound(NotFound.Thing.SOURCE, sourceId));
        return run(sourceId, actor, source::pull, progress);
    }

    /** Runs a pull a command shaped with its options, recorded as a run of {@code sourceId}. */
    public PullReport run(String sourceId, String actor, Function<PullProgress, PullReport> work, PullProgress progress) {
        try {
            PullReport report = work.apply(progress);
            log.info("pull {} by {}: {} asked, {} stored, {} unchanged", sourceId, actor, report.asked(), report.stored(), report.unchanged());
            events.publishEvent(new PullFinished(sourceId, report)); // issue 31, alerts: checked after each pull
            return report;
        } catch (RuntimeException e) {
            log.warn("pull {} by {} failed: {}", sourceId, actor, e.getMessage());
            throw e;
        }
    }
}
