package org.bilateral.commitments.reporting;

import java.math.BigDecimal;
import org.bilateral.shared.Period;
import org.jspecify.annotations.Nullable;

/** What an enterprise expects to buy of one product in one year, as it forecast in one reporting period. */
public record DemandForecast(long organisationId, @Nullable String enterprise, Period period, String hsCode, String product, int year,
                             BigDecimal quantity, String unit, BigDecimal valueUsd, String reportedBy) {

    /** The same forecast, with its enterprise named. */
    DemandForecast of(String enterpriseName) {
        return new DemandForecast(organisationId, enterpriseName, period, hsCode, product, year, quantity, unit, valueUsd, reportedBy);
    }
}
