package org.bilateral.workbench;

import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.core.metrics.StartupStep;

/**
 * Where a start's time goes, asked for with {@code BILATERAL_STARTUP_STEPS=N} (the N longest steps): Spring's own
 * record of its start (bean by bean, the refresh, the runners) printed on stderr when the context has started, with the
 * time the JVM took to reach {@code main}. Off by default: the record costs a little memory and time of its own.
 */
public final class StartupSteps {

    private static final String VARIABLE = "BILATERAL_STARTUP_STEPS";

    private StartupSteps() {
    }

    /** Records the steps of this start when the variable asks for them. */
    public static void recordIfAsked(SpringApplication app) {
        if (asked() > 0) {
            System.err.printf("startup: JVM to main %d ms%n", ManagementFactory.getRuntimeMXBean().getUptime());
            app.setApplicationStartup(new BufferingApplicationStartup(100_000));
        }
    }

    /** Prints the longest steps (each step's time includes the steps inside it). */
    public static void printIfAsked(SpringApplication app) {
        int count = asked();
        if (count <= 0 || !(app.getApplicationStartup() instanceof BufferingApplicationStartup buffering)) {
            return;
        }
        StartupTimeline timeline = buffering.getBufferedTimeline();
        System.err.printf("startup: JVM uptime %d ms, Spring steps from %s%n",
                ManagementFactory.getRuntimeMXBean().getUptime(), timeline.getStartTime());
        List<StartupTimeline.TimelineEvent> events = timeline.getEvents().stream()
                .sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed())
                .limit(count).toList();
        for (StartupTimeline.TimelineEvent event : events) {
            StringBuilder tags = new StringBuilder();
            for (StartupStep.Tag tag : event.getStartupStep().getTags()) {
                tags.append(' ').append(tag.getKey()).append('=').append(tag.getValue());
            }
            System.err.printf("startup: %6d ms  %s%s%n", event.getDuration().toMillis(), event.getStartupStep().getName(),
                    tags.length() > 160 ? tags.substring(0, 160) : tags);
        }
    }

    private static int asked() {
        String value = System.getenv(VARIABLE);
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 40;
        }
    }
}
