package org.bilateral.shared;

import java.util.regex.Pattern;

/**
 * A Harmonized System code at any national level: 2 digits (chapter), 4 (heading), 6 (subheading)
 * or a national 8 or 10 digit line; the first six digits are international.
 */
public record HsCode(String digits) implements Comparable<HsCode> {

    private static final Pattern DIGITS = Pattern.compile("\\d{2}|\\d{4}|\\d{6}|\\d{8}|\\d{10}");

    public HsCode {
        if (digits == null || !DIGITS.matcher(digits).matches()) {
            throw new IllegalArgumentException("not an HS code (2, 4, 6, 8 or 10 digits): " + digits);
        }
    }

    public static HsCode of(String digits) {
        return new HsCode(digits == null ? null : digits.trim());
    }

    public static boolean isValid(String digits) {
        return digits != null && DIGITS.matcher(digits).matches();
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
