package org.bilateral.shared;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** An ISO 3166-1 alpha-2 country code, the one key Bilateral uses for a country everywhere. */
public record CountryCode(String value) implements Comparable<CountryCode> {

    private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");

    /**
     * The world as a trade partner: a reporter's trade with all partners together (Comtrade partner 0, Census "-"), kept
     * apart from its trade with each country. XW is of the codes ISO 3166 leaves to its users, never a country's.
     */
    public static final CountryCode WORLD = new CountryCode("XW");

    public CountryCode {
        if (value == null || !ALPHA2.matcher(value).matches()) {
            throw new InvalidValue("refusal.shared.notACountryCode", value == null ? Said.of("refusal.shared.nothing") : Said.asWritten(Limits.shown(value)));
        }
    }

    public static CountryCode of(@Nullable String value) {
        if (value == null) {
            throw new InvalidValue("refusal.shared.notACountryCode", Said.of("refusal.shared.nothing"));
        }
        return new CountryCode(value.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public int compareTo(CountryCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
