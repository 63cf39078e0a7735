package org.bilateral.commitments;

import org.bilateral.shared.DealId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.commitments.DealBuilder.deal;

import java.util.List;
import org.bilateral.shared.Money;
import org.junit.jupiter.api.Test;

/** What a list of deals adds up to, each deal once, with the sums worked out by hand. */
class DealTotalsTest {

    @Test
    void countedDealsAddUpByStageAndInAllRangesByTheirEnds() {
        DealTotals t = DealTotals.of(List.of(
                deal(1).worth(1000).stage(DealStage.CONTRACT).build(),
                deal(2).worthBetween(900, 1100).stage(DealStage.CONTRACT).build(),
                deal(3).worth(500).stage(DealStage.MOU).build()));

        // low: 1,000 + 900 + 500 = 2,400; high: 1,000 + 1,100 + 500 = 2,600.
        assertThat(t.counted()).isEqualTo(3);
        assertThat(t.lowUsd()).isEqualTo(Money.usd(2400));
        assertThat(t.highUsd()).isEqualTo(Money.usd(2600));
        // contract: 1,000 + 900 = 1,900 to 1,000 + 1,100 = 2,100, two deals; MOU: 500, one deal.
        assertThat(t.at(DealStage.CONTRACT)).isEqualTo(new DealTotals.Amount(2, 0, Money.usd(1900), Money.usd(2100)));
        assertThat(t.at(DealStage.MOU)).isEqualTo(new DealTotals.Amount(1, 0, Money.usd(500), Money.usd(500)));
        assertThat(t.byStage().keySet()).containsExactly(DealStage.MOU, DealStage.CONTRACT);
    }

    @Test
    void aggregatesEndedDealsAndPossibleDuplicatesAreListedBesideTheTotals() {
        DealTotals t = DealTotals.of(List.of(
                deal(1).worth(1000).build(),
                deal(2).worth(7000).aggregate().build(),
                deal(3).worth(300).stage(DealStage.CANCELLED).build(),
                deal(4).worth(900).countedWith(1).build()));

        // only deal 1 is counted: 1,000; 7,000 + 300 + 900 are listed, not added.
        assertThat(t.counted()).isEqualTo(1);
        assertThat(t.lowUsd()).isEqualTo(Money.usd(1000));
        assertThat(t.notCounted()).extracting(Deal::id).containsExactly(new DealId(2), new DealId(3), new DealId(4));
    }

    @Test
    void aDealWithoutValueIsCountedButAddsNothingAndAStageOfUnvaluedDealsHasNoSum() {
        DealTotals t = DealTotals.of(List.of(deal(1).worth(1000).build(), deal(2).stage(DealStage.MOU).build()));

        // two deals counted, one without value: the sums are deal 1's 1,000 alone.
        assertThat(t.counted()).isEqualTo(2);
        assertThat(t.unvalued()).isEqualTo(1);
        assertThat(t.highUsd()).isEqualTo(Money.usd(1000));
        assertThat(t.at(DealStage.MOU).valued()).isFalse();
        assertThat(t.at(DealStage.CONTRACT).valued()).isTrue();
        assertThat(t.at(DealStage.DELIVERED)).isEqualTo(new DealTotals.Amount(0, 0, Money.ZERO, Money.ZERO));
    }
}
