package org.bilateral.shared;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A day as a report gives it. The year is absent when the text gives day and month but nothing fixes the year:
 * it prints as {@code XXXX-05-22}, never as a guessed year.
 */
public record ReportedDate(@Nullable Integer year, int month, int day) implements Comparable<ReportedDate> {

    public ReportedDate {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            throw new InvalidValue("refusal.shared.noSuchDay", String.valueOf(month), String.valueOf(day));
        }
        if (year != null) {
            LocalDate.of(year, month, day);
        }
    }

    public static ReportedDate of(LocalDate date) {
        return new ReportedDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Reads {@code 2026-02-04} or {@code XXXX-02-04}; null for null or blank. */
    public static @Nullable ReportedDate parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (!t.matches("(\\d{4}|XXXX)-\\d{2}-\\d{2}")) {
            throw new InvalidValue("refusal.shared.reportedDate", text == null ? Said.of("refusal.shared.nothing") : Said.asWritten(Limits.shown(text)));
        }
        Integer year = t.startsWith("XXXX") ? null : Integer.valueOf(t.substring(0, 4));
        return new ReportedDate(year, Integer.parseInt(t.substring(5, 7)), Integer.parseInt(t.substring(8, 10)));
    }

    public boolean yearKnown() {
        return year != null;
    }

    /** The calendar day, or null when the year is unknown. */
    public @Nullable LocalDate toLocalDate() {
        return year == null ? null : LocalDate.of(year, month, day);
    }

    @Override
    public String toString() {
        return (year == null ? "XXXX" : String.format("%04d", year)) + String.format("-%02d-%02d", month, day);
    }

    @Override
    public int compareTo(ReportedDate o) {
        int y = Integer.compare(Objects.requireNonNullElse(year, 0), Objects.requireNonNullElse(o.year, 0));
        if (y != 0) {
            return y;
        }
        int m = Integer.compare(month, o.month);
        return m != 0 ? m : Integer.compare(day, o.day);
    }
}
