package org.bilateral.worldjob.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchFiguresTest {

    @Test
    void theMedianOfAnOddCountIsTheMiddleRunInOrderOfTime() {
        // sorted: 9.0, 10.5, 31.0 → the middle is 10.5 (the slow first run does not pull it up)
        assertThat(BenchFigures.median(List.of(31.0, 9.0, 10.5))).isEqualTo(10.5);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        // sorted: 4.0, 6.0, 7.0, 20.0 → (6.0 + 7.0) / 2 = 6.5
        assertThat(BenchFigures.median(List.of(20.0, 6.0, 4.0, 7.0))).isEqualTo(6.5);
        assertThat(BenchFigures.median(List.of(3.25))).isEqualTo(3.25);
        assertThatThrownBy(() -> BenchFigures.median(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSpeedUpIsTheFirstMastersTimeOverTheSeconds() {
        // local[1] 30 s, local[2] 20 s → 30 / 20 = 1.5 times as fast
        assertThat(BenchFigures.speedUp(30.0, 20.0)).isEqualTo(1.5);
        // slower on two cores (a shared machine): 4.3 / 5.5 = 0.7818…
        assertThat(BenchFigures.speedUp(4.3, 5.5)).isCloseTo(0.7818, within(1e-4));
        assertThatThrownBy(() -> BenchFigures.speedUp(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theGrowthIsTheTimesRatioAndItsElasticityToTheRows() {
        // 10 M → 100 M rows (×10), 12 s → 60 s (×5): elasticity log 5 / log 10 = 0.69897
        BenchFigures.Growth g = BenchFigures.growth(10_000_000, 12.0, 100_000_000, 60.0);
        assertThat(g.rowsRatio()).isEqualTo(10.0);
        assertThat(g.timeRatio()).isEqualTo(5.0);
        assertThat(g.elasticity()).isCloseTo(0.69897, within(1e-5));
        // in proportion: 2 M → 8 M rows (×4), 3 s → 12 s (×4): log 4 / log 4 = 1
        assertThat(BenchFigures.growth(2_000_000, 3.0, 8_000_000, 12.0).elasticity()).isCloseTo(1.0, within(1e-12));
        assertThatThrownBy(() -> BenchFigures.growth(100, 1, 100, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
