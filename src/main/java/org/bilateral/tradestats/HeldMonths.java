package org.bilateral.tradestats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bilateral.shared.Granularity;
import org.bilateral.shared.Period;
import org.jspecify.annotations.Nullable;

/**
 * The months each flow's statistics hold, read from the all-products totals: month by month, or, for a year reported
 * only as a whole, the year. Census publishes exports and imports on different days and Vietnam's customs on others, so
 * two flows ending in different months is the usual case; only the months both hold are set side by side, and only
 * against the same months a year earlier (like for like).
 *
 * @param months     each flow's months held month by month ("X", "M")
 * @param wholeYears each flow's years held only as a whole year
 */
record HeldMonths(Map<String, Set<YearMonth>> months, Map<String, Set<Integer>> wholeYears) {

    Set<String> flows() {
        Set<String> flows = new TreeSet<>(months.keySet());
        flows.addAll(wholeYears.keySet());
        return flows;
    }

    /** The latest month every flow holds, where year to date ends. */
    Optional<YearMonth> latestCommon() {
        YearMonth latest = null;
        for (String flow : flows()) {
            Set<YearMonth> held = months.getOrDefault(flow, Set.of());
            if (held.isEmpty()) {
                return Optional.empty();
            }
            YearMonth last = Collections.max(held);
            latest = latest == null || last.isBefore(latest) ? last : latest;
        }
        return Optional.ofNullable(latest);
    }

    /**
     * How the flows hold a span: the months of it every flow holds, or, for a year ({@code years}), the year whole when
     * each flow holds all twelve months or the year reported whole. Null when they hold no month of it in common.
     */
    @Nullable Cover cover(Period span, boolean years) {
        int year = span.first().getYear();
        List<YearMonth> common = null;
        boolean whole = false;
        for (String flow : flows()) {
            if (years && wholeYears.getOrDefault(flow, Set.of()).contains(year)) {
                whole = true;
                continue;
            }
            List<YearMonth> in = months.getOrDefault(flow, Set.of()).stream().filter(span::contains).sorted().toList();
            if (common == null) {
                common = new ArrayList<>(in);
            } else {
                common.retainAll(in);
            }
        }
        List<YearMonth> all = new ArrayList<>();
        for (YearMonth m = span.first(); !m.isAfter(span.last()); m = m.plusMonths(1)) {
            all.add(m);
        }
        if (common == null) {
            return whole ? new Cover(all, true, false) : null;
        }
        if (common.isEmpty()) {
            return null;
        }
        boolean full = common.size() == all.size();
        // A flow reported only for the whole year cannot be cut to the months the other holds: not like for like.
        return new Cover(List.copyOf(common), whole || (years && full), whole && !full);
    }

    /** Whether every flow holds each of these months month by month. */
    boolean holdsEach(List<YearMonth> wanted) {
        return flows().stream().allMatch(f -> months.getOrDefault(f, Set.of()).containsAll(wanted));
    }

    boolean wholeOnly(int year) {
        return wholeYears.values().stream().anyMatch(y -> y.contains(year));
    }

    /**
     * The periods shown from {@code from} to {@code to}, each with the months of it the flows hold in common; year to date
     * runs from January to {@code ytdMonth} of each year.
     */
    List<Bucket> buckets(Granularity by, int ytdMonth, LocalDate from, LocalDate to) {
        Set<Period> spans = new TreeSet<>();
        for (Set<YearMonth> held : months.values()) {
            for (YearMonth m : held) {
                spans.add(by == Granularity.YTD ? new Period(YearMonth.of(m.getYear(), 1), YearMonth.of(m.getYear(), ytdMonth))
                        : by.periodOf(m));
            }
        }
        if (by == Granularity.YEAR) {
            wholeYears.values().forEach(years -> years.forEach(y -> spans.add(Period.year(y))));
        }
        List<Bucket> buckets = new ArrayList<>();
        for (Period span : spans) {
            if (span.first().isBefore(YearMonth.from(from)) || span.last().isAfter(YearMonth.from(to))) {
                continue;
            }
            Cover cover = cover(span, by == Granularity.YEAR);
            if (cover != null) {
                buckets.add(new Bucket(by, span, cover));
            }
        }
        return buckets;
    }

    /**
     * The same months a year earlier, held by every flow; a whole year against a whole year. Otherwise the change is left
     * blank with the reason: a partial year set against a whole one is a fall that never happened.
     */
    Earlier earlier(Granularity by, Bucket b) {
        if (b.cover().mixed()) {
            return Earlier.blank(Balance.ChangeBlank.FLOWS_NOT_LIKE_FOR_LIKE);
        }
        Period span = b.span().yearEarlier();
        Cover before = cover(span, by == Granularity.YEAR);
        if (before == null) {
            return Earlier.blank(Balance.ChangeBlank.NO_EARLIER_STATISTICS);
        }
        if (b.cover().readYear()) {
            return before.readYear() && !before.mixed() ? new Earlier(before, null)
                    : Earlier.blank(Balance.ChangeBlank.EARLIER_MONTHS_MISSING);
        }
        List<YearMonth> wanted = b.cover().months().stream().map(m -> m.minusYears(1)).toList();
        if (holdsEach(wanted)) {
            return new Earlier(new Cover(wanted, false, false), null);
        }
        return Earlier.blank(wholeOnly(span.first().getYear()) ? Balance.ChangeBlank.EARLIER_WHOLE_YEAR_ONLY
                : Balance.ChangeBlank.EARLIER_MONTHS_MISSING);
    }

    /**
     * The latest year both flows hold some month of, else the latest year held whole: imports of a year whose exports
     * are not out yet say nothing. Empty without statistics.
     */
    Optional<Integer> latestYear() {
        return months.values().stream().flatMap(Set::stream).map(YearMonth::getYear)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)).descendingSet().stream()
                .filter(y -> cover(Period.year(y), true) != null).findFirst()
                .or(() -> wholeYears.values().stream().flatMap(Set::stream).max(Integer::compare));
    }
}
