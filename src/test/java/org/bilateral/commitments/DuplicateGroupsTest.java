package org.bilateral.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which deal the totals count for a group of possible duplicates. */
class DuplicateGroupsTest {

    @Test
    void aChainOfProposalsIsOneGroupCountedAsItsLargestDeal() {
        // 1–2 and 2–3 proposed: one group {1, 2, 3}; high ends 500, 900, 700: deal 2 (900) is counted for 1 and 3.
        Map<Long, Long> counted = DuplicateGroups.countedWith(
                List.of(new DuplicateGroups.Pair(1, 2), new DuplicateGroups.Pair(2, 3)),
                Map.of(1L, new BigDecimal("500"), 2L, new BigDecimal("900"), 3L, new BigDecimal("700")));

        assertThat(counted).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 2L, 3L, 2L));
    }

    @Test
    void twoDealsWorthTheSameAreCountedAsTheLowerNumber() {
        // 4 and 7 both worth 100: the lower number, 4, stands for 7.
        assertThat(DuplicateGroups.countedWith(List.of(new DuplicateGroups.Pair(7, 4)),
                Map.of(4L, new BigDecimal("100"), 7L, new BigDecimal("100.00")))).isEqualTo(Map.of(7L, 4L));
    }

    @Test
    void separateProposalsMakeSeparateGroupsAndADealNoLongerOnRecordIsInNone() {
        // {1, 2}: 2 is worth more (300 > 200); {5, 6}: 6 is gone, so 5 stands alone and nothing is counted for it.
        Map<Long, Long> counted = DuplicateGroups.countedWith(
                List.of(new DuplicateGroups.Pair(1, 2), new DuplicateGroups.Pair(5, 6)),
                Map.of(1L, new BigDecimal("200"), 2L, new BigDecimal("300"), 5L, new BigDecimal("50")));

        assertThat(counted).isEqualTo(Map.of(1L, 2L));
    }
}
