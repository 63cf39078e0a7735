package org.bilateral.tradestats.importing;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sums of an import's own figures by slice and product level (all products, chapter, heading, subheading),
 * gathered while the file is read, so that the totals of the slices the import holds need not be read back from the
 * figures it has just written: that reading was a third of an import's time. The sums are exact (decimal, as the
 * figures). Past {@link #MOST} sums (a file of several million HS10 lines) gathering stops, memory is given back and
 * the totals are read from the figures instead.
 */
final class FigureSums {

    /** Sums held at most: about 50 MB. */
    static final int MOST = 1_000_000;
    /** The levels summed from the figures, by the digits of their codes; sections, sectors and years follow from them. */
    static final String[] LEVELS = {"total", "chapter", "heading", "subheading"};
    static final int[] DIGITS = {0, 2, 4, 6};
    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
        1_000_000_000, 10_000_000_000L};

    private final int most;
    private @Nullable Map<Slice, CodeSums[]> bySlice = new HashMap<>();
    private int count;
    /** The previous figure's slice and its sums: a file lists a slice's lines together. */
    private @Nullable Slice last;
    private CodeSums @Nullable [] lastLevels;

    FigureSums() {
        this(MOST);
    }

    FigureSums(int most) {
        this.most = most;
    }

    /** Adds one figure of the slice to the sums of every level its code reaches. */
    void add(Slice slice, Figure figure) {
        add(slice, figure.hsCode().isEmpty() ? 0 : Long.parseLong(figure.hsCode()), figure);
    }

    /** The same, with the figure's code already read as a number (0 for all products). */
    void add(Slice slice, long number, Figure figure) {
        Map<Slice, CodeSums[]> sums = bySlice;
        if (sums == null) {
            return;
        }
        CodeSums[] levels = lastLevels;
        if (levels == null || !slice.equals(last)) {
            last = slice;
            levels = sums.computeIfAbsent(slice, s -> new CodeSums[LEVELS.length]);
            lastLevels = levels;
        }
        // A code's prefixes as numbers (847130 of 8471300100 by division): no substrings, no string hashing.
        String code = figure.hsCode();
        String value = figure.valueUsd();
        boolean whole = Values.isWholeBelow(value, 18);
        long wholeValue = whole ? Long.parseLong(value) : 0;
        @Nullable BigDecimal exact = whole ? null : new BigDecimal(value);
        for (int i = 0; i < LEVELS.length && DIGITS[i] <= code.length(); i++) {
            CodeSums atLevel = levels[i];
            if (atLevel == null) {
                atLevel = new CodeSums();
                levels[i] = atLevel;
            }
            if (atLevel.add(number / POWERS_OF_TEN[code.length() - DIGITS[i]], wholeValue, exact)) {
                count++;
            }
        }
        if (count > most) {
            bySlice = null; // the totals are read back from the figures instead
            last = null;
            lastLevels = null;
        }
    }

    /** The sums of one slice at one level (index into {@link #LEVELS}), by code; empty when not gathered. */
    Optional<Map<String, BigDecimal>> of(Slice slice, int level) {
        Map<Slice, CodeSums[]> sums = bySlice;
        if (sums == null) {
            return Optional.empty();
        }
        CodeSums[] levels = sums.get(slice);
        if (levels == null) {
            return Optional.empty();
        }
        return Optional.of(levels[level] == null ? Map.of() : levels[level].byCode(DIGITS[level]));
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

    /**
     * Sums by code, the code as a number: an open-addressing table. Whole dollars (nearly every figure) add up as longs;
     * cents' fractions, and a sum that would pass the largest long, as BigDecimal.
     */
    private static final class CodeSums {

        private static final long EMPTY = -1;

        private long[] codes = filled(16);
        private long[] whole = new long[16];
        private BigDecimal[] exact = new BigDecimal[16];
        private int size;

        private static long[] filled(int capacity) {
            long[] keys = new long[capacity];
            Arrays.fill(keys, EMPTY);
            return keys;
        }

        /** Adds a value to a code's sum; true when the code is new. */
        boolean add(long code, long wholeValue, @Nullable BigDecimal exactValue) {
            if (size * 2 >= codes.length) {
                grow();
            }
            int slot = slot(code, codes.length);
            boolean added = false;
            while (codes[slot] != code) {
                if (codes[slot] == EMPTY) {
                    codes[slot] = code;
                    size++;
                    added = true;
                    break;
                }
                slot = (slot + 1) & (codes.length - 1);
            }
            if (exactValue != null) {
                exact[slot] = exact[slot] == null ? exactValue : exact[slot].add(exactValue);
            } else {
                try {
                    whole[slot] = Math.addExact(whole[slot], wholeValue);
                } catch (ArithmeticException overflow) {
                    BigDecimal sum = BigDecimal.valueOf(whole[slot]).add(BigDecimal.valueOf(wholeValue));
                    exact[slot] = exact[slot] == null ? sum : exact[slot].add(sum);
                    whole[slot] = 0;
                }
            }
            return added;
        }

        /** The sums by code written with the level's digits ("0901", not 901). */
        Map<String, BigDecimal> byCode(int digits) {
            Map<String, BigDecimal> sums = new HashMap<>(size * 2);
            char[] text = new char[digits];
            for (int slot = 0; slot < codes.length; slot++) {
                if (codes[slot] != EMPTY) {
                    long code = codes[slot];
                    for (int d = digits - 1; d >= 0; d--) {
                        text[d] = (char) ('0' + code % 10);
                        code /= 10;
                    }
                    BigDecimal sum = BigDecimal.valueOf(whole[slot]);
                    sums.put(new String(text), exact[slot] == null ? sum : exact[slot].add(sum));
                }
            }
            return sums;
        }

        private void grow() {
            long[] oldCodes = codes;
            long[] oldWhole = whole;
            BigDecimal[] oldExact = exact;
            codes = filled(oldCodes.length * 2);
            whole = new long[codes.length];
            exact = new BigDecimal[codes.length];
            for (int i = 0; i < oldCodes.length; i++) {
                if (oldCodes[i] != EMPTY) {
                    int slot = slot(oldCodes[i], codes.length);
                    while (codes[slot] != EMPTY) {
                        slot = (slot + 1) & (codes.length - 1);
                    }
                    codes[slot] = oldCodes[i];
                    whole[slot] = oldWhole[i];
                    exact[slot] = oldExact[i];
                }
            }
        }

        private static int slot(long key, int capacity) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & (capacity - 1);
        }
    }
}
