package org.bilateral.tradestats;

import java.math.BigDecimal;
import org.bilateral.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * A headline figure a statistics office published beside what the imported statistics give for the
 * same period; imported is null when they do not cover the whole period.
 */
public record PublishedComparison(String period, CountryCode reporter, CountryCode partner, String flow,
                                  BigDecimal published, @Nullable BigDecimal imported, @Nullable BigDecimal difference,
                                  @Nullable BigDecimal relativeDifference, boolean disagrees, @Nullable String statisticsOf,
                                  @Nullable String sourceUrl, @Nullable String note) {
}
