package org.bilateral.tradestats.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A period's trade as lines at the finest complete level: each chapter (and each heading) is read from the most detailed
 * level whose lines under it add up to it. Where the detail is only partial (every chapter at HS2 with selected HS10
 * lines, the usual download), the detailed lines are kept and the rest stays as a line of the coarser code itself, so
 * that the lines always add up to the total and nothing held is dropped or guessed into finer codes. A line's code
 * says its level: a chapter's line is trade held no finer than the chapter.
 */
public final class FinestDetail {

    /** Part of a period's trade held no finer than {@code code} ("" for trade with no product named). */
    public record Line(String code, BigDecimal valueUsd) {
    }

    private FinestDetail() {
    }

    /**
     * @param byLevel the sums by code at all products (code ""), chapter, heading and subheading, as
     *                {@link FigureSums#LEVELS}; a level may be empty
     */
    public static List<Line> of(List<Map<String, BigDecimal>> byLevel) {
        List<TreeMap<String, BigDecimal>> levels = new ArrayList<>();
        for (Map<String, BigDecimal> level : byLevel) {
            levels.add(new TreeMap<>(level));
        }
        List<Line> lines = new ArrayList<>();
        BigDecimal total = levels.get(0).get("");
        if (total == null) {
            // no list of all products: the chapters are the whole
            levels.get(1).forEach((code, value) -> descend(code, value, 1, levels, lines));
        } else {
            descend("", total, 0, levels, lines);
        }
        return lines;
    }

    private static void descend(String code, BigDecimal value, int level, List<TreeMap<String, BigDecimal>> levels, List<Line> lines) {
        // The next finer level holding anything under the code: a file of HS10 lines gives headings and subheadings alike,
        // but a level may be missing where nothing reached it.
        for (int finer = level + 1; finer < levels.size(); finer++) {
            Map<String, BigDecimal> under = levels.get(finer).subMap(code, true, code + Character.MAX_VALUE, false);
            if (under.isEmpty()) {
                continue;
            }
            BigDecimal detailed = under.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            int next = finer;
            under.forEach((child, childValue) -> descend(child, childValue, next, levels, lines));
            if (detailed.compareTo(value) != 0) {
                // The part not detailed (negative only where a file's detail exceeds its own total): kept at the code.
                lines.add(new Line(code, value.subtract(detailed)));
            }
            return;
        }
        lines.add(new Line(code, value));
    }
}
