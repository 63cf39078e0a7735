package org.bilateral.tradestats;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Granularity;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.Period;
import org.jspecify.annotations.Nullable;

/** The balance as the reporter's statistics show it, period by period and product by product. */
public record Balance(CountryCode reporter, CountryCode partner, Granularity by, HsLevel level, List<Row> rows,
                      List<Source> sources, boolean synthetic, List<PublishedComparison> published) {

    /**
     * One period and product. Year-earlier values are null where there are no statistics for it;
     * changes are fractions (0.12 = +12%).
     *
     * @param months      how many months of statistics the period holds (a partial year shows fewer than 12): the
     *                    months both flows hold, the only ones its exports, imports and balance add up
     * @param held        the first and last of those months
     * @param partial     the period holds fewer months than it spans ("2025 (Jan–Mar)"), or its flows cannot be set side
     *                    by side month for month
     * @param shown       the period as said in downloads, on the command line and in JSON: "2025 (Jan–Mar)"
     * @param changeBlank why the year-on-year changes are blank, null when they are given or no product figure is held
     */
    public record Row(String period, String code, String label, BigDecimal exports, BigDecimal imports,
                      BigDecimal balance, @Nullable BigDecimal exportsYearEarlier,
                      @Nullable BigDecimal importsYearEarlier, @Nullable BigDecimal balanceYearEarlier,
                      @Nullable BigDecimal exportsChange, @Nullable BigDecimal importsChange, int months,
                      String dataset, boolean synthetic, Period held, boolean partial, String shown,
                      @Nullable ChangeBlank changeBlank) {
    }

    /** Why a period has no year-on-year change: only the same months of the year before are compared. */
    public enum ChangeBlank {
        NO_EARLIER_STATISTICS("no statistics of the same months a year earlier"),
        EARLIER_MONTHS_MISSING("the year before does not hold the same months"),
        EARLIER_WHOLE_YEAR_ONLY("the year before is held only as a whole year, which cannot be cut to the same months"),
        FLOWS_NOT_LIKE_FOR_LIKE("one flow is held only as a whole year, the other for some months: not like for like");

        private final String said;

        ChangeBlank(String said) {
            this.said = said;
        }

        /** The reason in English, for downloads and the command line; pages say it from balance.changeBlank.NAME. */
        public String said() {
            return said;
        }
    }

    /**
     * Months of one year as a reader says them, each month named by {@code name}: "Jan–Jun" for a run, "Jan, Feb, Apr"
     * otherwise, "Mar" for one.
     */
    public static String monthsSaid(List<YearMonth> months, Function<Month, String> name) {
        if (months.isEmpty()) {
            return "";
        }
        YearMonth first = months.get(0);
        YearMonth last = months.get(months.size() - 1);
        if (first.equals(last)) {
            return name.apply(first.getMonth());
        }
        boolean run = first.plusMonths(months.size() - 1).equals(last);
        return run ? name.apply(first.getMonth()) + "–" + name.apply(last.getMonth())
                : String.join(", ", months.stream().map(m -> name.apply(m.getMonth())).toList());
    }
}
