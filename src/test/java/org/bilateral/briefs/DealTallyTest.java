package org.bilateral.briefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.commitments.DealStage;
import org.junit.jupiter.api.Test;

/** The pair's deals added up by stage, and those that moved between two days, on deals written by hand. */
class DealTallyTest {

    static DealOfPair deal(long id, DealStage stage, boolean counted, String low, String high, DealOfPair.Moved... moved) {
        return new DealOfPair(id, "D" + id, "Vietnam Airlines", "Boeing", "aircraft", stage, counted,
                low == null ? null : new BigDecimal(low), high == null ? null : new BigDecimal(high), List.of(moved));
    }

    static DealOfPair.Moved on(DealStage stage, String day) {
        return new DealOfPair.Moved(stage, day == null ? null : LocalDate.parse(day));
    }

    @Test
    void countedDealsAddUpByStageAndADealWithoutAValueAddsNothing() {
        List<DealOfPair> deals = List.of(
                deal(1, DealStage.MOU, true, "300", "380"),
                deal(2, DealStage.MOU, true, "45.5", "45.5"),
                deal(3, DealStage.MOU, true, null, null),
                deal(4, DealStage.CONTRACT, true, "1000", "1200"),
                deal(5, DealStage.CONTRACT, false, "999", "999"));
        DealTally.Stages s = DealTally.byStage(deals);
        // MOU: 3 deals, low 300 + 45.5 + 0 = 345.5, high 380 + 45.5 + 0 = 425.5
        // contract: deal 4 alone (deal 5 is not counted): 1,000 – 1,200
        assertThat(s.stages()).extracting(Brief.Stage::stage, Brief.Stage::deals).containsExactly(
                org.assertj.core.groups.Tuple.tuple("MOU", 3), org.assertj.core.groups.Tuple.tuple("CONTRACT", 1));
        assertThat(s.stages().get(0).lowUsd()).isEqualByComparingTo("345.5");
        assertThat(s.stages().get(0).highUsd()).isEqualByComparingTo("425.5");
        // in all 4 counted; low 345.5 + 1,000 = 1,345.5; high 425.5 + 1,200 = 1,625.5
        assertThat(s.counted()).isEqualTo(4);
        assertThat(s.lowUsd()).isEqualByComparingTo("1345.5");
        assertThat(s.highUsd()).isEqualByComparingTo("1625.5");
    }

    @Test
    void noDealsAddUpToNothing() {
        DealTally.Stages s = DealTally.byStage(List.of());
        assertThat(s.stages()).isEmpty();
        assertThat(s.counted()).isZero();
        assertThat(s.lowUsd()).isEqualByComparingTo("0");
    }

    @Test
    void aDealMovedWhenItReachedAStageWithinTheDaysBothIncludedAtItsLatestNewestFirst() {
        LocalDate since = LocalDate.of(2025, 1, 1);
        LocalDate until = LocalDate.of(2025, 6, 1);
        List<DealOfPair> deals = List.of(
                // an MOU before the window, then a contract on its first day: moved, to contract
                deal(1, DealStage.CONTRACT, true, "10", "10", on(DealStage.MOU, "2024-11-02"), on(DealStage.CONTRACT, "2025-01-01")),
                // an MOU on the window's last day: moved
                deal(2, DealStage.MOU, true, "5", "5", on(DealStage.MOU, "2025-06-01")),
                // after the window: not moved
                deal(3, DealStage.MOU, true, "5", "5", on(DealStage.MOU, "2025-06-02")),
                // no day reported: not moved
                deal(4, DealStage.MOU, true, "5", "5", on(DealStage.MOU, null)),
                // two stages within: the later, delivery on 3 March
                deal(5, DealStage.IN_DELIVERY, true, "7", "8", on(DealStage.CONTRACT, "2025-02-01"), on(DealStage.IN_DELIVERY, "2025-03-03")));
        List<Brief.DealLine> moved = DealTally.moved(deals, since, until);
        assertThat(moved).extracting(Brief.DealLine::id, Brief.DealLine::stage, Brief.DealLine::happened).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "MOU", LocalDate.of(2025, 6, 1)),
                org.assertj.core.groups.Tuple.tuple(5L, "IN_DELIVERY", LocalDate.of(2025, 3, 3)),
                org.assertj.core.groups.Tuple.tuple(1L, "CONTRACT", LocalDate.of(2025, 1, 1)));
        assertThat(moved.get(1).lowUsd()).isEqualByComparingTo("7");
        assertThat(moved.get(1).highUsd()).isEqualByComparingTo("8");
    }

    @Test
    void ofTwoStagesOnTheSameDayTheFirstRecordedIsTheOneSaid() {
        DealOfPair d = deal(1, DealStage.CONTRACT, true, "1", "1", on(DealStage.MOU, "2025-03-01"), on(DealStage.CONTRACT, "2025-03-01"));
        assertThat(DealTally.moved(List.of(d), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1)))
                .extracting(Brief.DealLine::stage).containsExactly("MOU");
    }
}
