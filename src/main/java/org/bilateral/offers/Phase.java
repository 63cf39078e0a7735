package org.bilateral.offers;

import java.math.BigDecimal;

/**
 * The rate offered to US goods from a year on. An offer file's plain {@code rate: 0} is one phase from whatever
 * statistics year the offer is priced against: its year is {@link #FROM_STATISTICS_YEAR}.
 */
public record Phase(int year, BigDecimal ratePercent) {

    /** The year of a phase that starts with the statistics year the offer is priced against, whichever that is. */
    public static final int FROM_STATISTICS_YEAR = 0;

    public boolean fromStatisticsYear() {
        return year == FROM_STATISTICS_YEAR;
    }

    /** The phase's year when priced against the statistics of {@code statisticsYear}. */
    public int yearPriced(int statisticsYear) {
        return fromStatisticsYear() ? statisticsYear : year;
    }
}
