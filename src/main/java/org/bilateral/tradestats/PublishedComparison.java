package org.bilateral.tradestats;

import java.math.BigDecimal;
import org.bilateral.shared.CountryCode;

/**
 * A headline figure a statistics office published beside what the imported statistics give for the
 * same period; imported is null when they do not cover the whole period.
 */
public record PublishedComparison(String period, CountryCode reporter, CountryCode partner, String flow,
                                  BigDecimal published, BigDecimal imported, BigDecimal difference,
                                  BigDecimal relativeDifference, boolean disagrees, String statisticsOf,
                                  String sourceUrl, String note) {
}
