package org.bilateral.commitments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import org.bilateral.shared.InvalidValue;
import org.bilateral.shared.Limits;
import org.jspecify.annotations.Nullable;

/**
 * A deal's value as a source reported it: one amount or a range, in the currency reported, with the US dollar rate
 * and the date of that rate, so that a value converted from dong or euro can be checked and redone.
 */
public record ReportedValue(Currency currency, BigDecimal low, BigDecimal high, BigDecimal usdRate, @Nullable LocalDate rateDate) {

    public ReportedValue {
        Objects.requireNonNull(currency, "currency");
        if (low.signum() <= 0) {
            throw new InvalidValue("refusal.commitments.valuePositive");
        }
        // Amounts are kept to the cent in whatever currency they were reported: a finer one is refused, never rounded.
        for (BigDecimal amount : new BigDecimal[] {low, high}) {
            Limits.centsSaid(amount).ifPresent(p -> {
                throw new InvalidValue(p);
            });
        }
        if (high.compareTo(low) < 0) {
            throw new InvalidValue("refusal.commitments.rangeBackwards", String.valueOf(low), String.valueOf(high));
        }
        if (!currency.getCurrencyCode().equals("USD") && (usdRate.signum() <= 0 || rateDate == null)) {
            throw new InvalidValue("refusal.commitments.needsRate", currency.getCurrencyCode());
        }
    }

    /**
     * A value from reports that may give one end, the other or both (one amount is both ends), and in US dollars no rate:
     * a dollar is a dollar.
     */
    public static ReportedValue of(Currency currency, @Nullable BigDecimal low, @Nullable BigDecimal high, @Nullable BigDecimal usdRate,
                                   @Nullable LocalDate rateDate) {
        BigDecimal lo = low != null ? low : high;
        BigDecimal hi = high != null ? high : low;
        if (lo == null || hi == null) {
            throw new InvalidValue("refusal.commitments.needsAmount");
        }
        if (currency.getCurrencyCode().equals("USD")) {
            return new ReportedValue(currency, lo, hi, BigDecimal.ONE, rateDate);
        }
        if (usdRate == null) {
            throw new InvalidValue("refusal.commitments.needsRate", currency.getCurrencyCode());
        }
        return new ReportedValue(currency, lo, hi, usdRate, rateDate);
    }

    public static ReportedValue usd(@Nullable BigDecimal low, @Nullable BigDecimal high) {
        return of(Currency.getInstance("USD"), low, high, null, null);
    }

    /** A US dollar amount or range from reports that may give either or both; null when they give none. */
    public static @Nullable ReportedValue usdOrNone(@Nullable Double point, @Nullable Double low, @Nullable Double high) {
        Double lo = low != null ? low : point != null ? point : high;
        Double hi = high != null ? high : point != null ? point : low;
        return lo == null || hi == null ? null : usd(BigDecimal.valueOf(lo), BigDecimal.valueOf(hi));
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
