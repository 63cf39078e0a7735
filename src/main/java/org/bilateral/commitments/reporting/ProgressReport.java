package org.bilateral.commitments.reporting;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.bilateral.commitments.DealStage;
import org.bilateral.shared.Period;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise's progress on one deal for one reporting period, as the ministry reads it. A deal keeps every report made
 * of it, each with when and by whom; the newest is where it stands.
 */
public record ProgressReport(long dealId, Period period, DealStage stage, @Nullable BigDecimal deliveredQuantity,
                             @Nullable BigDecimal deliveredValueUsd, @Nullable String nextMilestones, @Nullable String obstacles, String reportedBy, OffsetDateTime reportedAt, String via) {

    /** Whether a submission says exactly what this report says: then it is the same report sent again, not news. */
    boolean says(SubmitProgress p) {
        return period.equals(p.period()) && stage == p.stage() && same(deliveredQuantity, p.deliveredQuantity())
                && same(deliveredValueUsd, p.deliveredValueUsd()) && Objects.equals(nextMilestones, p.nextMilestones())
                && Objects.equals(obstacles, p.obstacles());
    }

    private static boolean same(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
