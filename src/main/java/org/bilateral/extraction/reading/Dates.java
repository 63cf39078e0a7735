package org.bilateral.extraction.reading;

import org.jspecify.annotations.Nullable;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.shared.ReportedDate;

/**
 * Dates as reports write them: "February 2", "the afternoon of February 2, 2026", "5 February", "05/02/2026"
 * (day first, as Vietnamese outlets write), "2026-02-04", "from May 19 to 22", "today", "on Wednesday". A date
 * without a year takes it from the publication date; without a publication date the year stays unknown.
 */
final class Dates {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)";
    private static final String YEAR = "(?:,?\\s+(\\d{4})(?!\\d))?";
    private static final Pattern MONTH_RANGE = Pattern.compile("\\b(?:from\\s+)?" + MONTH + "\\s+" + DAY
            + "\\s*(?:-|–|to|until|through|and)\\s*(?:" + MONTH + "\\s+)?" + DAY + YEAR);
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + YEAR + "(?!\\s*(?:billion|million|percent|%))");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + YEAR);
    private static final Pattern ISO = Pattern.compile("(?<![\\d/])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d/])");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/])(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?![\\d/])");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(today|yesterday|tomorrow|this (?:morning|afternoon|evening)"
            + "|(?:on |last |this past )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b");
    private static final Pattern REPORTING = Pattern.compile("(?i)\\b(?:(?:reported|said|announced|told|stated|informed|published|posted|updated)\\s+(?:on\\s+)?|(?:date|published|posted|updated)\\s*:?\\s*)$");
    private static final Pattern PUBLICATION_TAG = Pattern.compile("(?i)\\b(?:date|published|posted|updated)\\s*:?\\s+(\\d{4}-\\d{2}-\\d{2})");
    /** "Published: 14 October 2025", "Posted on March 3, 2026": a line of its own, wherever the page put it. */
    private static final Pattern PUBLICATION_LINE = Pattern.compile("(?i)^(?:published|posted|released|issued|date)(?:\\s+on)?\\s*:?\\s+(.{6,40})$");

    /** A date found in a sentence, with its offsets there. {@code end} is set for a range. */
    record Found(int start, int end, ReportedDate date, @Nullable ReportedDate until, boolean reporting) {
    }

    private Dates() {
    }

    static List<Found> in(String sentence, @Nullable LocalDate published) {
        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[sentence.length() + 1];
        // The patterns are costly on long sentences; most sentences hold no date at all.
        boolean digits = sentence.chars().anyMatch(Character::isDigit);
        if (digits && MONTH_WORD.matcher(sentence).find()) {
            monthNamed(sentence, published, found, taken);
        }
        if (digits) {
            numeric(sentence, found, taken);
        }
        if (published != null && DAY_WORD.matcher(sentence).find()) {
            Matcher m = RELATIVE.matcher(sentence);
            while (m.find()) {
                add(found, taken, sentence, m.start(), m.end(), ReportedDate.of(relative(m.group(1), published)), null);
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static final Pattern MONTH_WORD = Pattern.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec");
    private static final Pattern DAY_WORD = Pattern.compile("(?i)day|this ");

    private static void monthNamed(String sentence, LocalDate published, List<Found> found, boolean[] taken) {
        Matcher m = MONTH_RANGE.matcher(sentence);
        while (m.find()) {
            Integer year = year(m.group(5));
            int month = month(m.group(1));
            int endMonth = m.group(3) == null ? month : month(m.group(3));
            ReportedDate from = resolve(year, month, Integer.parseInt(m.group(2)), published);
            ReportedDate to = resolve(year, endMonth, Integer.parseInt(m.group(4)), published);
            if (from != null && to != null && from.compareTo(to) <= 0) {
                add(found, taken, sentence, m.start(), m.end(), from, to);
            }
        }
        for (Pattern p : List.of(MONTH_DAY, DAY_MONTH)) {
            m = p.matcher(sentence);
            while (m.find()) {
                boolean monthFirst = p == MONTH_DAY;
                int month = month(m.group(monthFirst ? 1 : 2));
                int day = Integer.parseInt(m.group(monthFirst ? 2 : 1));
                add(found, taken, sentence, m.start(), m.end(), resolve(year(m.group(3)), month, day, published), null);
            }
        }
    }

    private static void numeric(String sentence, List<Found> found, boolean[] taken) {
        Matcher m = ISO.matcher(sentence);
        while (m.find()) {
            add(found, taken, sentence, m.start(), m.end(), date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))), null);
        }
        m = NUMERIC.matcher(sentence);
        while (m.find()) {
            add(found, taken, sentence, m.start(), m.end(), numeric(m.group(1), m.group(2), m.group(3)), null);
        }
    }

    /**
     * The publication date: a "date 2026-02-04" tag, a full date in the headline lines above the body, or failing
     * those the latest full date in the scraped time stamps, since a report is published after what it reports.
     */
    static @Nullable ReportedDate published(CleanText clean) {
        Matcher tag = PUBLICATION_TAG.matcher(clean.text.substring(0, Math.min(clean.text.length(), 400)));
        if (tag.find()) {
            ReportedDate d = ReportedDate.parse(tag.group(1));
            if (d != null) {
                return d;
            }
        }
        ReportedDate wire = null;
        for (CleanText.Block block : clean.blocks) {
            String text = clean.text.substring(block.start(), block.end());
            if (block.kind() == CleanText.BlockKind.BODY) {
                String dateline = dateline(text);
                ReportedDate inDateline = fullDate(dateline);
                if (inDateline != null) {
                    return inDateline;
                }
                // "WASHINGTON, Oct 3 (Reuters) -": the wires date their copy without its year
                wire = wire != null ? wire : firstDate(wireDateline(text));
                if (text.split("\\s+").length >= FIRST_PARAGRAPH_WORDS) {
                    break; // the first paragraph proper: dates past it are the story's, not the release's
                }
                continue; // a photo caption or a byline above the story
            }
            ReportedDate d = fullDate(text);
            if (d != null) {
                return d;
            }
        }
        for (CleanText.Block block : clean.blocks) {
            Matcher line = PUBLICATION_LINE.matcher(clean.text.substring(block.start(), block.end()));
            if (line.matches()) {
                ReportedDate d = fullDate(line.group(1));
                if (d != null) {
                    return d;
                }
            }
        }
        ReportedDate latest = null;
        for (String stamp : clean.stamps) {
            for (Found f : in(stamp, null)) {
                if (f.date() != null && f.date().yearKnown() && (latest == null || f.date().compareTo(latest) > 0)) {
                    latest = f.date();
                }
            }
        }
        if (wire != null && latest != null) {
            // The wire's day, in the year of the page's stamps (the year before for a December dateline stamped in
            // January). Without stamps the year is unknown, and a publication date is a full date or none.
            return resolve(null, wire.month(), wire.day(), latest.toLocalDate());
        }
        return latest;
    }

    private static @Nullable ReportedDate firstDate(String text) {
        List<Found> found = text.isEmpty() ? List.of() : in(text, null);
        return found.isEmpty() ? null : found.get(0).date();
    }

    /** A paragraph of this many words is the story itself, not a caption or byline above it. */
    private static final int FIRST_PARAGRAPH_WORDS = 20;

    /** The dateline opening a paragraph by the dateline step's pattern, or "". */
    private static String wireDateline(String text) {
        Matcher wire = Datelines.DATELINE.matcher(text);
        return wire.find() ? text.substring(0, wire.end()) : "";
    }

    private static String dateline(String text) {
        String wire = wireDateline(text);
        if (!wire.isEmpty()) {
            return wire;
        }
        int dash = -1;
        for (String mark : List.of(" — ", " – ", " - ", " -- ", " /")) {
            int at = text.indexOf(mark);
            if (at > 0 && (dash < 0 || at < dash)) {
                dash = at;
            }
        }
        return dash > 0 && dash < 80 ? text.substring(0, dash) : "";
    }

    private static @Nullable ReportedDate fullDate(String text) {
        for (Found f : in(text, null)) {
            if (f.date() != null && f.date().yearKnown()) {
                return f.date();
            }
        }
        return null;
    }

    private static void add(List<Found> found, boolean[] taken, String sentence, int start, int end, @Nullable ReportedDate date,
                            @Nullable ReportedDate until) {
        if (date == null || taken[start]) {
            return;
        }
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
        boolean reporting = REPORTING.matcher(sentence.substring(Math.max(0, start - 30), start)).find();
        found.add(new Found(start, end, date, until, reporting));
    }

    /** Day and month first unless the numbers say otherwise: 05/02/2026 is 5 February, 12/25/2025 is Christmas. */
    private static ReportedDate numeric(String a, String b, String y) {
        int first = Integer.parseInt(a);
        int second = Integer.parseInt(b);
        int year = Integer.parseInt(y);
        if (second > 12 && first <= 12) {
            return date(year, first, second);
        }
        return date(year, second, first);
    }

    private static @Nullable ReportedDate resolve(Integer year, int month, int day, @Nullable LocalDate published) {
        if (year != null) {
            return date(year, month, day);
        }
        if (published == null) {
            try {
                return new ReportedDate(null, month, day);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        ReportedDate sameYear = date(published.getYear(), month, day);
        // A report tells of what happened before it, give or take a week of announced plans.
        if (sameYear != null && sameYear.toLocalDate().isAfter(published.plusDays(7))) {
            return date(published.getYear() - 1, month, day);
        }
        return sameYear;
    }

    private static LocalDate relative(String expression, @Nullable LocalDate published) {
        String e = expression.toLowerCase(Locale.ROOT);
        if (e.equals("yesterday")) {
            return published.minusDays(1);
        }
        if (e.equals("tomorrow")) {
            return published.plusDays(1);
        }
        if (e.equals("today") || e.startsWith("this ")) {
            return published;
        }
        String day = e.replaceFirst("^(on|last|this past) ", "");
        DayOfWeek dow = DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
        return published.with(TemporalAdjusters.previousOrSame(dow));
    }

    private static @Nullable ReportedDate date(int year, int month, int day) {
        try {
            return ReportedDate.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static @Nullable Integer year(String text) {
        return text == null ? null : Integer.valueOf(text);
    }

    private static int month(String name) {
        return Lexicon.MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    }
}
