package org.bilateral.tradestats.pulling;

import java.net.URI;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the Comtrade pull asks ({@code bilateral.sources.comtrade.*}); application.properties gives the documented limits
 * and where they are written. The key is not here: {@code SourceKeys} reads it from the environment or a file.
 *
 * @param base           the API's address, {@code https://comtradeapi.un.org}
 * @param recordsPerCall the most records one call returns; an answer that reaches it may be cut, so its periods are asked
 *                       again in smaller batches
 * @param periodsPerCall the most periods one call may name
 * @param callsPerDay    the calls a subscription may make in a day: a pull that would need more is refused before it
 *                       begins rather than stopped half way by the service
 * @param pacing         the least time between two calls
 * @param commodities    the {@code cmdCode} asked: the total and every HS subheading
 * @param firstMonth     where the scheduled pull begins when nothing is held ({@code YYYY-MM})
 * @param revisit        how many of the latest held periods are asked again for revisions
 */
@ConfigurationProperties("bilateral.sources.comtrade")
public record ComtradeProperties(@Nullable URI base, int recordsPerCall, int periodsPerCall, int callsPerDay,
        @Nullable Duration pacing, @Nullable List<String> commodities, @Nullable String firstMonth, int revisit) {

    public ComtradeProperties {
        base = base == null ? URI.create("https://comtradeapi.un.org") : base;
        recordsPerCall = recordsPerCall == 0 ? 100_000 : recordsPerCall;
        periodsPerCall = periodsPerCall == 0 ? 12 : periodsPerCall;
        callsPerDay = callsPerDay == 0 ? 500 : callsPerDay;
        pacing = pacing == null ? Duration.ofSeconds(1) : pacing;
        commodities = commodities == null || commodities.isEmpty() ? List.of("TOTAL", "AG6") : List.copyOf(commodities);
        firstMonth = firstMonth == null || firstMonth.isBlank() ? "2024-01" : firstMonth.strip();
        if (recordsPerCall < 1 || periodsPerCall < 1 || callsPerDay < 1 || revisit < 0 || pacing.isNegative()) {
            throw new IllegalArgumentException("bilateral.sources.comtrade: records-per-call, periods-per-call and calls-per-day"
                    + " are at least 1, revisit and pacing at least 0");
        }
        try {
            YearMonth.parse(firstMonth);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bilateral.sources.comtrade.first-month is a month (YYYY-MM), not " + firstMonth);
        }
    }

    /** The month the scheduled pull begins at. */
    public YearMonth first() {
        return YearMonth.parse(String.valueOf(firstMonth));
    }

    /** Never null after construction; said so for NullAway. */
    URI address() {
        return java.util.Objects.requireNonNull(base);
    }

    Duration least() {
        return java.util.Objects.requireNonNull(pacing);
    }

    List<String> asked() {
        return java.util.Objects.requireNonNull(commodities);
    }
}
