package org.bilateral.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One cell of a download table, saying what it holds: each format writes it by that, never by guessing from its digits
 * (a CSV writes plain numbers, an XLSX formats amounts, a terminal writes an amount grouped and a share in percent).
 * The factories take what may be unknown and give {@link #EMPTY} for it, so a row reads as the record it comes from.
 * A cell's {@code toString} is its value in plain words: digits, a rate or share with its percent sign, "" for nothing.
 */
public sealed interface Cell {

    /** Words: a name, a code, a note. */
    record Text(String text) implements Cell {

        @Override
        public String toString() {
            return plain();
        }
    }

    /** An amount of US dollars. */
    record Amount(Money money) implements Cell {

        @Override
        public String toString() {
            return plain();
        }
    }

    /** A plain number that is neither money nor a count: a score, a quantity, an exchange rate, a year. */
    record Plain(BigDecimal value) implements Cell {

        @Override
        public String toString() {
            return plain();
        }
    }

    /** How many of something. */
    record Count(long count) implements Cell {

        @Override
        public String toString() {
            return plain();
        }
    }

    /** A part of a whole; {@code signed} for a change (y/y), which a person reads with its sign. */
    record Fraction(Share share, boolean signed) implements Cell {

        /** "12.5%": the share in percent, every digit it has. */
        @Override
        public String toString() {
            return share.inPercent().stripTrailingZeros().toPlainString() + "%";
        }
    }

    /** A rate given in percent, as a tariff schedule prints it: 12.5 is 12.5%. */
    record Rate(BigDecimal percent) implements Cell {

        /** "12.5%", as the schedule prints it. */
        @Override
        public String toString() {
            return percent.stripTrailingZeros().toPlainString() + "%";
        }
    }

    /** A day. */
    record Day(LocalDate date) implements Cell {

        @Override
        public String toString() {
            return plain();
        }
    }

    /** Nothing: unknown or not applicable. */
    record Empty() implements Cell {

        @Override
        public String toString() {
            return plain();
        }
    }

    Cell EMPTY = new Empty();

    static Cell text(@Nullable String text) {
        return text == null ? EMPTY : new Text(text);
    }

    /** Text, or the empty text "" (a cell that is there, empty, as the row's record says) when there is none. */
    static Cell textOrBlank(@Nullable String text) {
        return new Text(text == null ? "" : text);
    }

    static Cell money(@Nullable BigDecimal usd) {
        return usd == null ? EMPTY : new Amount(Money.usd(usd));
    }

    static Cell money(@Nullable Money money) {
        return money == null ? EMPTY : new Amount(money);
    }

    static Cell number(@Nullable BigDecimal value) {
        return value == null ? EMPTY : new Plain(value);
    }

    /** A number computed as a double (a score), as Java writes it shortest: 0.125, never 0.12500000000000000. */
    static Cell number(double value) {
        return new Plain(BigDecimal.valueOf(value));
    }

    static Cell number(long value) {
        return new Plain(BigDecimal.valueOf(value));
    }

    static Cell count(long count) {
        return new Count(count);
    }

    static Cell share(@Nullable Share share) {
        return share == null ? EMPTY : new Fraction(share, false);
    }

    /** A share held as its fraction (0.25 for a quarter). */
    static Cell share(@Nullable BigDecimal fraction) {
        return fraction == null ? EMPTY : new Fraction(Share.of(fraction), false);
    }

    /** A change as a fraction of what it changed from (0.125 for 12.5% more), written with its sign. */
    static Cell change(@Nullable BigDecimal fraction) {
        return fraction == null ? EMPTY : new Fraction(Share.of(fraction), true);
    }

    static Cell change(@Nullable Share change) {
        return change == null ? EMPTY : new Fraction(change, true);
    }

    static Cell rate(@Nullable BigDecimal percent) {
        return percent == null ? EMPTY : new Rate(percent);
    }

    static Cell date(@Nullable LocalDate date) {
        return date == null ? EMPTY : new Day(date);
    }

    /** A row, in order; a mutable list, so that a row may be added to before it is kept. */
    static List<Cell> row(Cell... cells) {
        return new java.util.ArrayList<>(Arrays.asList(cells));
    }

    /** The cell as plain text, as a CSV holds it: text as it is, numbers as their digits, a day ISO, nothing empty. */
    default String plain() {
        if (this instanceof Text t) {
            return t.text();
        }
        if (this instanceof Amount a) {
            return a.money().usd().toPlainString();
        }
        if (this instanceof Plain n) {
            return n.value().toPlainString();
        }
        if (this instanceof Count c) {
            return Long.toString(c.count());
        }
        if (this instanceof Fraction f) {
            return f.share().fraction().toPlainString();
        }
        if (this instanceof Rate r) {
            return r.percent().toPlainString();
        }
        if (this instanceof Day d) {
            return d.date().toString();
        }
        return "";
    }

    /** Whether a terminal aligns it to the right, as numbers are. */
    default boolean numeric() {
        return this instanceof Amount || this instanceof Plain || this instanceof Count || this instanceof Fraction
                || this instanceof Rate;
    }
}
