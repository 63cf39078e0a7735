package org.bilateral.tradestats.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    @Test
    void aYearIsScaledToWholeDollarsAndTheRoundingGoesToTheLargestMonth() {
        Map<String, double[]> raw = new LinkedHashMap<>();
        raw.put("a", filled(1));
        raw.put("b", filled(3));
        Map<String, long[]> result = new LinkedHashMap<>();
        result.put("a", new long[12]);
        result.put("b", new long[12]);

        Calibration.calibrate(raw, result, 0, 100);

        // weights 12 × 1 + 12 × 3 = 48; a month of a: 1/48 × 100 = 2.08 → 2; of b: 3/48 × 100 = 6.25 → 6;
        // 12 × 2 + 12 × 6 = 96, so the 4 left over go to b's January, the first largest month: 6 + 4 = 10
        assertThat(result.get("a")).containsOnly(2L);
        assertThat(result.get("b")[0]).isEqualTo(10L);
        assertThat(Arrays.stream(result.get("b")).skip(1)).containsOnly(6L);
        assertThat(Arrays.stream(result.get("a")).sum() + Arrays.stream(result.get("b")).sum()).isEqualTo(100L);
    }

    @Test
    void aPublishedSpanIsMetExactlyAndTheMonthsAfterItFollowTheSameFactor() {
        Map<String, long[]> series = new LinkedHashMap<>();
        series.put("a", new long[] {10, 10, 10});
        series.put("b", new long[] {20, 20, 20});

        Calibration.calibrateSpan(series, 0, 1, 101);

        // months 0–1 sum 10 + 10 + 20 + 20 = 60; factor 101/60 = 1.68333; a: 16.83 → 17, b: 33.67 → 34, month 2 too;
        // 17 + 17 + 34 + 34 = 102, one too many, taken from b's month 0, the first largest: 34 − 1 = 33
        assertThat(series.get("a")).containsExactly(17, 17, 17);
        assertThat(series.get("b")).containsExactly(33, 34, 34);
    }

    private static double[] filled(double value) {
        double[] v = new double[12];
        Arrays.fill(v, value);
        return v;
    }
}
