package org.bilateral.shared;

import java.util.Locale;

/** How finely trade is broken down by product: the HS hierarchy plus Bilateral's named sectors. */
public enum HsLevel {
    TOTAL(0), SECTION(-1), CHAPTER(2), HEADING(4), SUBHEADING(6), SECTOR(-2);

    private final int digits;

    HsLevel(int digits) {
        this.digits = digits;
    }

    /** Number of HS digits at this level; sections and sectors are groups of codes, not digit prefixes. */
    public int digits() {
        return digits;
    }

    public boolean isDigitLevel() {
        return digits >= 0;
    }

    public static HsLevel ofDigits(int digits) {
        for (HsLevel level : values()) {
            if (level.digits == digits) {
                return level;
            }
        }
        throw new IllegalArgumentException("no HS level with " + digits + " digits");
    }

    public static HsLevel parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("refusal.shared.unknownLevel", Limits.shown(String.valueOf(text)));
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
