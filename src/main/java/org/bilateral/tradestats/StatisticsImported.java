package org.bilateral.tradestats;

import java.util.Set;
import org.bilateral.shared.CountryCode;

/** Statistics were imported (or revised) for these reporters, partners and years. */
public record StatisticsImported(long importId, Set<CountryCode> reporters, Set<CountryCode> partners, Set<Integer> years,
                                 boolean synthetic) {
}
