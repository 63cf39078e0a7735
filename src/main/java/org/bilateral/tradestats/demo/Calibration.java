package org.bilateral.tradestats.demo;

import java.util.Map;
import java.util.Objects;

/**
 * Scales the demonstration's random series to whole dollars that add up exactly to a published figure: the rounding
 * left over goes to the largest month, so that no total is a dollar off what it is calibrated to.
 */
final class Calibration {

    private Calibration() {
    }

    /** Scales one year of raw weights to whole dollars summing exactly to the target. */
    static void calibrate(Map<String, double[]> raw, Map<String, long[]> result, int firstMonth, long target) {
        double sum = 0;
        for (double[] v : raw.values()) {
            for (int m = firstMonth; m < firstMonth + 12; m++) {
                sum += v[m];
            }
        }
        long assigned = 0;
        String largestCode = null;
        int largestMonth = 0;
        long largest = -1;
        for (Map.Entry<String, double[]> e : raw.entrySet()) {
            long[] out = Objects.requireNonNull(result.get(e.getKey()));
            for (int m = firstMonth; m < firstMonth + 12; m++) {
                out[m] = Math.round(e.getValue()[m] / sum * target);
                assigned += out[m];
                if (out[m] > largest) {
                    largest = out[m];
                    largestCode = e.getKey();
                    largestMonth = m;
                }
            }
        }
        Objects.requireNonNull(result.get(largestCode))[largestMonth] += target - assigned;
    }

    /**
     * Scales the months {@code first} to {@code last} of a series to whole dollars summing exactly to a published figure,
     * and the months after them by the same factor, so the record goes on from the figure rather than back to where it was.
     */
    static void calibrateSpan(Map<String, long[]> series, int first, int last, long target) {
        long sum = 0;
        for (long[] v : series.values()) {
            for (int m = first; m <= last; m++) {
                sum += v[m];
            }
        }
        double factor = (double) target / sum;
        long assigned = 0;
        long[] largestSeries = null;
        int largestMonth = 0;
        for (long[] v : series.values()) {
            for (int m = first; m < v.length; m++) {
                v[m] = Math.round(v[m] * factor);
                if (m <= last) {
                    assigned += v[m];
                    if (largestSeries == null || v[m] > largestSeries[largestMonth]) {
                        largestSeries = v;
                        largestMonth = m;
                    }
                }
            }
        }
        if (largestSeries != null) {
            largestSeries[largestMonth] += target - assigned;
        }
    }
}
