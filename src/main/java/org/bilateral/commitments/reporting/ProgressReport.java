package org.bilateral.commitments.reporting;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.bilateral.commitments.DealStage;
import org.bilateral.shared.Period;

/** An enterprise's progress on one deal for one reporting period, as the ministry reads it. */
public record ProgressReport(long dealId, Period period, DealStage stage, BigDecimal deliveredQuantity, BigDecimal deliveredValueUsd,
                             String nextMilestones, String obstacles, String reportedBy, OffsetDateTime reportedAt, String via) {
}
