package org.bilateral.commitments.reporting;

import java.math.BigDecimal;
import org.bilateral.commitments.DealStage;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Period;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;

/**
 * Progress on one deal for one reporting period: where it stands, what has been delivered to date, what comes next and
 * what stands in the way.
 */
public record SubmitProgress(long dealId, Period period, DealStage stage, @Nullable BigDecimal deliveredQuantity,
                             @Nullable BigDecimal deliveredValueUsd, @Nullable String nextMilestones, @Nullable String obstacles) {

    public SubmitProgress {
        if (period == null) {
            throw refused(Said.of("refusal.commitments.field.period"), Said.of("refusal.commitments.missing"));
        }
        if (stage == null) {
            throw refused(Said.of("refusal.commitments.field.stage"), Said.of("refusal.commitments.missing"));
        }
        if (deliveredQuantity != null && deliveredQuantity.signum() < 0) {
            throw refused(Said.of("refusal.commitments.field.deliveredQuantity"), Said.of("refusal.commitments.negative"));
        }
        if (deliveredValueUsd != null && deliveredValueUsd.signum() < 0) {
            throw refused(Said.of("refusal.commitments.field.deliveredValue"), Said.of("refusal.commitments.negative"));
        }
        if (deliveredQuantity != null) {
            checkNumber(Said.of("refusal.commitments.field.deliveredQuantity"), deliveredQuantity);
        }
        if (deliveredValueUsd != null) {
            checkNumber(Said.of("refusal.commitments.field.deliveredValue"), deliveredValueUsd);
            // Kept to the cent, as every amount of money is: 100.125 is refused, not stored as 100.13.
            Limits.centsSaid(deliveredValueUsd).ifPresent(p -> {
                throw refused(Said.of("refusal.commitments.field.deliveredValue"), p);
            });
        }
        nextMilestones = checkText(Said.of("refusal.commitments.field.nextMilestones"), nextMilestones);
        obstacles = checkText(Said.of("refusal.commitments.field.obstacles"), obstacles);
    }

    /** "progress report, field delivered value: …": the form's words, in the reporter's language. */
    private static InvalidInput refused(Said field, Said what) {
        return new InvalidInput(InputProblem.whole(Said.of("refusal.commitments.progressField", field, what)));
    }

    private static void checkNumber(Said field, BigDecimal n) {
        Limits.numberSaid(n).ifPresent(p -> {
            throw refused(field, p);
        });
    }

    private static @Nullable String checkText(Said field, @Nullable String s) {
        Limits.textSaid(s).ifPresent(p -> {
            throw refused(field, p);
        });
        return blankToNull(s);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
