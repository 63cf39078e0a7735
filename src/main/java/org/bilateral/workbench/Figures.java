package org.bilateral.workbench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;

/** How pages write amounts: "$7.8 bn", "$380 m"; templates call it as {@code @fmt}. */
@Component("fmt")
public class Figures {

    public String usd(BigDecimal amount) {
        return usdAmount(amount);
    }

    /** The same, for texts written outside a page (a signal's arithmetic, a command's line). */
    public static String usdAmount(BigDecimal amount) {
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

    public String usdRange(BigDecimal low, BigDecimal high) {
        if (low == null) {
            return "";
        }
        return high == null || low.compareTo(high) == 0 ? usd(low) : usd(low) + " – " + usd(high);
    }

    /** A rate given in percent as printed, no digit added or dropped: "20%", "12.5%". */
    public String rate(BigDecimal percent) {
        return ratePercent(percent);
    }

    public static String ratePercent(BigDecimal percent) {
        return percent == null ? "" : percent.stripTrailingZeros().toPlainString() + "%";
    }

    public String percent(BigDecimal fraction) {
        return fraction == null ? "" : fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}
