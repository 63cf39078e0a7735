package org.bilateral.extraction.reading;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.shared.ReportedDate;

/**
 * An event's date: the first date its sentence gives after the dateline (whose date is the release's) that is not the
 * date something was reported or said on; or a date told relative to another ("a day after", "the day before", "two
 * days earlier"): to a date the sentence gives, else to the event told last, else to the publication date.
 */
final class EventDating {

    /** "a day after", "two days before", "the day after": with what follows, the event it is counted from. */
    private static final Pattern OFFSET = Pattern.compile(
            "(?i)\\b(a|one|the|two|three)\\s+days?\\s+(after|before)\\b");
    /** "the previous day", "a day earlier", "the next day", "the day before.": counted from the event told last. */
    private static final Pattern ADVERB = Pattern.compile(
            "(?i)\\bthe\\s+(previous|following|next)\\s+day\\b|\\b(a|one|two|three)\\s+days?\\s+(earlier|later)\\b|\\bthe\\s+day\\s+(before|after)(?=\\s*(?:[.,;]|$))");

    private EventDating() {
    }

    /** The dates of the sentence past its dateline, in order. */
    static List<Dates.Found> in(String text, LocalDate published) {
        int datelineEnd = Datelines.end(text);
        return Dates.in(text, published).stream().filter(f -> f.start() >= datelineEnd).toList();
    }

    /** Dates the draft by the first of the dates that is not a reporting date; leaves it as it is when none is. */
    static void date(EventDraft d, List<Dates.Found> dates) {
        for (Dates.Found f : dates) {
            if (!f.reporting()) {
                d.date = f.date();
                d.until = f.until();
                return;
            }
        }
    }

    /**
     * Dates the draft whose cue starts at {@code cue}, a date told relative to another first. {@code reference} is the
     * date of the event told last, else the publication date, else null.
     */
    static void date(EventDraft d, List<Dates.Found> dates, String text, int cue, ReportedDate reference) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("day")) {
            Matcher m = OFFSET.matcher(text);
            if (m.find()) {
                int days = days(m.group(1));
                int sign = m.group(2).equalsIgnoreCase("after") ? 1 : -1;
                if (cue >= m.end()) {
                    // "Lan met Hale on Tuesday, a day after Ames signed ...": the signing was the day before Tuesday.
                    ReportedDate main = firstDate(dates, 0, m.start());
                    ReportedDate from = main != null ? main : reference;
                    if (from != null) {
                        d.date = shift(from, -sign * days);
                        return;
                    }
                } else if (cue < m.start() && firstDate(dates, 0, m.start()) == null) {
                    // "Lan met Hale a day after the signing on March 3": 4 March.
                    ReportedDate other = firstDate(dates, m.end(), text.length());
                    if (other != null) {
                        d.date = shift(other, sign * days);
                        return;
                    }
                }
            }
            Matcher a = ADVERB.matcher(text);
            if (a.find() && firstDate(dates, 0, text.length()) == null && reference != null) {
                boolean earlier = a.group(1) != null ? a.group(1).equalsIgnoreCase("previous")
                        : a.group(3) != null ? a.group(3).equalsIgnoreCase("earlier") : a.group(4).equalsIgnoreCase("before");
                int days = a.group(2) != null ? days(a.group(2)) : 1;
                d.date = shift(reference, earlier ? -days : days);
                return;
            }
        }
        date(d, dates);
    }

    private static @Nullable ReportedDate firstDate(List<Dates.Found> dates, int from, int to) {
        for (Dates.Found f : dates) {
            if (!f.reporting() && f.start() >= from && f.start() < to && f.until() == null) {
                return f.date();
            }
        }
        return null;
    }

    private static int days(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "two" -> 2;
            case "three" -> 3;
            default -> 1;
        };
    }

    /** The date so many days on; of an unknown year, counted in a leap year so that 29 February has a day after. */
    private static ReportedDate shift(ReportedDate date, int days) {
        LocalDate day = LocalDate.of(date.yearKnown() ? date.year() : 2000, date.month(), date.day()).plusDays(days);
        return date.yearKnown() ? ReportedDate.of(day) : new ReportedDate(null, day.getMonthValue(), day.getDayOfMonth());
    }
}
