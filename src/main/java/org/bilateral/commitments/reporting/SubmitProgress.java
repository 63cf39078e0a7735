package org.bilateral.commitments.reporting;

import java.math.BigDecimal;
import org.bilateral.commitments.DealStage;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Period;
import org.jspecify.annotations.Nullable;

/**
 * Progress on one deal for one reporting period: where it stands, what has been delivered to date, what comes next and
 * what stands in the way.
 */
public record SubmitProgress(long dealId, Period period, DealStage stage, @Nullable BigDecimal deliveredQuantity,
                             @Nullable BigDecimal deliveredValueUsd, @Nullable String nextMilestones, @Nullable String obstacles) {

    public SubmitProgress {
        if (period == null) {
            throw new InvalidInput(new InputProblem("progress report", null, "period", "is missing"));
        }
        if (stage == null) {
            throw new InvalidInput(new InputProblem("progress report", null, "stage", "is missing"));
        }
        if (deliveredQuantity != null && deliveredQuantity.signum() < 0) {
            throw new InvalidInput(new InputProblem("progress report", null, "delivered quantity", "cannot be negative"));
        }
        if (deliveredValueUsd != null && deliveredValueUsd.signum() < 0) {
            throw new InvalidInput(new InputProblem("progress report", null, "delivered value", "cannot be negative"));
        }
        if (deliveredQuantity != null) {
            checkNumber("delivered quantity", deliveredQuantity);
        }
        if (deliveredValueUsd != null) {
            checkNumber("delivered value", deliveredValueUsd);
            // Kept to the cent, as every amount of money is: 100.125 is refused, not stored as 100.13.
            Limits.centsProblem(deliveredValueUsd).ifPresent(p -> {
                throw new InvalidInput(new InputProblem("progress report", null, "delivered value", p));
            });
        }
        nextMilestones = checkText("next milestones", nextMilestones);
        obstacles = checkText("obstacles", obstacles);
    }

    private static void checkNumber(String field, BigDecimal n) {
        Limits.numberProblem(n).ifPresent(p -> {
            throw new InvalidInput(new InputProblem("progress report", null, field, p));
        });
    }

    private static @Nullable String checkText(String field, @Nullable String s) {
        Limits.textProblem(s).ifPresent(p -> {
            throw new InvalidInput(new InputProblem("progress report", null, field, p));
        });
        return blankToNull(s);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
