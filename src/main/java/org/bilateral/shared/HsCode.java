package org.bilateral.shared;

import org.jspecify.annotations.Nullable;

/**
 * A Harmonized System code at any national level: 2 digits (chapter), 4 (heading), 6 (subheading)
 * or a national 8 or 10 digit line; the first six digits are international.
 */
public record HsCode(String digits) implements Comparable<HsCode> {

    public HsCode {
        if (!isValid(digits)) {
            throw new InvalidValue("refusal.shared.notAnHsCode", digits == null ? Said.of("refusal.shared.nothing") : Said.asWritten(Limits.shown(digits)));
        }
    }

    public static HsCode of(@Nullable String digits) {
        if (digits == null) {
            throw new InvalidValue("refusal.shared.notAnHsCode", Said.of("refusal.shared.nothing"));
        }
        return new HsCode(digits.trim());
    }

    /** 2, 4, 6, 8 or 10 ASCII digits. Checked by hand: importers ask it of every line, and a regular expression cost a microsecond. */
    public static boolean isValid(String digits) {
        if (digits == null || digits.length() > 10 || digits.isEmpty() || digits.length() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public int level() {
        return digits.length();
    }

    public HsLevel hsLevel() {
        return HsLevel.ofDigits(Math.min(level(), 6));
    }

    /** The code cut to a coarser level, e.g. the chapter of a subheading. */
    public HsCode truncate(int length) {
        if (length > digits.length()) {
            throw new IllegalArgumentException(digits + " has no level " + length);
        }
        return new HsCode(digits.substring(0, length));
    }

    public String chapter() {
        return digits.substring(0, 2);
    }

    @Override
    public int compareTo(HsCode other) {
        return digits.compareTo(other.digits);
    }

    @Override
    public String toString() {
        return digits;
    }
}
