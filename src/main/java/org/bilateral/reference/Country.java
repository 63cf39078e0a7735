package org.bilateral.reference;

import org.bilateral.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * A country with its code in each scheme trade statistics use.
 *
 * @param comtradeCode the reporter/partner code UN Comtrade uses (M49 except a few, e.g. USA 842)
 * @param censusCode   the US Census Bureau Schedule C code (Vietnam 5520), null when not known
 */
public record Country(CountryCode code, String alpha3, @Nullable Integer isoNumeric, @Nullable Integer m49, @Nullable Integer comtradeCode,
                      @Nullable String censusCode, String name) {
}
