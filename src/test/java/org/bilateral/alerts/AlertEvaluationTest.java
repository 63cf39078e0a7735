package org.bilateral.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.bilateral.shared.Changes;
import org.bilateral.shared.Changes.Kind;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.Said;
import org.bilateral.sources.PullProgress;
import org.bilateral.sources.PullReport;
import org.bilateral.sources.SourcePulls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every rule checked against every module's changes since the last check: each match noted once, never twice. */
@AlertsTest
class AlertEvaluationTest {

    @Autowired AlertEvaluation evaluation;
    @Autowired AlertRules rules;
    @Autowired Notifications notifications;
    @Autowired AlertsTest.StatedChanges changes;
    @Autowired AlertSchedule schedule;
    @Autowired SourcePulls pulls;

    @BeforeEach
    void noChangesYet() {
        changes.clear();
    }

    private static Changes.Change remedy(String href, String title) {
        return new Changes.Change(Kind.TRADE_REMEDY, Instant.now(), Said.asWritten(title), href, null, null, title, false);
    }

    @Test
    void aMatchBecomesOneNotificationAndASecondCheckAddsNone() {
        rules.create("eval-ana", new NewRule("AD on Vietnam", Set.of(Kind.TRADE_REMEDY, Kind.TARIFF_ACTION),
                "vietnam anti-dumping", null, null, false));
        changes.add(remedy("/policy/remedies/eval-1", "Steel nails from Vietnam: antidumping duty order"));
        changes.add(remedy("/policy/remedies/eval-2", "Steel nails from Thailand: antidumping duty order"));

        evaluation.evaluate();
        assertThat(notifications.of("eval-ana")).extracting(Notification::href).containsExactly("/policy/remedies/eval-1");
        assertThat(notifications.unread("eval-ana")).isEqualTo(1);

        // the same change is still among the module's changes (within the overlap): it is not noted again
        AlertEvaluation.Evaluated second = evaluation.evaluate();
        assertThat(second.notified()).isZero();
        assertThat(notifications.of("eval-ana")).hasSize(1);

        // the same page at another moment is another change (a document revised), noted once more
        Changes.Change revised = remedy("/policy/remedies/eval-1", "Steel nails from Vietnam: antidumping duty order, amended");
        changes.add(revised);
        evaluation.evaluate();
        assertThat(notifications.of("eval-ana")).hasSize(2);
        evaluation.evaluate();
        assertThat(notifications.of("eval-ana")).hasSize(2);
        assertThat(notifications.unread("eval-ana")).isEqualTo(2);
    }

    @Test
    void theLineIsKeptInBothLanguagesAndAReadNotificationLeavesTheUnreadCount() {
        rules.create("eval-bao", new NewRule("Watched up", Set.of(Kind.WATCHED_PRODUCT), "", "8504", new BigDecimal("20"), false));
        changes.add(new Changes.Change(Kind.WATCHED_PRODUCT, Instant.now(), Said.of("alerts.kind.WATCHED_PRODUCT"),
                "/risk/products/850440", HsCode.of("850440"), new BigDecimal("0.25"), "", true));
        // exactly 20% is not more than 20%: no notification
        changes.add(new Changes.Change(Kind.WATCHED_PRODUCT, Instant.now(), Said.of("alerts.kind.WATCHED_PRODUCT"),
                "/risk/products/850410", HsCode.of("850410"), new BigDecimal("0.20"), "", true));
        evaluation.evaluate();

        var listed = notifications.of("eval-bao");
        assertThat(listed).hasSize(1);
        Notification n = listed.get(0);
        assertThat(n.line(Locale.ENGLISH)).isEqualTo("Watched product");
        assertThat(n.line(Locale.forLanguageTag("vi"))).isEqualTo("Mặt hàng đang theo dõi");
        assertThat(n.synthetic()).isTrue();
        assertThat(n.mailWanted()).isFalse();

        assertThat(notifications.markRead("eval-bao", n.id())).isTrue();
        assertThat(notifications.unread("eval-bao")).isZero();
        // another user cannot mark it
        assertThat(notifications.markRead("eval-someone-else", n.id())).isFalse();
    }

    @Test
    void aRuleDeletedTakesItsNotificationsWithIt() {
        AlertRule rule = rules.create("eval-chi", new NewRule("Rounds", Set.of(Kind.ENGAGEMENT), "negotiation_round", null, null, false));
        changes.add(new Changes.Change(Kind.ENGAGEMENT, Instant.now(), Said.asWritten("Round 5"), "/engagements/eval-5", null, null,
                "NEGOTIATION_ROUND", false));
        evaluation.evaluate();
        assertThat(notifications.unread("eval-chi")).isEqualTo(1);
        assertThat(rules.delete("eval-someone-else", rule.id())).isFalse();
        assertThat(rules.delete("eval-chi", rule.id())).isTrue();
        assertThat(notifications.of("eval-chi")).isEmpty();
    }

    @Test
    void aPullThatEndsChecksTheRulesAtOnce() {
        rules.create("eval-pull", new NewRule("Rounds pulled", Set.of(Kind.ENGAGEMENT), "negotiation_round", null, null, false));
        // a pull that stores a new round, run through the one door every pull goes through
        pulls.run("feeds", "test", progress -> {
            changes.add(new Changes.Change(Kind.ENGAGEMENT, Instant.now(), Said.asWritten("Round 6"), "/engagements/eval-6",
                    null, null, "NEGOTIATION_ROUND", false));
            return new PullReport(1, 1, 0, java.util.List.of());
        }, PullProgress.NONE);
        // no evaluation called here: the pull's end did it
        assertThat(notifications.of("eval-pull")).extracting(Notification::href).containsExactly("/engagements/eval-6");
    }

    @Test
    void theScheduleDoesNotRunWithoutAWebServerListening() {
        // MockMvc serves no port: only serve starts a web server, and with it the schedule
        assertThat(schedule.running()).isFalse();
    }
}
