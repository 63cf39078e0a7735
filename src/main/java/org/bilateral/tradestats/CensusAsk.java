package org.bilateral.tradestats;

import java.time.YearMonth;
import java.util.List;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.bilateral.tradestats.census.CensusLevel;
import org.jspecify.annotations.Nullable;

/**
 * What a Census pull asks for.
 *
 * @param partners the partners of the United States whose trade is pulled
 * @param from     the first month wanted; null for the configured first month
 * @param to       the last month wanted; null for the month before this one (the latest Census can have published)
 * @param level    the HS detail
 * @param states   whether the trade by US state is pulled too (at HS6 at most)
 */
public record CensusAsk(List<CountryCode> partners, @Nullable YearMonth from, @Nullable YearMonth to, CensusLevel level,
                        boolean states) {

    public CensusAsk {
        partners = List.copyOf(partners);
        if (partners.isEmpty()) {
            throw new InvalidInput("--partner", Said.of("refusal.census.noPartner"));
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInput("--from", Said.of("refusal.census.fromAfterTo", from.toString(), to.toString()));
        }
    }
}
