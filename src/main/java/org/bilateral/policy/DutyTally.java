package org.bilateral.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The additional duty a year's imports would bear, added up period by period as the statistics hold them (months, or
 * whole years where only those are imported): each period charged day by day at the rate of each day.
 */
final class DutyTally {

    private static final class Year {
        BigDecimal imports = BigDecimal.ZERO;
        BigDecimal duties = BigDecimal.ZERO;
        BigDecimal rateDays = BigDecimal.ZERO;
        int months;
        long days;
    }

    private final RatePath path;
    private final Map<Integer, Year> years = new TreeMap<>();

    DutyTally(RatePath path) {
        this.path = path;
    }

    /** One period's imports: a month when {@code month}, else the whole year the period starts. */
    void add(YearMonth period, boolean month, BigDecimal importsUsd) {
        LocalDate from = period.atDay(1);
        LocalDate until = month ? from.plusMonths(1) : from.plusYears(1);
        Year y = years.computeIfAbsent(period.getYear(), k -> new Year());
        y.imports = y.imports.add(importsUsd);
        y.duties = y.duties.add(path.duty(importsUsd, from, until));
        y.months += month ? 1 : 12;
        y.rateDays = y.rateDays.add(path.rateDays(from, until));
        y.days += ChronoUnit.DAYS.between(from, until);
    }

    /** The years in order, each with its rate averaged over the days of the periods it holds, to four decimals. */
    List<TariffStakes.DutyYear> years() {
        List<TariffStakes.DutyYear> out = new ArrayList<>();
        years.forEach((year, y) -> out.add(new TariffStakes.DutyYear(year, y.imports, y.months,
                y.rateDays.divide(BigDecimal.valueOf(y.days), 4, RoundingMode.HALF_EVEN).stripTrailingZeros(), y.duties)));
        return out;
    }
}
