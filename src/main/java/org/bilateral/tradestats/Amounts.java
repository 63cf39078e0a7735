package org.bilateral.tradestats;

import static org.bilateral.tradestats.YearOnYear.zero;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bilateral.shared.Period;
import org.jspecify.annotations.Nullable;

/**
 * Exports and imports by product, month by month and year by year, as read for one balance; each pair is exports at
 * index 0 and imports at 1, either null where the statistics hold no figure of that flow.
 */
final class Amounts {

    private final Map<String, Map<YearMonth, BigDecimal[]>> monthly = new HashMap<>();
    private final Map<String, Map<Integer, BigDecimal[]>> yearly = new HashMap<>();

    /** One figure of the totals: {@code freq} "Y" for a year's, "M" for a month's; {@code flow} "X" or "M". */
    void add(String freq, String code, YearMonth period, String flow, BigDecimal value) {
        BigDecimal[] pair = freq.equals("Y")
                ? yearly.computeIfAbsent(code, c -> new HashMap<>()).computeIfAbsent(period.getYear(), y -> new BigDecimal[2])
                : monthly.computeIfAbsent(code, c -> new HashMap<>()).computeIfAbsent(period, y -> new BigDecimal[2]);
        pair[flow.equals("X") ? 0 : 1] = value;
    }

    Set<String> codes() {
        Set<String> codes = new TreeSet<>(monthly.keySet());
        codes.addAll(yearly.keySet());
        return codes;
    }

    /** Exports and imports of a product over what a cover holds of a span; null where the statistics hold nothing of it. */
    BigDecimal @Nullable [] sum(String code, Cover cover, Period span) {
        if (cover.readYear()) {
            BigDecimal[] year = yearly.getOrDefault(code, Map.of()).get(span.first().getYear());
            return year == null ? null : year.clone();
        }
        Map<YearMonth, BigDecimal[]> byMonth = monthly.getOrDefault(code, Map.of());
        BigDecimal[] sum = null;
        for (YearMonth m : cover.months()) {
            BigDecimal[] v = byMonth.get(m);
            if (v == null) {
                continue;
            }
            sum = sum == null ? new BigDecimal[2] : sum;
            for (int i = 0; i < 2; i++) {
                sum[i] = v[i] == null ? sum[i] : zero(sum[i]).add(v[i]);
            }
        }
        return sum;
    }
}
