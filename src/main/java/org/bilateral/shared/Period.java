package org.bilateral.shared;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of whole months, the unit in which trade statistics are published: a month, a quarter,
 * a year, or any interval such as January–September ("2023-01/2023-09").
 */
public record Period(YearMonth first, YearMonth last) implements Comparable<Period> {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-?(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?Q([1-4])");
    private static final Pattern INTERVAL = Pattern.compile("(\\d{4}-\\d{2})/(\\d{4}-\\d{2})");

    /** The years a period may lie in: trade statistics, targets and deliveries of this century and the last half of the one before. */
    public static final int FIRST_YEAR = 1950;
    public static final int LAST_YEAR = 2100;
    public static final String YEARS = "from " + FIRST_YEAR + " to " + LAST_YEAR;

    public Period {
        if (first == null || last == null || last.isBefore(first)) {
            throw new InvalidValue("refusal.shared.periodBackwards", String.valueOf(first), String.valueOf(last));
        }
        if (!withinYears(first.getYear()) || !withinYears(last.getYear())) {
            throw new InvalidValue("refusal.shared.periodYears", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR), String.valueOf(first),
                    String.valueOf(last));
        }
    }

    /** Whether a year is one a period may lie in. */
    public static boolean withinYears(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public static Period month(YearMonth month) {
        return new Period(month, month);
    }

    public static Period year(int year) {
        return new Period(YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    public static Period quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, 3 * quarter - 2);
        return new Period(first, first.plusMonths(2));
    }

    /** Reads "2024", "2024-03", "202403", "2024-Q1" or "2023-01/2023-09". */
    public static Period parse(String text) {
        String s = text == null ? "" : text.trim();
        try {
            Matcher m;
            if ((m = YEAR.matcher(s)).matches()) {
                return year(Integer.parseInt(m.group(1)));
            }
            if ((m = MONTH.matcher(s)).matches()) {
                return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if ((m = QUARTER.matcher(s)).matches()) {
                return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = INTERVAL.matcher(s)).matches()) {
                return new Period(YearMonth.parse(m.group(1)), YearMonth.parse(m.group(2)));
            }
        } catch (java.time.DateTimeException e) {
            throw new InvalidValue("refusal.shared.periodInvalid", Limits.shown(String.valueOf(s)));
        }
        throw new InvalidValue("refusal.shared.notAPeriod", Limits.shown(String.valueOf(s)));
    }

    public int months() {
        return (last.getYear() - first.getYear()) * 12 + last.getMonthValue() - first.getMonthValue() + 1;
    }

    public boolean isMonth() {
        return first.equals(last);
    }

    public boolean isCalendarYear() {
        return first.getMonthValue() == 1 && last.getMonthValue() == 12 && first.getYear() == last.getYear();
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last);
    }

    /** The same months one year earlier, for year-on-year comparison. */
    public Period yearEarlier() {
        return new Period(first.minusYears(1), last.minusYears(1));
    }

    @Override
    public int compareTo(Period other) {
        int c = first.compareTo(other.first);
        return c != 0 ? c : last.compareTo(other.last);
    }

    @Override
    public String toString() {
        if (isMonth()) {
            return first.toString();
        }
        if (isCalendarYear()) {
            return Integer.toString(first.getYear());
        }
        if (first.getYear() == last.getYear() && months() == 3 && (first.getMonthValue() - 1) % 3 == 0) {
            return first.getYear() + "-Q" + ((first.getMonthValue() + 2) / 3);
        }
        return first + "/" + last;
    }
}
