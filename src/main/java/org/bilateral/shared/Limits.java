package org.bilateral.shared;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The stated range of what a user may type or upload into the records Bilateral keeps (deals, progress reports,
 * forecasts, targets): every door checks the same bounds, so that every column and every download can hold what is
 * stored, and nothing is rounded, wrapped or cut to fit. Trade statistics have their own, wider bounds (see
 * tradestats' {@code Values}) because statistics offices publish larger totals than any single deal.
 */
public final class Limits {

    /** The longest text a field may hold: names, goods, notes and links alike; a spreadsheet cell holds 32,767. */
    public static final int LONGEST_TEXT = 2_000;
    /** Quantities and dollar values stay below a quadrillion: more than any deal, less than any column's limit. */
    public static final BigDecimal LARGEST_NUMBER = new BigDecimal("1E15");
    /** Decimals kept exactly; a seventh would be rounded by the columns. */
    public static final int MOST_DECIMALS = 6;
    /**
     * The one precision of money: US dollar amounts (and a deal's amounts in the currency it was reported in) are kept in
     * whole cents, two decimals, from zero to below {@link #LARGEST_NUMBER}. An amount with more decimals is refused,
     * never rounded: the columns hold cents, and a rounded 0.005 would be stored as a different amount than the one given.
     */
    public static final int CENTS = 2;
    /** Years a plan, forecast or target may name. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private static final String NUMBER_RANGE = "a number below 1,000,000,000,000,000 with at most six decimals";

    private Limits() {
    }

    /** What is wrong with a text a user gave, if anything: too long, or holding characters no record can keep. */
    public static Optional<String> textProblem(@Nullable String text) {
        return textSaid(text).map(Said::english);
    }

    /** {@link #textProblem} by key, for a refusal in the user's language. */
    public static Optional<Said> textSaid(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() > LONGEST_TEXT) {
            return Optional.of(Said.of("refusal.shared.textTooLong", text.length(), LONGEST_TEXT));
        }
        return characterSaid(text);
    }

    /**
     * Whether a text holds a character no record keeps: a control character other than tabs, line and page breaks (NUL
     * cannot even be stored), or U+FFFD, which stands where bytes were not UTF-8 and the original is already lost.
     */
    public static Optional<String> characterProblem(String text) {
        return characterSaid(text).map(Said::english);
    }

    public static Optional<Said> characterSaid(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f || c == '\uFFFD') {
                return Optional.of(Said.of(c == '\uFFFD' ? "refusal.shared.notUtf8Character" : "refusal.shared.controlCharacter",
                        String.format("%04X", (int) c), i + 1));
            }
        }
        return Optional.empty();
    }

    /** What is wrong with a number a user gave, if anything. */
    public static Optional<String> numberProblem(BigDecimal n) {
        return numberSaid(n).map(Said::english);
    }

    public static Optional<Said> numberSaid(BigDecimal n) {
        if (n == null) {
            return Optional.empty();
        }
        if (n.abs().compareTo(LARGEST_NUMBER) >= 0 || n.stripTrailingZeros().scale() > MOST_DECIMALS) {
            return Optional.of(Said.of("refusal.shared.numberRange", shown(n.toString())));
        }
        return Optional.empty();
    }

    /** What is wrong with a dollar amount that must be whole cents (targets, delivery schedules), if anything. */
    public static Optional<String> centsProblem(BigDecimal dollars) {
        return centsSaid(dollars).map(Said::english);
    }

    public static Optional<Said> centsSaid(BigDecimal dollars) {
        if (dollars != null && dollars.stripTrailingZeros().scale() > CENTS) {
            return Optional.of(Said.of("refusal.shared.finerThanCents", shown(dollars.toPlainString())));
        }
        return Optional.empty();
    }

    /**
     * What is wrong with an amount of money a user gave, if anything: below zero, beyond the range, or finer than a cent.
     * Every door through which money enters asks this before anything is stored, so nothing is rounded to fit.
     */
    public static Optional<String> moneyProblem(BigDecimal amount) {
        return moneySaid(amount).map(Said::english);
    }

    public static Optional<Said> moneySaid(BigDecimal amount) {
        if (amount == null) {
            return Optional.empty();
        }
        if (amount.signum() < 0) {
            return Optional.of(Said.of("refusal.shared.negativeAmount", shown(amount.toString())));
        }
        return numberSaid(amount).or(() -> centsSaid(amount));
    }

    /** What is wrong with a quantity a user gave (delivered, forecast or planned), if anything: below zero or beyond the range. */
    public static Optional<String> quantityProblem(BigDecimal quantity) {
        return quantitySaid(quantity).map(Said::english);
    }

    public static Optional<Said> quantitySaid(BigDecimal quantity) {
        if (quantity != null && quantity.signum() < 0) {
            return Optional.of(Said.of("refusal.shared.negativeQuantity", shown(quantity.toString())));
        }
        return numberSaid(quantity);
    }

    /**
     * What is wrong with a one-line text (a name, a code, a unit, a product), if anything: besides what {@link #textProblem}
     * refuses, a tab or a line break, which such a field never holds. A trailing one is refused too, not trimmed away:
     * what a door was given is either kept as given or refused.
     */
    public static Optional<String> lineProblem(@Nullable String text) {
        return lineSaid(text).map(Said::english);
    }

    public static Optional<Said> lineSaid(@Nullable String text) {
        Optional<Said> problem = textSaid(text);
        if (problem.isPresent() || text == null) {
            return problem;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                return Optional.of(Said.of("refusal.shared.controlCharacter", String.format("%04X", (int) c), i + 1));
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a number as written ("1,250.5", "1e6"), refusing what lies outside the range before any arithmetic, so that
     * "1e999999999" is refused at once rather than expanded.
     *
     * @throws IllegalArgumentException with the reason, in the user's terms
     */
    public static BigDecimal number(String text) {
        String s = text.strip().replace(",", "").replace("_", "").replace(" ", "");
        if (s.length() > 40) {
            throw new InvalidValue("refusal.shared.numberRange", shown(text));
        }
        BigDecimal n;
        try {
            n = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new InvalidValue("refusal.shared.notANumber", shown(text));
        }
        // An exponent beyond the range is refused before stripTrailingZeros could expand it.
        if (n.precision() - n.scale() > 16 || n.scale() > 40) {
            throw new InvalidValue("refusal.shared.numberRange", shown(text));
        }
        numberSaid(n).ifPresent(p -> {
            throw new InvalidValue(p);
        });
        return n.scale() < 0 ? n.setScale(0) : n;
    }

    /** Whether a whole number lies within the years a plan may name. */
    public static Optional<String> yearProblem(BigDecimal year) {
        return yearSaid(year).map(Said::english);
    }

    public static Optional<Said> yearSaid(BigDecimal year) {
        if (year == null) {
            return Optional.empty();
        }
        if (year.stripTrailingZeros().scale() > 0 || year.compareTo(BigDecimal.valueOf(FIRST_YEAR)) < 0
                || year.compareTo(BigDecimal.valueOf(LAST_YEAR)) > 0) {
            return Optional.of(Said.of("refusal.shared.notAYear", shown(year.toPlainString().length() > 40 ? year.toString() : year.toPlainString()),
                    String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
        }
        return Optional.empty();
    }

    /**
     * Whether a year may be a target's baseline: from {@link #FIRST_YEAR}, the first year a target may name and the first
     * whose HS trade statistics both sides publish for the pair (Vietnam's customs began publishing by HS in the late 1990s,
     * and the bilateral trade agreement took effect at the end of 2001), to the year before {@link #LAST_YEAR}, so that a
     * target year can follow it.
     */
    public static Optional<String> baselineProblem(int year) {
        return baselineSaid(year).map(Said::english);
    }

    public static Optional<Said> baselineSaid(int year) {
        return year >= FIRST_YEAR && year < LAST_YEAR ? Optional.empty()
                : Optional.of(Said.of("refusal.shared.notABaseline", shown(String.valueOf(year)), String.valueOf(FIRST_YEAR),
                        String.valueOf(LAST_YEAR - 1)));
    }

    /** A user's value quoted in a message, cut so that a megabyte of digits does not become a megabyte of message. */
    public static String shown(String value) {
        return "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
    }

    /**
     * Whether an address is one a page may link to and a record may cite: http or https, whatever the case. A
     * {@code javascript:} or {@code data:} address, or text that is no address at all, is not.
     */
    public static boolean isWebAddress(@Nullable String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            String scheme = java.net.URI.create(address.strip()).getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The problem with a source address given (nothing when none is given): it must be a web address. */
    public static Optional<String> webAddressProblem(@Nullable String address) {
        return address == null || address.isBlank() || isWebAddress(address) ? Optional.empty()
                : Optional.of(shown(address) + " is not a web address (http or https)");
    }
}
