package org.bilateral.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An amount of US dollars, exact: every figure the workbench adds up (trade values, deal values, duties, stakes) is one.
 * Nothing is rounded on the way in or when added; an amount is rounded only when it is written
 * ({@code doors.Figures}) or divided ({@link Share#of}). Two amounts are equal when they are the same number of
 * dollars, whatever the scale they were written with ({@code 1.0} and {@code 1.00}). JSON carries the bare number.
 */
public record Money(BigDecimal usd) implements Comparable<Money> {

    /** In JSON an amount is the plain number of dollars, as the API wrote amounts before Money existed. */
    @Override
    @JsonValue
    public BigDecimal usd() {
        return usd;
    }

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    private static final BigDecimal BILLION = new BigDecimal("1000000000");
    private static final BigDecimal MILLION = new BigDecimal("1000000");

    public Money {
        Objects.requireNonNull(usd, "an amount of money has a value; an unknown amount is no Money at all");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Money usd(BigDecimal dollars) {
        return new Money(dollars);
    }

    public static Money usd(long dollars) {
        return new Money(BigDecimal.valueOf(dollars));
    }

    /** Reads "7800000000" or "12.50"; refuses anything else by what it was given. */
    public static Money usd(String dollars) {
        try {
            return new Money(new BigDecimal(dollars.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidValue("refusal.shared.notDollars", Limits.shown(dollars));
        }
    }

    /** An amount reported in billions ("8.1" from "$8.1 billion"), exactly. */
    public static Money billions(BigDecimal billions) {
        return new Money(billions.multiply(BILLION));
    }

    /** An amount reported in millions ("380" from "$380 million"), exactly. */
    public static Money millions(BigDecimal millions) {
        return new Money(millions.multiply(MILLION));
    }


    public Money plus(Money other) {
        return new Money(usd.add(other.usd));
    }

    public Money minus(Money other) {
        return new Money(usd.subtract(other.usd));
    }

    /** This amount times a factor (a quantity, a rate as a fraction), exactly. */
    public Money times(BigDecimal factor) {
        return new Money(usd.multiply(factor));
    }

    public Money negate() {
        return new Money(usd.negate());
    }

    public Money abs() {
        return usd.signum() < 0 ? negate() : this;
    }

    public int signum() {
        return usd.signum();
    }


    public boolean isNegative() {
        return usd.signum() < 0;
    }

    /** The amount in billions to the million (3 decimals), as every chart's axis shows it. */
    public BigDecimal inBillions() {
        return usd.divide(BILLION, 3, RoundingMode.HALF_EVEN);
    }

    @Override
    public int compareTo(Money other) {
        return usd.compareTo(other.usd);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Money m && usd.compareTo(m.usd) == 0;
    }

    @Override
    public int hashCode() {
        return usd.stripTrailingZeros().hashCode();
    }

    /** The plain number of dollars, as files and JSON carry it: "7800000000", "12.5". */
    @Override
    public String toString() {
        return usd.toPlainString();
    }
}
