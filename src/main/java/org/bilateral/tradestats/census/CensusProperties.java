package org.bilateral.tradestats.census;

import java.net.URI;
import java.time.YearMonth;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Census pull ({@code bilateral.sources.census.*}); its key is read by {@code sources.SourceKeys}, never from here.
 *
 * @param base       the International Trade API's address, {@code https://api.census.gov/data/timeseries/intltrade}
 * @param level      the HS detail pulled: HS6 by default, the subheadings the workbench's balance, products and mirror
 *                   read (its demonstration files are HS6 too); HS10 adds the national lines and their quantities
 * @param firstMonth where a pull starts when nothing of a partner's trade is held yet: 2017-01, the first month the
 *                   workbench's years compare
 * @param reask      how many of the latest held months of each flow are asked again on every pull, for revisions
 * @param states     whether the scheduled pull also keeps the trade by US state current ({@code statehs})
 */
@ConfigurationProperties("bilateral.sources.census")
public record CensusProperties(URI base, CensusLevel level, String firstMonth, Integer reask, Boolean states) {

    public CensusProperties {
        base = base == null ? URI.create("https://api.census.gov/data/timeseries/intltrade") : base;
        level = level == null ? CensusLevel.HS6 : level;
        firstMonth = firstMonth == null || firstMonth.isBlank() ? "2017-01" : firstMonth.strip();
        YearMonth.parse(firstMonth); // a month the API writes, YYYY-MM, or the workbench does not start
        reask = reask == null ? 2 : reask;
        states = states != null && states;
        if (reask < 0 || reask > 12) {
            throw new IllegalArgumentException("bilateral.sources.census.reask is 0 to 12 months, not " + reask);
        }
    }

    /** Where a pull starts when nothing is held. */
    public YearMonth first() {
        return YearMonth.parse(firstMonth);
    }

    /** The base without a trailing slash, for building the endpoints' addresses. */
    public String baseText() {
        String text = String.valueOf(base);
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
