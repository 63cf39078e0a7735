package org.bilateral.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A deal's current stage and what one more report of a stage adds, on dated histories worked out by hand. */
class StageHistoryTest {

    private static final LocalDate MAY = LocalDate.of(2025, 5, 1);
    private static final LocalDate JUNE = LocalDate.of(2025, 6, 1);
    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);

    private static Deal.StageEvent event(DealStage stage, LocalDate on) {
        return new Deal.StageEvent(stage, on, "a test", null);
    }

    @Test
    void theCurrentStageIsTheFurthestReached() {
        assertThat(StageHistory.current(List.of(event(DealStage.MOU, MAY), event(DealStage.CONTRACT, JUNE)))).isEqualTo(DealStage.CONTRACT);
        assertThat(StageHistory.current(List.of())).isEqualTo(DealStage.ANNOUNCED);
    }

    @Test
    void aCancellationCountsOnlyWhenItCameAfterTheFurthestStep() {
        // cancelled in May, contract signed in June: the contract is where the deal stands.
        assertThat(StageHistory.current(List.of(event(DealStage.CANCELLED, MAY), event(DealStage.CONTRACT, JUNE))))
                .isEqualTo(DealStage.CONTRACT);
        // contract in June, cancelled in July: cancelled.
        assertThat(StageHistory.current(List.of(event(DealStage.CONTRACT, JUNE), event(DealStage.CANCELLED, JULY))))
                .isEqualTo(DealStage.CANCELLED);
    }

    @Test
    void aStageNeverReportedIsAddedAndOneReportedLaterIsDatedEarlier() {
        List<StageHistory.Reached> history = List.of(new StageHistory.Reached(DealStage.MOU, JUNE));

        assertThat(StageHistory.step(history, DealStage.CONTRACT, JULY)).isEqualTo(StageHistory.Step.NEW);
        assertThat(StageHistory.step(history, DealStage.MOU, MAY)).isEqualTo(StageHistory.Step.EARLIER);
        assertThat(StageHistory.step(history, DealStage.MOU, JULY)).isEqualTo(StageHistory.Step.NOTHING);
        assertThat(StageHistory.step(history, DealStage.MOU, null)).isEqualTo(StageHistory.Step.NOTHING);
    }

    @Test
    void anUndatedStageIsDatedByTheFirstReportThatGivesADay() {
        assertThat(StageHistory.step(List.of(new StageHistory.Reached(DealStage.MOU, null)), DealStage.MOU, MAY))
                .isEqualTo(StageHistory.Step.EARLIER);
    }

    @Test
    void aReAnnouncementAfterTheDealPassedItIsNoStepBack() {
        // contract reached in May: an MOU announced in June is the deal re-announced, not a new step.
        List<StageHistory.Reached> history = List.of(new StageHistory.Reached(DealStage.CONTRACT, MAY));
        assertThat(StageHistory.step(history, DealStage.MOU, JUNE)).isEqualTo(StageHistory.Step.NOTHING);
        // an MOU dated before the contract is history the register did not have: it is added.
        assertThat(StageHistory.step(history, DealStage.MOU, LocalDate.of(2025, 4, 1))).isEqualTo(StageHistory.Step.NEW);
        // a cancellation is never a step back.
        assertThat(StageHistory.step(history, DealStage.CANCELLED, JUNE)).isEqualTo(StageHistory.Step.NEW);
    }
}
