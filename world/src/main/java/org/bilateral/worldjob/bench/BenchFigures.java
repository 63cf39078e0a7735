package org.bilateral.worldjob.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The bench's arithmetic over measured seconds: the median of the runs, and the ratios it reports. */
final class BenchFigures {

    private BenchFigures() {
    }

    /** The median of the runs (of an even count, the mean of the middle two). */
    static double median(List<Double> seconds) {
        if (seconds.isEmpty()) {
            throw new IllegalArgumentException("no runs to take the median of");
        }
        List<Double> sorted = new ArrayList<>(seconds);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** How many times faster the second master ran than the first: the first's median over the second's. */
    static double speedUp(double firstSeconds, double secondSeconds) {
        if (secondSeconds <= 0) {
            throw new IllegalArgumentException("a run cannot take " + secondSeconds + " s");
        }
        return firstSeconds / secondSeconds;
    }

    /**
     * How the time grew against the rows, from a smaller world to a bigger one: the times' ratio, and the elasticity
     * log(time ratio) / log(rows ratio) (1 = in proportion to the rows, below 1 = less than in proportion).
     */
    record Growth(double rowsRatio, double timeRatio, double elasticity) {
    }

    static Growth growth(long smallerRows, double smallerSeconds, long biggerRows, double biggerSeconds) {
        if (smallerRows <= 0 || biggerRows <= smallerRows || smallerSeconds <= 0 || biggerSeconds <= 0) {
            throw new IllegalArgumentException("growth needs a bigger world after a smaller one, each with a time");
        }
        double rows = (double) biggerRows / smallerRows;
        double time = biggerSeconds / smallerSeconds;
        return new Growth(rows, time, Math.log(time) / Math.log(rows));
    }
}
