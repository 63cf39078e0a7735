package org.bilateral.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bilateral.doors.Sayings;
import org.bilateral.shared.Changes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Use case: check every rule against what every module says changed since the last check, note each match once, then
 * mail what is waiting to be mailed. Run by the schedule of {@code serve} and after each pull.
 */
@Service
public class AlertEvaluation {

    private static final Logger log = LoggerFactory.getLogger(AlertEvaluation.class);
    /**
     * How far back each check looks before the last one's mark: a record committed a moment late carries an earlier
     * moment than the mark, and would be missed. Asking again is harmless: a rule × change is noted once.
     */
    static final Duration OVERLAP = Duration.ofMinutes(5);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** What one evaluation did. */
    public record Evaluated(int rules, int changes, int notified, int mailed, int mailFailed) {
    }

    private final AlertStore store;
    private final List<Changes> modules;
    private final AlertMail mail;
    private final Sayings sayings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AlertEvaluation(AlertStore store, List<Changes> modules, AlertMail mail, MessageSource messages,
            PlatformTransactionManager transactions, Optional<Clock> clock) {
        this.store = store;
        this.modules = modules;
        this.mail = mail;
        this.sayings = new Sayings(messages);
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Checks the rules, then sends the mails waiting (those that failed before included). */
    public Evaluated evaluate() {
        Noted noted = java.util.Objects.requireNonNull(transaction.execute(status -> note()));
        AlertMail.Sent sent = mail.sendWaiting();
        Evaluated evaluated = new Evaluated(noted.rules(), noted.changes(), noted.notified(), sent.sent(), sent.failed());
        if (evaluated.notified() > 0 || sent.failed() > 0) {
            log.info("alerts: {} rules, {} changes, {} new notifications, {} mailed, {} mails failed", evaluated.rules(),
                    evaluated.changes(), evaluated.notified(), sent.sent(), sent.failed());
        }
        return evaluated;
    }

    private record Noted(int rules, int changes, int notified) {
    }

    /** Notes the matches since the mark and moves the mark, in one transaction holding the mark's row. */
    private Noted note() {
        Instant from = store.lockMark();
        Instant to = clock.instant();
        List<AlertRule> rules = store.allRules();
        List<Changes.Change> changes = new ArrayList<>();
        for (Changes module : modules) {
            changes.addAll(module.since(from.minus(OVERLAP)));
        }
        int notified = 0;
        for (Changes.Change change : changes) {
            List<AlertRule> matching = rules.stream().filter(r -> r.matches(change)).toList();
            if (matching.isEmpty()) {
                continue;
            }
            String en = sayings.say(change.line(), Locale.ENGLISH);
            String vi = sayings.say(change.line(), VIETNAMESE);
            for (AlertRule rule : matching) {
                if (store.insertNotification(rule, change, key(change), en, vi)) {
                    notified++;
                }
            }
        }
        if (to.isAfter(from)) {
            store.mark(to);
        }
        return new Noted(rules.size(), changes.size(), notified);
    }

    /** A change's stable key: its kind, its page and its moment, which no module changes once it has said them. */
    static String key(Changes.Change change) {
        return change.kind().name() + " " + change.href() + " " + change.at();
    }
}
