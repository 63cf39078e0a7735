package org.bilateral.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The pieces a {@link Changes.Change}'s line is built of, said in no language yet: an amount of dollars and a run of
 * months. Each is a {@link Said} whose keys (since.usd.*, since.month*) write it the language's way when a page says the
 * line: "$25.1 bn" or "25,1 tỷ USD", "Sep–Oct 2026" or "tháng 9–10/2026".
 */
public final class ChangeWords {

    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private ChangeWords() {
    }

    /**
     * An amount without its sign, as {@code doors/Figures} writes amounts: to the hundredth of a billion, the tenth of a
     * million, else the dollar.
     */
    public static Said usd(BigDecimal amount) {
        BigDecimal abs = amount.abs();
        if (abs.compareTo(BILLION) >= 0) {
            return Said.of("since.usd.bn", abs.divide(BILLION, 2, RoundingMode.HALF_EVEN));
        }
        if (abs.compareTo(MILLION) >= 0) {
            return Said.of("since.usd.m", abs.divide(MILLION, 1, RoundingMode.HALF_EVEN));
        }
        return Said.of("since.usd", abs.setScale(0, RoundingMode.HALF_EVEN));
    }

    /** A fraction as a percentage without its sign, to one decimal: 0.12 is 12.0. */
    public static BigDecimal percent(BigDecimal fraction) {
        return fraction.abs().movePointRight(2).setScale(1, RoundingMode.HALF_EVEN);
    }

    /**
     * Months, in runs of consecutive months: "Sep–Oct 2026", "Dec 2025 – Jan 2026", "Jan 2026, Mar 2026". Empty months
     * are refused: a line always names the months it is about.
     */
    public static Said months(Collection<YearMonth> months) {
        if (months.isEmpty()) {
            throw new IllegalArgumentException("no months to name");
        }
        List<YearMonth> sorted = List.copyOf(new TreeSet<>(months));
        List<Said> runs = new ArrayList<>();
        YearMonth first = sorted.get(0);
        YearMonth last = first;
        for (YearMonth m : sorted.subList(1, sorted.size())) {
            if (m.equals(last.plusMonths(1))) {
                last = m;
            } else {
                runs.add(run(first, last));
                first = m;
                last = m;
            }
        }
        runs.add(run(first, last));
        Said said = runs.get(0);
        for (int i = 1; i < runs.size(); i++) {
            said = Said.of("since.monthList", said, runs.get(i));
        }
        return said;
    }

    /** One month: "Sep 2026", "tháng 9/2026". */
    public static Said month(YearMonth m) {
        return Said.of("since.month", String.valueOf(m.getYear()), String.valueOf(m.getMonthValue()),
                Said.of("since.mon." + m.getMonthValue()));
    }

    private static Said run(YearMonth first, YearMonth last) {
        if (first.equals(last)) {
            return month(first);
        }
        if (first.getYear() == last.getYear()) {
            return Said.of("since.monthSpan", String.valueOf(first.getYear()), String.valueOf(first.getMonthValue()),
                    String.valueOf(last.getMonthValue()), Said.of("since.mon." + first.getMonthValue()),
                    Said.of("since.mon." + last.getMonthValue()));
        }
        return Said.of("since.monthRange", month(first), month(last));
    }
}
