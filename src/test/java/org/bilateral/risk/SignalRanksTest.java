package org.bilateral.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Where each product's signals stand among the others', and the score the two groups of ranks make. */
class SignalRanksTest {

    /** Six signals in the order of {@link SignalKind}, each with a value (null: not computed) and a rank. */
    private static List<Signal> signals(@Nullable Double[] values, double[] ranks) {
        List<Signal> out = new ArrayList<>();
        for (SignalKind k : SignalKind.values()) {
            out.add(new Signal(k, values[k.ordinal()], ranks[k.ordinal()], ""));
        }
        return out;
    }

    private static List<Signal> valued(@Nullable Double diversion) {
        return signals(new Double[] {diversion, 0.0, 0.0, null, 0.0, 0.0}, new double[6]);
    }

    @Test
    void upperBoundCountsTheSortedValuesAtMostTheValue() {
        List<Double> sorted = List.of(0.1, 0.2, 0.2, 0.5);
        assertThat(SignalRanks.upperBound(sorted, 0.2)).as("0.1, 0.2 and 0.2").isEqualTo(3);
        assertThat(SignalRanks.upperBound(sorted, 0.05)).isZero();
        assertThat(SignalRanks.upperBound(sorted, 0.5)).isEqualTo(4);
    }

    @Test
    void theStrongestSignalRanksOneAndAProductShowingNothingZero() {
        List<List<Signal>> ranked = SignalRanks.ranked(List.of(valued(0.3), valued(0.1), valued(0.0), valued(null)));
        int diversion = SignalKind.DIVERSION.ordinal();
        // two products show diversion (0.1 and 0.3): 0.3 is at least both, 2 / 2 = 1; 0.1 at least one, 1 / 2 = 0.5
        assertThat(ranked.get(0).get(diversion).rank()).isEqualTo(1.0);
        assertThat(ranked.get(1).get(diversion).rank()).isEqualTo(0.5);
        assertThat(ranked.get(2).get(diversion).rank()).as("shows nothing").isZero();
        assertThat(ranked.get(3).get(diversion).rank()).as("not computed").isZero();
        assertThat(ranked.get(0).get(diversion).value()).as("the value stays as it was").isEqualTo(0.3);
    }

    @Test
    void theScoreWeighsTheRouteTwoThirdsAndTheChangeOneThird() {
        // route: pass-through 1, mirror gap 0.5, unit values not computed: mean 0.75
        // change: diversion 0.5, surge 0, Freund not computed: mean 0.25
        // 0.75^(2/3) × 0.25^(1/3) = (0.5625 × 0.25)^(1/3) = 0.140625^(1/3) = 0.52002
        List<Signal> s = signals(new Double[] {0.2, 0.9, 0.4, null, 0.0, null}, new double[] {0.5, 1.0, 0.5, 0, 0, 0});
        assertThat(SignalRanks.score(s)).isCloseTo(0.52002, within(1e-5));
    }

    @Test
    void whereOneGroupCannotBeComputedTheOthersMeanStandsAlone() {
        // only the route: (1 + 0.5) / 2 = 0.75
        List<Signal> routeOnly = signals(new Double[] {null, 0.9, 0.4, null, null, null}, new double[] {0, 1.0, 0.5, 0, 0, 0});
        assertThat(SignalRanks.score(routeOnly)).isEqualTo(0.75);
        List<Signal> none = signals(new Double[6], new double[6]);
        assertThat(SignalRanks.score(none)).isZero();
    }
}
