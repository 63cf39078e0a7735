package org.bilateral.tradestats.importing;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to int values, so that checking millions of records for
 * duplicates costs a few bytes each instead of an object each.
 */
final class LongIntMap {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap() {
        // Small to start: a file can hold thousands of slices of a few lines each, and one map serves each slice.
        keys = new long[16];
        values = new int[16];
        Arrays.fill(keys, EMPTY);
    }

    /** Stores the value unless the key is present; returns the earlier value, or -1 when the key was new. */
    int putIfAbsent(long key, int value) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int slot = slot(key, keys.length);
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                return values[slot];
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        keys[slot] = key;
        values[slot] = value;
        size++;
        return -1;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i], keys.length);
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & (keys.length - 1);
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static int slot(long key, int capacity) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & (capacity - 1);
    }
}
