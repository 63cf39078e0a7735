package org.bilateral.tradestats.importing;

import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.Period;

/** A headline figure a statistics office published, with the page it was read from. */
public record PublishedFigure(CountryCode reporter, CountryCode partner, Flow flow, Period period, String valueUsd,
                              String statisticsOf, String sourceUrl, String note, int sourceLine) {
}
