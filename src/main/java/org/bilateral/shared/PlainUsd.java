package org.bilateral.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * An amount in US dollars in texts written outside a page (a signal's arithmetic, a command's line): "$1.2 bn",
 * "$3.4 m", "$56,789". The pages' formatter ({@code doors/Figures}) answers with this for such texts, and the world screen
 * ({@code world/}, compiled from this source) spells its signals with it, so it uses nothing beyond the JDK.
 */
public final class PlainUsd {

    private PlainUsd() {
    }

    public static String amount(@Nullable BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal abs = amount.abs();
        String sign = amount.signum() < 0 ? "−" : "";
        if (abs.compareTo(BigDecimal.valueOf(1_000_000_000)) >= 0) {
            return sign + "$" + abs.divide(BigDecimal.valueOf(1_000_000_000), 2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + " bn";
        }
        if (abs.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
            return sign + "$" + abs.divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + " m";
        }
        return sign + "$" + String.format("%,.0f", abs);
    }
}
