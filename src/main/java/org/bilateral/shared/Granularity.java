package org.bilateral.shared;

import java.time.YearMonth;
import java.util.Locale;

/** How a time series is cut: by month, quarter, year, or year to date (January to the latest month). */
public enum Granularity {
    MONTH, QUARTER, YEAR, YTD;

    public static Granularity parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("refusal.shared.unknownGranularity", Limits.shown(String.valueOf(text)));
        }
    }

    /** The period of this granularity containing a month; for YTD the caller cuts the year. */
    public Period periodOf(YearMonth month) {
        return switch (this) {
            case MONTH -> Period.month(month);
            case QUARTER -> Period.quarter(month.getYear(), (month.getMonthValue() + 2) / 3);
            case YEAR, YTD -> Period.year(month.getYear());
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
