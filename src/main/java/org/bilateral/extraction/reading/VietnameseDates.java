package org.bilateral.extraction.reading;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.shared.ReportedDate;
import org.jspecify.annotations.Nullable;

/**
 * The days a Vietnamese report gives, day before month: "ngày 2/2", "sáng 15/3", "chiều ngày 4/2/2026", "ngày 2-7",
 * "Ngày 23.10", "ngày 2 tháng 7 năm 2025", ranges ("từ ngày 19-22/5", "từ ngày 16 - 20/10") and days counted from the
 * publication date ("hôm nay", "hôm qua", "sáng nay"). A day without a year takes the publication date's year (the
 * year before when the month is well after the publication's: a January report of "ngày 28/12"); without one, the
 * year of a month-only date tag; else the year stays unknown (XXXX). A month alone ("tháng 4/2025") is no day.
 * Numbers written with a dash or a dot are days only after a word that says so ("ngày", "sáng", "hôm"...), so that
 * "Boeing 737-8" or "8.1" is never a date.
 */
final class VietnameseDates {

    /** A date found in a sentence; {@code end} is set for a range. */
    record Found(int start, int stop, ReportedDate date, @Nullable ReportedDate end) {
    }

    private static final String WHEN = "(?:(?:vào|trong|từ|đến|tới)\\s+)?(?:(?:sáng|chiều|trưa|tối|đêm|hôm|ngày|rạng sáng|cuối ngày|đầu giờ sáng)\\s+)+";
    private static final Pattern RANGE = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:" + WHEN + "|từ\\s+)(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}))?(?!\\d)");
    /** "từ ngày 9 đến ngày 11/6", "từ 9 tới 11/6/2026". */
    private static final Pattern RANGE_WORDS = Pattern.compile("(?iu)(?<![\\p{L}\\d])từ\\s+(?:ngày\\s+)?(\\d{1,2})\\s+(?:đến|tới)\\s+(?:ngày\\s+)?(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}))?(?!\\d)");
    private static final Pattern DAY = Pattern.compile("(?iu)(?<![\\p{L}\\d])" + WHEN + "(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})(?:\\s*\\2\\s*(\\d{4}))?(?![\\d/])");
    private static final Pattern FULL = Pattern.compile("(?<![\\d/.])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");
    private static final Pattern WORDS = Pattern.compile("(?iu)(?<![\\p{L}\\d])ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s*(?:năm|,)\\s*(\\d{4}))?(?!\\d)");
    private static final Pattern RELATIVE = Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])(hôm nay|sáng nay|trưa nay|chiều nay|tối nay|hôm qua|sáng qua|chiều qua|tối qua|đêm qua|hôm kia)(?![\\p{L}\\p{M}])");
    /**
     * "sáng nay (18/7)", "hôm qua (ngày 17/7)": the press names the day it counts from today in brackets, and the day
     * named is the story's, whether or not the report has a date of its own to count from.
     */
    private static final Pattern RELATIVE_NAMED = Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])(?:hôm nay|sáng nay|trưa nay|chiều nay|tối nay|"
            + "hôm qua|sáng qua|chiều qua|tối qua|đêm qua|hôm kia)\\s*\\(\\s*(?:ngày\\s+)?(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})"
            + "(?:\\s*\\2\\s*(\\d{4}))?\\s*\\)");
    /**
     * The date of a document cited ("Công văn số 969/TTg-KGVX ngày 17/7/2021", "Quyết định số 12 ngày 3/2"): the day
     * it was issued, never a day the story's events happened on.
     */
    private static final Pattern DOCUMENT_DAY = Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])(?:công văn|quyết định|nghị định|nghị quyết|thông tư|chỉ thị|văn bản)"
            + "\\s+số\\s+\\S+(?:\\s+[–-]\\s+\\S+)?\\s+ngày\\s+\\d{1,2}\\s*/\\s*\\d{1,2}(?:\\s*/\\s*\\d{4})?");
    private static final Pattern MONTH_TAG = Pattern.compile("\\bdate\\s+(\\d{4})-(\\d{2})(?!-\\d)");

    /** Days a report may give after its own date (a programme announced for the coming days), and no more. */
    private static final int AFTER_PUBLICATION = 7;

    private VietnameseDates() {
    }

    private static boolean after(int year, int month, int day, LocalDate limit) {
        try {
            return LocalDate.of(year, month, day).isAfter(limit);
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The year a month-only date tag (" date 2025-07") gives the report's days, or null. */
    static @Nullable Integer taggedYear(String text) {
        Matcher m = MONTH_TAG.matcher(text.substring(0, Math.min(text.length(), 400)));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The days a sentence gives, in the order written; {@code published} and {@code year} fix the year. */
    static List<Found> in(String sentence, @Nullable ReportedDate published, @Nullable Integer year) {
        List<Found> out = new ArrayList<>();
        boolean[] taken = new boolean[sentence.length() + 1];
        Matcher cited = DOCUMENT_DAY.matcher(sentence);
        while (cited.find()) {
            java.util.Arrays.fill(taken, cited.start(), cited.end(), true);
        }
        Matcher m = RANGE.matcher(sentence);
        while (m.find()) {
            ReportedDate a = day(m.group(1), m.group(3), m.group(4), published, year);
            ReportedDate b = day(m.group(2), m.group(3), m.group(4), published, year);
            if (a != null && b != null && a.compareTo(b) < 0) {
                add(out, taken, new Found(m.start(), m.end(), a, b));
            }
        }
        m = RANGE_WORDS.matcher(sentence);
        while (m.find()) {
            ReportedDate a = day(m.group(1), m.group(3), m.group(4), published, year);
            ReportedDate b = day(m.group(2), m.group(3), m.group(4), published, year);
            if (a != null && b != null && a.compareTo(b) < 0) {
                add(out, taken, new Found(m.start(), m.end(), a, b));
            }
        }
        m = WORDS.matcher(sentence);
        while (m.find()) {
            addDay(out, taken, m.start(), m.end(), day(m.group(1), m.group(2), m.group(3), published, year));
        }
        m = RELATIVE_NAMED.matcher(sentence);
        while (m.find()) {
            addDay(out, taken, m.start(), m.end(), day(m.group(1), m.group(3), m.group(4), published, year));
        }
        m = DAY.matcher(sentence);
        while (m.find()) {
            addDay(out, taken, m.start(), m.end(), day(m.group(1), m.group(3), m.group(4), published, year));
        }
        m = FULL.matcher(sentence);
        while (m.find()) {
            addDay(out, taken, m.start(), m.end(), day(m.group(1), m.group(2), m.group(3), published, year));
        }
        LocalDate on = published == null ? null : published.toLocalDate();
        if (on != null) {
            m = RELATIVE.matcher(sentence);
            while (m.find()) {
                String w = m.group(1).toLowerCase(java.util.Locale.ROOT);
                int back = w.endsWith("kia") ? 2 : w.endsWith("qua") ? 1 : 0;
                addDay(out, taken, m.start(), m.end(), ReportedDate.of(on.minusDays(back)));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Found::start));
        return out;
    }

    private static void addDay(List<Found> out, boolean[] taken, int start, int end, @Nullable ReportedDate d) {
        if (d != null) {
            add(out, taken, new Found(start, end, d, null));
        }
    }

    private static void add(List<Found> out, boolean[] taken, Found f) {
        for (int i = f.start(); i < f.stop(); i++) {
            if (taken[i]) {
                return;
            }
        }
        for (int i = f.start(); i < f.stop(); i++) {
            taken[i] = true;
        }
        out.add(f);
    }

    private static @Nullable ReportedDate day(String d, String m, @Nullable String y, @Nullable ReportedDate published, @Nullable Integer tagged) {
        int day = Integer.parseInt(d);
        int month = Integer.parseInt(m);
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        Integer year = y != null ? Integer.valueOf(y) : null;
        LocalDate on = published == null ? null : published.toLocalDate();
        if (year == null && on != null) {
            if (month == 12 && on.getMonthValue() == 1) {
                year = on.getYear() - 1; // a report of January tells of December's days: those are of the year before
            } else if (!after(on.getYear(), month, day, on.plusDays(AFTER_PUBLICATION))) {
                year = on.getYear();
            }
            // else a day well after the report's date: that date is not the story's (a site's banner), the year unknown
        } else if (year == null && published == null) {
            year = tagged;
        }
        try {
            return new ReportedDate(year, month, day);
        } catch (IllegalArgumentException | DateTimeException e) {
            return null; // "ngày 31/4" is no day
        }
    }
}
