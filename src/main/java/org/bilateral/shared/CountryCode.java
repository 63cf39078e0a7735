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

    /**
     * The country's name in a language, from the JDK's own locale data (CLDR): "Hoa Kỳ" and "Việt Nam" in Vietnamese,
     * "United States" and "Vietnam" in English. The one place a page or a brief says a country's name. Codes that are not
     * a country's: {@link #WORLD} is said as the JDK says the world (region 001, "Thế giới"); EU, EZ and UN as CLDR names
     * them ("Liên Minh Châu Âu", "European Union"); a code the JDK has no name for is shown as its code.
     */
    public String name(Locale locale) {
        String named = new Locale("", equals(WORLD) ? "001" : value).getDisplayCountry(locale);
        if (named.isEmpty()) {
            return value;
        }
        // CLDR writes "world" in lower case in English, as inside a sentence; a name stands on its own here
        return named.substring(0, 1).toUpperCase(locale) + named.substring(1);
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
