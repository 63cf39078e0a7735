package org.bilateral.engagements;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.bilateral.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * The pair of countries whose talks a negotiation round belongs to, in a fixed order ("US-VN" whichever side a report
 * names first), so that the third round of Vietnam–US talks and the third round of Indonesia–US talks stay two rounds.
 */
public record Talks(CountryCode a, CountryCode b) {

    private static final Pattern CODE = Pattern.compile("[A-Z]{2}-[A-Z]{2}");

    public Talks {
        if (a == null || b == null || a.equals(b)) {
            throw new IllegalArgumentException("talks are between two different countries");
        }
        if (a.compareTo(b) > 0) {
            CountryCode first = b;
            b = a;
            a = first;
        }
    }

    public static Talks of(String one, String other) {
        return new Talks(CountryCode.of(one), CountryCode.of(other));
    }

    /** "US-VN"; null gives null, anything else not of that form is refused. */
    @JsonCreator
    public static @Nullable Talks parse(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.strip().toUpperCase(java.util.Locale.ROOT).replace('–', '-');
        if (!CODE.matcher(c).matches()) {
            throw new IllegalArgumentException("talks are written as two country codes, such as US-VN, not " + code);
        }
        return of(c.substring(0, 2), c.substring(3));
    }

    @JsonValue
    public String code() {
        return a + "-" + b;
    }

    @Override
    public String toString() {
        return code();
    }
}
