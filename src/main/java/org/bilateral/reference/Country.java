package org.bilateral.reference;

import org.bilateral.shared.CountryCode;

/**
 * A country with its code in each scheme trade statistics use.
 *
 * @param comtradeCode the reporter/partner code UN Comtrade uses (M49 except a few, e.g. USA 842)
 * @param censusCode   the US Census Bureau Schedule C code (Vietnam 5520), null when not known
 */
public record Country(CountryCode code, String alpha3, Integer isoNumeric, Integer m49, Integer comtradeCode,
                      String censusCode, String name) {
}
