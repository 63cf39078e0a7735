package org.bilateral.tradestats.importing;

/** Checks on the textual values statistics files carry. */
final class Values {

    private Values() {
    }

    /** A non-negative decimal such as "1234" or "1234.50" (also "1.2E7", which Comtrade JSON can carry). */
    static boolean isAmount(String text) {
        if (text == null || text.isEmpty() || text.length() > 30) {
            return false;
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
                return isExponent(text.substring(i + 1));
            } else {
                return false;
            }
        }
        return digit;
    }

    private static boolean isExponent(String text) {
        int start = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
        if (start >= text.length()) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Normalises an amount to plain decimal text the database reads exactly. */
    static String plain(String amount) {
        if (amount.indexOf('E') < 0 && amount.indexOf('e') < 0) {
            return amount;
        }
        return new java.math.BigDecimal(amount).toPlainString();
    }
}
