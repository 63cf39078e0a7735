package org.bilateral.tradestats.importing;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;

/**
 * Checks on the textual values statistics files carry, bounded before anything is computed from them: a value such as
 * "1E2000000000" is refused by its length and exponent, never expanded into two billion digits.
 */
final class Values {

    /**
     * What a dollar amount may be: below 10^16, with at most six decimals (Comtrade writes cents' fractions, "1100.456").
     * The columns are unbounded numeric (V12), so the bound is this one, stated once, and no column rounds what passes it.
     */
    static final String AMOUNT_RANGE = "a non-negative amount in dollars below 10,000,000,000,000,000";

    /** Larger exponents say nothing a statistics file means; they are refused before any arithmetic. */
    private static final int LARGEST_EXPONENT = 30;
    private static final BigDecimal AMOUNT_LIMIT = new BigDecimal("1E16");
    private static final BigDecimal QUANTITY_LIMIT = new BigDecimal("1E18");

    private Values() {
    }

    /** A dollar amount such as "1234", "1234.50" or "1.2E7" (which Comtrade JSON can carry), within {@link #AMOUNT_RANGE}, to the millionth. */
    static boolean isAmount(@Nullable String text) {
        if (isWholeBelow(text, 16)) {
            return true; // most amounts: plain whole dollars, checked without building a number
        }
        BigDecimal v = decimal(text);
        return v != null && v.compareTo(AMOUNT_LIMIT) < 0 && v.stripTrailingZeros().scale() <= 6;
    }

    /** A quantity (kilograms, units) below 10^18 with at most six decimals. */
    static boolean isQuantity(@Nullable String text) {
        if (isWholeBelow(text, 18)) {
            return true;
        }
        BigDecimal v = decimal(text);
        return v != null && v.compareTo(QUANTITY_LIMIT) < 0 && Math.max(0, v.stripTrailingZeros().scale()) <= 6;
    }

    /** Whether the text is 1 to {@code digits} ASCII digits: a whole number below 10^digits. */
    static boolean isWholeBelow(@Nullable String text, int digits) {
        if (text == null || text.isEmpty() || text.length() > digits) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The non-negative decimal the text writes, or null when it writes none or one out of every bound. */
    private static @Nullable BigDecimal decimal(@Nullable String text) {
        if (text == null || text.isEmpty() || text.length() > 40) {
            return null;
        }
        boolean digit = false;
        boolean dot = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && !dot) {
                dot = true;
            } else if ((c == 'E' || c == 'e') && digit && i + 1 < text.length()) {
                return isExponent(text.substring(i + 1)) ? new BigDecimal(text) : null;
            } else {
                return null;
            }
        }
        return digit ? new BigDecimal(text) : null;
    }

    private static boolean isExponent(String text) {
        int start = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
        if (start >= text.length() || text.length() - start > 2) {
            return false; // more than two digits is beyond LARGEST_EXPONENT
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return Integer.parseInt(text.substring(start)) <= LARGEST_EXPONENT;
    }

    /** A value as a refusal quotes it: at most 40 characters, so that a megabyte of digits is not echoed back. */
    static String shown(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "… (" + text.length() + " characters)" : text;
    }

    static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    /** Normalises an amount already checked by {@link #isAmount} or {@link #isQuantity} to plain decimal text. */
    static String plain(String amount) {
        if (amount.indexOf('E') < 0 && amount.indexOf('e') < 0) {
            return amount;
        }
        return new BigDecimal(amount).toPlainString();
    }
}
