package org.bilateral.tradestats.census;

import java.util.Locale;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;

/** The HS detail asked of Census ({@code COMM_LVL}): 2, 4, 6 or 10 digits; the state endpoints stop at 6. */
public enum CensusLevel {
    HS2(2), HS4(4), HS6(6), HS10(10);

    private final int digits;

    CensusLevel(int digits) {
        this.digits = digits;
    }

    public int digits() {
        return digits;
    }

    /** The level the state endpoints can give for this one: "state level data is only available at 2-, 4- and 6-digit HS". */
    public CensusLevel forStates() {
        return this == HS10 ? HS6 : this;
    }

    /** "HS6" or "hs6" or "6", refused by its field {@code --level} otherwise. */
    public static CensusLevel parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (CensusLevel level : values()) {
            if (level.name().equals(t) || String.valueOf(level.digits).equals(t)) {
                return level;
            }
        }
        throw new InvalidInput("--level", Said.of("refusal.census.level", text));
    }
}
