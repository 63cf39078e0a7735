package org.bilateral.engagements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's deals and, for an enterprise, what it reported on them, answered by the module that keeps deals:
 * the register names organisations before any deal exists and must not depend on deals, so the deal register
 * implements this and the organisation's page asks it (as {@link CitedDeals} does for an engagement's page).
 */
public interface DealingsOf {

    /**
     * A deal the organisation buys or sells in; its stage as the name of the deal register's stage (the messages'
     * {@code stage.} key), its value in US dollars, null when unknown.
     */
    record Dealing(long dealId, String label, boolean buyer, String stage, @Nullable BigDecimal valueLowUsd, @Nullable BigDecimal valueHighUsd,
                   @Nullable LocalDate firstReported) {
    }

    /** A progress report the enterprise made on one of its deals, for one reporting period. */
    record Reported(long dealId, String period, @Nullable String stage, @Nullable BigDecimal deliveredValueUsd, @Nullable String reportedBy,
                    @Nullable OffsetDateTime reportedAt) {
    }

    List<Dealing> dealings(long organisationId);

    List<Reported> reported(long organisationId);

    /** The reporter accounts that report for this enterprise. */
    List<String> reporters(long organisationId);
}
