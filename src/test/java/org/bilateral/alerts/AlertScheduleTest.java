package org.bilateral.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;

/** The schedule starts when a web server starts listening (serve), unless it is set to 0, and stops with the application. */
class AlertScheduleTest {

    private final AlertEvaluation evaluation = mock(AlertEvaluation.class);

    @Test
    void aListeningServerStartsTheScheduleWhichFirstChecksOnePeriodLater() {
        AlertSchedule schedule = new AlertSchedule(evaluation, new AlertsProperties(Duration.ofMinutes(15), "vi", ""));
        assertThat(schedule.running()).isFalse();
        schedule.serving(mock(WebServerInitializedEvent.class));
        assertThat(schedule.running()).isTrue();
        // a start is no change: the first check comes a period later, not now
        verifyNoInteractions(evaluation);
        schedule.destroy();
        assertThat(schedule.running()).isFalse();
    }

    @Test
    void aPeriodOfZeroLeavesTheChecksToThePulls() {
        AlertSchedule schedule = new AlertSchedule(evaluation, new AlertsProperties(Duration.ZERO, "vi", ""));
        schedule.serving(mock(WebServerInitializedEvent.class));
        assertThat(schedule.running()).isFalse();
    }

    @Test
    void aFailedCheckIsLoggedAndTheScheduleGoesOn() {
        AlertEvaluation failing = mock(AlertEvaluation.class);
        org.mockito.Mockito.when(failing.evaluate()).thenThrow(new IllegalStateException("database gone"));
        AlertSchedule schedule = new AlertSchedule(failing, new AlertsProperties(Duration.ofMinutes(15), "vi", ""));
        schedule.check(); // does not throw: the scheduler would otherwise stop running it
        org.mockito.Mockito.verify(failing).evaluate();
    }
}
