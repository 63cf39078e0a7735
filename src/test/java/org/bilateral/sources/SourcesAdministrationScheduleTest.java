package org.bilateral.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.bilateral.sources.SourcesAdministration.Setting;
import org.bilateral.workbench.LaunchArguments;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.context.expression.BeanFactoryResolver;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.scheduling.support.CronExpression;

/** A source's next run, from its cron expression and a moment fixed by hand. */
class SourcesAdministrationScheduleTest {

    private static Instant next(String cron, String after, ZoneId zone) {
        return SourcesAdministration.next(new Setting(cron, true, false), Instant.parse(after), zone).orElseThrow();
    }

    @Test
    void theNextRunIsTheCronsNextMomentAfterNowInTheSchedulesZone() {
        // Census daily at 14:00 UTC: at 09:00 on Sunday 6 December 2026 the next is 14:00 the same day
        assertThat(next("0 0 14 * * *", "2026-12-06T09:00:00Z", ZoneOffset.UTC)).isEqualTo("2026-12-06T14:00:00Z");
        // at 14:00:00 exactly, that run is now: the next is 14:00 on the 7th
        assertThat(next("0 0 14 * * *", "2026-12-06T14:00:00Z", ZoneOffset.UTC)).isEqualTo("2026-12-07T14:00:00Z");
        // feeds every 30 minutes: after 09:10 comes 09:30; after 09:30:01 comes 10:00
        assertThat(next("0 */30 * * * *", "2026-12-06T09:10:00Z", ZoneOffset.UTC)).isEqualTo("2026-12-06T09:30:00Z");
        assertThat(next("0 */30 * * * *", "2026-12-06T09:30:01Z", ZoneOffset.UTC)).isEqualTo("2026-12-06T10:00:00Z");
        // the Federal Register at 11:15 UTC on working days: after noon on Friday 4 December, Saturday and Sunday are
        // passed over, and the next is Monday 7 December at 11:15
        assertThat(next("0 15 11 * * MON-FRI", "2026-12-04T12:00:00Z", ZoneOffset.UTC)).isEqualTo("2026-12-07T11:15:00Z");
        // a schedule read in Hanoi's time (UTC+7): 08:00 in Hanoi is 01:00 UTC; at 02:00 UTC on the 6th (09:00 in Hanoi)
        // the day's 08:00 has gone, so the next is 08:00 on the 7th in Hanoi, 01:00 UTC on the 7th
        assertThat(next("0 0 8 * * *", "2026-12-06T02:00:00Z", ZoneId.of("Asia/Ho_Chi_Minh"))).isEqualTo("2026-12-07T01:00:00Z");
    }

    @Test
    void aSourceSwitchedOffOrRunOnlyWhenAskedHasNoNextRun() {
        Instant now = Instant.parse("2026-12-06T09:00:00Z");
        assertThat(SourcesAdministration.next(new Setting("0 0 14 * * *", false, true), now, ZoneOffset.UTC)).isEmpty();
        assertThat(SourcesAdministration.next(new Setting(SourcesAdministration.NEVER, true, false), now, ZoneOffset.UTC)).isEmpty();
    }

    @Test
    void everyScheduleWrittenInTheApplicationsPropertiesIsACronSpringReads() throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        Map<String, String> schedules = new TreeMap<>();
        properties.stringPropertyNames().stream().filter(n -> n.startsWith("bilateral.sources.") && n.endsWith(".schedule"))
                .forEach(n -> schedules.put(n, properties.getProperty(n)));
        assertThat(schedules).containsKeys("bilateral.sources.census.schedule", "bilateral.sources.comtrade.schedule",
                "bilateral.sources.feeds.schedule", "bilateral.sources.federal-register.schedule");
        schedules.forEach((name, cron) -> assertThat(cron.equals(SourcesAdministration.NEVER) || CronExpression.isValidExpression(cron))
                .as(name + " = " + cron).isTrue());
        // self-check: a schedule Spring cannot read is found (there is no 25th hour; five fields are Unix's, not Spring's)
        assertThat(CronExpression.isValidExpression("0 0 25 * * *")).isFalse();
        assertThat(CronExpression.isValidExpression("0 14 * * *")).isFalse();
    }

    @Test
    void onlyServeRunsTheScheduleNeverAOneShotCommand() {
        assertThat(LaunchArguments.of(new String[] {"serve", "--port", "8081"}).defaults()).containsEntry("bilateral.sources.scheduled", "true");
        assertThat(LaunchArguments.of(new String[] {"pull", "status"}).defaults()).doesNotContainKey("bilateral.sources.scheduled");
        assertThat(LaunchArguments.of(new String[] {"serve", "--help"}).defaults()).doesNotContainKey("bilateral.sources.scheduled");
    }

    /**
     * The ready listener's condition, evaluated as Spring evaluates it (the environment named as a bean), holds where the
     * schedule runs and nowhere else: a one-off command, which starts lazily, then never makes the sources' service.
     */
    @Test
    void theScheduleIsPlannedOnReadyOnlyWhereTheScheduleRuns() throws NoSuchMethodException {
        EventListener listener = SourcesAdministration.class.getDeclaredMethod("startSchedule").getAnnotation(EventListener.class);
        assertThat(listener).isNotNull();
        assertThat(conditionHolds(listener.condition(), "true")).isTrue();
        assertThat(conditionHolds(listener.condition(), "false")).isFalse();
        assertThat(conditionHolds(listener.condition(), null)).isFalse();
    }

    private static boolean conditionHolds(String condition, String scheduled) {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            if (scheduled != null) {
                context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("test", Map.of("bilateral.sources.scheduled", scheduled)));
            }
            context.refresh();
            StandardEvaluationContext evaluation = new StandardEvaluationContext();
            evaluation.setBeanResolver(new BeanFactoryResolver(context));
            return Boolean.TRUE.equals(new SpelExpressionParser().parseExpression(condition).getValue(evaluation, Boolean.class));
        }
    }
}
