package org.bilateral.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A part of a whole as a fraction: {@code 0.25} is a quarter, written "25.0%". Attainment, a partner's share of
 * imports, a deal's progress and a transshipment signal's share are all one. A share may pass 1 (a target
 * overshot) or be negative (a balance that turned); it is divided to {@link #SCALE} decimals, which no figure the
 * workbench writes (one decimal of a percent) can tell from exact.
 */
public record Share(BigDecimal fraction) implements Comparable<Share> {

    /** In JSON a share is the plain fraction, as the API wrote shares before Share existed. */
    @Override
    @JsonValue
    public BigDecimal fraction() {
        return fraction;
    }

    /** Decimals a share is divided to: a millionth of a percentage point. */
    public static final int SCALE = 8;

    public Share {
        Objects.requireNonNull(fraction, "a share has a value; an unknown share is no Share at all");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Share of(BigDecimal fraction) {
        return new Share(fraction);
    }

    /** part ÷ whole; none when the whole is zero (nothing to be a part of). */
    public static @Nullable Share of(Money part, Money whole) {
        return of(part.usd(), whole.usd());
    }

    /** part ÷ whole; none when the whole is zero. */
    public static @Nullable Share of(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : new Share(part.divide(whole, SCALE, RoundingMode.HALF_EVEN));
    }

    /** A rate given in percent ("12.5" for 12.5%), as tariff schedules print it. */
    public static Share percent(BigDecimal percent) {
        return new Share(percent.movePointLeft(2));
    }

    /** The share in percent, exactly: 0.125 → 12.5. */
    public BigDecimal inPercent() {
        return fraction.movePointRight(2);
    }

    /** This share of an amount: 25% of $8 bn is $2 bn, exactly. */
    public Money of(Money whole) {
        return whole.times(fraction);
    }

    @Override
    public int compareTo(Share other) {
        return fraction.compareTo(other.fraction);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Share s && fraction.compareTo(s.fraction) == 0;
    }

    @Override
    public int hashCode() {
        return fraction.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return fraction.toPlainString();
    }
}
