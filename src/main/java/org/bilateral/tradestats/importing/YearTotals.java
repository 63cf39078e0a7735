package org.bilateral.tradestats.importing;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.bilateral.reference.Sector;

/**
 * Every total of one year of one flow between a reporter and a partner, derived in one place from what the
 * statistics reported: for each month (or the year reported whole), the sums of its figures at the levels summed from
 * codes (all products, chapter, heading, subheading). From those follow sections (from chapters), sectors (from each
 * chapter's finest complete level, where the HS-to-sector map is sharpest, see {@link FinestDetail}) and the year, which is the sum of its months
 * where monthly statistics exist, else the figure reported for the year.
 */
final class YearTotals {

    /** The level sections are summed into, and sectors. */
    static final String SECTION = "section";
    static final String SECTOR = "sector";
    /** Where a chapter has no section in the nomenclature (99, or a code outside HS 2022). */
    static final String NO_SECTION = "-";

    private YearTotals() {
    }

    /**
     * One month, or one year reported whole: its sums by code at each level of {@link FigureSums#LEVELS} (empty where
     * no slice reaches the level), and the most detailed HS level among its slices (below 2 when none names a product).
     */
    record Reported(boolean annual, LocalDate period, List<Map<String, BigDecimal>> byLevel, int finestHsLevel) {
    }

    /** One list of totals: one period (a month, a year reported whole, or the year shown), one level, its codes. */
    record Group(char freq, LocalDate period, String level, int months, Map<String, BigDecimal> values) {

        /** The codes in order, as the lists are stored (sorting once here is cheaper than keeping every map sorted). */
        String[] codes() {
            String[] codes = values.keySet().toArray(String[]::new);
            Arrays.sort(codes);
            return codes;
        }
    }

    /** @param sectorOf the one sector a code counts in wholly, or null where sector codes split it */
    static List<Group> derive(Collection<Reported> reported, UnaryOperator<String> sectionOfChapter,
                              UnaryOperator<String> sectorOf) {
        List<Group> groups = new ArrayList<>();
        long monthly = reported.stream().filter(r -> !r.annual()).count();
        Map<String, Map<String, BigDecimal>> year = new LinkedHashMap<>();
        @Nullable LocalDate first = null;
        for (Reported r : reported) {
            Map<String, Map<String, BigDecimal>> levels = new LinkedHashMap<>();
            for (int i = 0; i < FigureSums.LEVELS.length; i++) {
                levels.put(FigureSums.LEVELS[i], r.byLevel().get(i));
            }
            levels.put(SECTION, regroup(Objects.requireNonNull(levels.get("chapter"), "the chapters' sums"), sectionOfChapter));
            if (r.finestHsLevel() >= 2) {
                levels.put(SECTOR, sectors(r.byLevel(), sectorOf));
            }
            char freq = r.annual() ? 'A' : 'M';
            // The year shown adds the months where there are any, else takes the year reported whole.
            boolean countsInYear = r.annual() == (monthly == 0);
            levels.forEach((level, values) -> {
                if (!values.isEmpty()) {
                    groups.add(new Group(freq, r.period(), level, r.annual() ? 12 : 1, values));
                    if (countsInYear) {
                        values.forEach((code, value) -> year.computeIfAbsent(level, l -> new HashMap<>()).merge(code, value, BigDecimal::add));
                    }
                }
            });
            first = r.period().withDayOfYear(1);
        }
        int months = monthly == 0 ? 12 : (int) monthly;
        for (Map.Entry<String, Map<String, BigDecimal>> level : year.entrySet()) {
            // a year with sums has at least one period reported, so first is known
            groups.add(new Group('Y', Objects.requireNonNull(first, "a period reported"), level.getKey(), months, level.getValue()));
        }
        return groups;
    }

    /**
     * Sector totals from the finest complete lines: a line goes to the one sector all of its code counts in, and where
     * sector codes split its code (chapter 94 held only at HS2, furniture being 9401 to 9404) to its own not-allocated
     * line, so that sector totals always add up to the total.
     *
     * @param sectorOf the one sector a code counts in wholly, or null where sector codes split it
     */
    private static Map<String, BigDecimal> sectors(List<Map<String, BigDecimal>> byLevel, UnaryOperator<String> sectorOf) {
        Map<String, BigDecimal> sectors = new HashMap<>();
        for (FinestDetail.Line line : FinestDetail.of(byLevel)) {
            String sector = sectorOf.apply(line.code());
            sectors.merge(sector == null ? Sector.notAllocated(line.code()) : sector, line.valueUsd(), BigDecimal::add);
        }
        return sectors;
    }

    private static Map<String, BigDecimal> regroup(Map<String, BigDecimal> values, UnaryOperator<String> groupOf) {
        Map<String, BigDecimal> grouped = new HashMap<>();
        values.forEach((code, value) -> grouped.merge(groupOf.apply(code), value, BigDecimal::add));
        return grouped;
    }
}
