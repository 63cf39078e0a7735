package org.bilateral.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.commitments.DealBuilder.deal;

import org.junit.jupiter.api.Test;

/** A deal's schedule against its value, with figures added by hand. */
class DealTest {

    @Test
    void aScheduleAddingUpToMoreThanTheDealIsWorthIsFlaggedWithBothFigures() {
        var d = deal(1).worth(1000).delivering("2026-Q1", 600L).delivering("2026-Q2", 500L).build();

        // 600 + 500 = 1,100 scheduled against a deal of 1,000.
        Deal.ScheduleMismatch m = d.scheduleMismatch().orElseThrow();
        assertThat(m.scheduledUsd()).isEqualByComparingTo("1100");
        assertThat(m.valueLowUsd()).isEqualByComparingTo("1000");
        assertThat(m.more()).isTrue();
    }

    @Test
    void aScheduleAddingUpToLessThanTheDealIsWorthIsFlaggedToo() {
        var d = deal(2).worth(1000).delivering("2026-Q1", 600L).delivering("2026-Q2", 300L).build();

        // 600 + 300 = 900, 100 short of 1,000.
        Deal.ScheduleMismatch m = d.scheduleMismatch().orElseThrow();
        assertThat(m.scheduledUsd()).isEqualByComparingTo("900");
        assertThat(m.more()).isFalse();
    }

    @Test
    void aScheduleThatAddsUpToTheValueOrFallsWithinItsRangeIsNotFlagged() {
        // 600 + 400 = 1,000 exactly; and 1,000 within a reported range of 900 to 1,100.
        assertThat(deal(3).worth(1000).delivering("2026-Q1", 600L).delivering("2026-Q2", 400L).build().scheduleMismatch()).isEmpty();
        assertThat(deal(4).worthBetween(900, 1100).delivering("2026", 1000L).build().scheduleMismatch()).isEmpty();
        // 1,150 is above the range's high end of 1,100.
        assertThat(deal(5).worthBetween(900, 1100).delivering("2026", 1150L).build().scheduleMismatch()).isPresent();
    }

    @Test
    void aScheduleWithDeliveriesOfNoValueIsFlaggedOnlyWhenWhatIsValuedIsAlreadyTooMuch() {
        // 600 valued and one delivery of a quantity only: the rest may be the missing 400, so nothing is said.
        assertThat(deal(6).worth(1000).delivering("2026-Q1", 600L).delivering("2026-Q2", null).build().scheduleMismatch()).isEmpty();
        // 1,200 valued already passes 1,000, whatever the unvalued delivery is worth.
        var over = deal(7).worth(1000).delivering("2026-Q1", 1200L).delivering("2026-Q2", null).build().scheduleMismatch().orElseThrow();
        assertThat(over.unvalued()).isEqualTo(1);
        assertThat(over.more()).isTrue();
    }

    @Test
    void aDealWithoutValueHasNoScheduleToCompare() {
        assertThat(deal(8).delivering("2026", 1000L).build().scheduleMismatch()).isEmpty();
    }
}
