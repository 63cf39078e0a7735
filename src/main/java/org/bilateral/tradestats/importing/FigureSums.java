package org.bilateral.tradestats.importing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sums of an import's own figures by slice and product level (all products, chapter, heading, subheading),
 * gathered while the file is read, so that the totals of the slices the import holds need not be read back from the
 * figures it has just written: that reading was a third of an import's time. The sums are exact (decimal, as the
 * figures). Past {@link #MOST} sums (a file of several million HS10 lines) gathering stops, memory is given back and
 * the totals are read from the figures as before.
 */
final class FigureSums {

    /** Sums held at most: about 150 MB. */
    static final int MOST = 1_000_000;
    /** The levels summed from the figures, by the digits of their codes; sections, sectors and years follow from them. */
    static final String[] LEVELS = {"total", "chapter", "heading", "subheading"};
    static final int[] DIGITS = {0, 2, 4, 6};

    private final int most;
    private Map<Slice, Map<String, BigDecimal>[]> bySlice = new HashMap<>();
    private int count;

    FigureSums() {
        this(MOST);
    }

    FigureSums(int most) {
        this.most = most;
    }

    /** The index of a level in {@link #LEVELS}. */
    static int level(String name) {
        return java.util.Arrays.asList(LEVELS).indexOf(name);
    }

    /** The levels and their digits as an SQL VALUES list, so that the database sums the same levels. */
    static String levelsAsValues() {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < LEVELS.length; i++) {
            values.append(i == 0 ? "" : ", ").append("('").append(LEVELS[i]).append("', ").append(DIGITS[i]).append(')');
        }
        return values.toString();
    }

    /** Adds one figure of the slice to the sums of every level its code reaches. */
    @SuppressWarnings("unchecked")
    void add(Slice slice, Figure figure) {
        if (bySlice == null) {
            return;
        }
        Map<String, BigDecimal>[] levels = bySlice.computeIfAbsent(slice, s -> new Map[LEVELS.length]);
        BigDecimal value = new BigDecimal(figure.valueUsd());
        String code = figure.hsCode();
        for (int i = 0; i < LEVELS.length && DIGITS[i] <= code.length(); i++) {
            if (levels[i] == null) {
                levels[i] = new HashMap<>();
            }
            String prefix = code.substring(0, DIGITS[i]);
            BigDecimal sum = levels[i].get(prefix);
            if (sum == null) {
                count++;
            }
            levels[i].put(prefix, sum == null ? value : sum.add(value));
        }
        if (count > most) {
            bySlice = null; // the totals are read back from the figures instead
        }
    }

    /** The sums of one slice at one level (index into {@link #LEVELS}), by code; empty when not gathered. */
    Optional<Map<String, BigDecimal>> of(Slice slice, int level) {
        if (bySlice == null) {
            return Optional.empty();
        }
        Map<String, BigDecimal>[] levels = bySlice.get(slice);
        return levels == null ? Optional.empty() : Optional.of(levels[level] == null ? Map.of() : levels[level]);
    }

    /** Whether the sums are all here: false once gathering stopped, or for a rebuild that gathered nothing. */
    boolean complete() {
        return bySlice != null;
    }

    /** No sums at all: every total is read from the figures (the rebuild after a crash). */
    static FigureSums none() {
        FigureSums none = new FigureSums();
        none.bySlice = null;
        return none;
    }
}
