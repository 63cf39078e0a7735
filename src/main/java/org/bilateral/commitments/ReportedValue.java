package org.bilateral.commitments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import org.bilateral.shared.Limits;

/**
 * A deal's value as a source reported it: one amount or a range, in the currency reported, with the US dollar rate
 * and the date of that rate, so that a value converted from dong or euro can be checked and redone.
 */
public record ReportedValue(Currency currency, BigDecimal low, BigDecimal high, BigDecimal usdRate, LocalDate rateDate) {

    public ReportedValue {
        Objects.requireNonNull(currency, "currency");
        if (low == null && high == null) {
            throw new IllegalArgumentException("a value needs an amount");
        }
        low = low == null ? high : low;
        high = high == null ? low : high;
        if (low.signum() <= 0) {
            throw new IllegalArgumentException("a value must be positive");
        }
        // Amounts are kept to the cent in whatever currency they were reported: a finer one is refused, never rounded.
        for (BigDecimal amount : new BigDecimal[] {low, high}) {
            Limits.centsProblem(amount).ifPresent(p -> {
                throw new IllegalArgumentException(p);
            });
        }
        if (high.compareTo(low) < 0) {
            throw new IllegalArgumentException("the high end of a range is below its low end: " + low + "–" + high);
        }
        if (currency.getCurrencyCode().equals("USD")) {
            usdRate = BigDecimal.ONE;
        } else if (usdRate == null || usdRate.signum() <= 0 || rateDate == null) {
            throw new IllegalArgumentException("a value in " + currency.getCurrencyCode() + " needs the US dollar rate and its date");
        }
    }

    public static ReportedValue usd(BigDecimal low, BigDecimal high) {
        return new ReportedValue(Currency.getInstance("USD"), low, high, null, null);
    }

    /** A US dollar amount or range from reports that may give either or both; null when they give none. */
    public static ReportedValue usdOrNone(Double point, Double low, Double high) {
        if (point == null && low == null && high == null) {
            return null;
        }
        BigDecimal lo = BigDecimal.valueOf(low != null ? low : point != null ? point : high);
        BigDecimal hi = BigDecimal.valueOf(high != null ? high : point != null ? point : low);
        return usd(lo, hi);
    }

    public BigDecimal lowUsd() {
        return low.multiply(usdRate).setScale(2, RoundingMode.HALF_EVEN);
    }

    public BigDecimal highUsd() {
        return high.multiply(usdRate).setScale(2, RoundingMode.HALF_EVEN);
    }

    public boolean isRange() {
        return low.compareTo(high) != 0;
    }
}
