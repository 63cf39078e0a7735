package org.bilateral.commitments;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a deal's stage history says: the stage it is at now, and what one more report of a stage adds to it. Each stage
 * is kept once, at the earliest date it was reported; a re-announcement is not a step back.
 */
final class StageHistory {

    /** A stage the deal reached, on a day when one is known. */
    record Reached(DealStage stage, @Nullable LocalDate on) {
    }

    /** What a report of a stage does to the history. */
    enum Step {
        /** The stage was never reported: it is added. */
        NEW,
        /** The stage was reported, later (or undated): its date moves to this earlier one. */
        EARLIER,
        /** Nothing: the stage is known at this date or earlier, or the deal had passed it already. */
        NOTHING
    }

    private StageHistory() {
    }

    /** The furthest step reached, unless the deal was cancelled or lapsed after it. */
    static DealStage current(List<Deal.StageEvent> history) {
        DealStage furthest = DealStage.ANNOUNCED;
        LocalDate furthestOn = null;
        for (Deal.StageEvent e : history) {
            if (!e.stage().isTerminated() && e.stage().isAfter(furthest)) {
                furthest = e.stage();
                furthestOn = e.happened();
            }
        }
        for (Deal.StageEvent e : history) {
            if (e.stage().isTerminated() && (furthestOn == null || e.happened() == null || !e.happened().isBefore(furthestOn))) {
                return e.stage();
            }
        }
        return furthest;
    }

    /** What a report that the deal reached {@code stage} on {@code happened} adds to this history. */
    static Step step(List<Reached> history, DealStage stage, @Nullable LocalDate happened) {
        Optional<LocalDate> known = history.stream().filter(x -> x.stage() == stage).map(Reached::on).filter(d -> d != null)
                .min(LocalDate::compareTo);
        boolean exists = history.stream().anyMatch(x -> x.stage() == stage);
        if (!exists) {
            // A re-announcement is not a step back: a step the deal had reached, or passed, by that date adds nothing.
            boolean passed = !stage.isTerminated() && happened != null && history.stream().anyMatch(x -> x.on() != null
                    && !x.on().isAfter(happened) && !x.stage().isTerminated() && !stage.isAfter(x.stage()));
            return passed ? Step.NOTHING : Step.NEW;
        }
        return happened != null && (known.isEmpty() || happened.isBefore(known.get())) ? Step.EARLIER : Step.NOTHING;
    }
}
