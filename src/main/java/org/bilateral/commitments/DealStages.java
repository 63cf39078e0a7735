package org.bilateral.commitments;

import org.bilateral.shared.DealId;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Period;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Adds a stage to a deal's history, for a report, a person or a merge. Each stage is kept once, at the earliest date it
 * was reported ({@link StageHistory}); a later report of a stage already reached adds a source, not a step.
 */
@Component
class DealStages {

    private record StageChange(DealStage stage, @Nullable LocalDate happened, @Nullable Long reportId, @Nullable String note) {
    }

    private final DealStore store;
    private final DealReportStore reports;
    private final AuditTrail audit;

    DealStages(DealStore store, DealReportStore reports, AuditTrail audit) {
        this.store = store;
        this.reports = reports;
        this.audit = audit;
    }

    void record(long deal, DealStage stage, @Nullable LocalDate happened, @Nullable Long reportId, @Nullable String by,
                @Nullable String note) {
        if (note != null) {
            Limits.textSaid(note).ifPresent(p -> {
                throw new InvalidInput(new InputProblem("stage", null, "note", p));
            });
        }
        if (happened != null && !Period.withinYears(happened.getYear())) {
            throw new InvalidInput(new InputProblem("stage", null, "happened", Said.of("refusal.commitments.dateYears", String.valueOf(happened),
                    String.valueOf(Period.FIRST_YEAR), String.valueOf(Period.LAST_YEAR))));
        }
        List<StageHistory.Reached> history = store.reached(deal);
        String subject = "deal " + new DealId(deal);
        switch (StageHistory.step(history, stage, happened)) {
            case NEW -> {
                reports.insertStage(deal, stage, happened, reportId, by, note);
                audit.record(by, "deal stage recorded", subject, history, new StageChange(stage, happened, reportId, note));
            }
            case EARLIER -> {
                reports.dateStageEarlier(deal, stage, java.util.Objects.requireNonNull(happened), reportId);
                audit.record(by, "deal stage dated earlier", subject, history, new StageChange(stage, happened, reportId, note));
            }
            case NOTHING -> {
            }
        }
    }
}
