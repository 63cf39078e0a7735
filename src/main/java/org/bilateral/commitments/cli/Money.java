package org.bilateral.commitments.cli;

import java.math.BigDecimal;

/** Amounts as a terminal prints them. */
final class Money {

    private Money() {
    }

    static String usd(BigDecimal v) {
        if (v == null) {
            return "";
        }
        return (v.signum() < 0 ? "−" : "") + String.format("$%,.0f", v.abs());
    }

    static String range(BigDecimal low, BigDecimal high) {
        if (low == null) {
            return "";
        }
        return high == null || low.compareTo(high) == 0 ? usd(low) : usd(low) + "–" + usd(high);
    }

    static String percent(BigDecimal fraction) {
        return fraction == null ? "" : String.format("%.1f%%", fraction.doubleValue() * 100);
    }
}
