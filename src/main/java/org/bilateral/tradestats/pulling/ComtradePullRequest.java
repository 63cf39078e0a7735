package org.bilateral.tradestats.pulling;

import java.time.YearMonth;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;

/**
 * What a Comtrade pull asks for: the reporter's own statistics of its trade with the partner (and with the world), month
 * by month from {@code from} to {@code to}, or, {@code annual}, for the years of those months.
 */
public record ComtradePullRequest(CountryCode reporter, CountryCode partner, YearMonth from, YearMonth to, boolean annual) {

    public ComtradePullRequest {
        if (reporter.equals(partner)) {
            throw new InvalidInput("--partner", Said.of("refusal.tradestats.comtradeSamePair", reporter.value()));
        }
        if (to.isBefore(from)) {
            throw new InvalidInput("--to", Said.of("refusal.tradestats.comtradeToBeforeFrom", String.valueOf(to), String.valueOf(from)));
        }
    }
}
