package org.bilateral.tradestats.importing;

import org.jspecify.annotations.Nullable;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.Period;

/** A headline figure a statistics office published, with the page it was read from. */
public record PublishedFigure(CountryCode reporter, CountryCode partner, Flow flow, Period period, String valueUsd,
                              String statisticsOf, @Nullable String sourceUrl, @Nullable String note, int sourceLine) {
}
