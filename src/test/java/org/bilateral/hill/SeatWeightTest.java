package org.bilateral.hill;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.bilateral.shared.Share;
import org.junit.jupiter.api.Test;

class SeatWeightTest {

    static Seat seat(String committee, String parent, String title) {
        int rank = Legislators.TRADE_COMMITTEES.indexOf(committee) + 1;
        return new Seat(committee, "committee " + committee, parent, parent == null ? null : "committee " + parent, "majority", 1,
                title, rank);
    }

    @Test
    void theChairOrRankingMemberOfACommitteeThatWritesTradeLawWeighsMost() {
        // Finance writes trade law (2), its chairman leads it (× 2): 4
        assertThat(SeatWeight.of(seat("SSFI", null, "Chairman"))).isEqualTo(4).isEqualTo(SeatWeight.MOST);
        assertThat(SeatWeight.of(seat("HSWM", null, "Ranking Member"))).isEqualTo(4);
        // a member of Ways and Means' Trade subcommittee: trade law (2), no title (× 1)
        assertThat(SeatWeight.of(seat("HSWM04", "HSWM", null))).isEqualTo(2);
        // the ranking member of Commerce: another trade-relevant committee (1), leads (× 2)
        assertThat(SeatWeight.of(seat("SSCM", null, "Ranking Member"))).isEqualTo(2);
        // a vice chair of Agriculture does not lead it: 1
        assertThat(SeatWeight.of(seat("SSAF", null, "Vice Chair"))).isEqualTo(1);
        // Armed Services is not trade-relevant, chairman or not: 0
        assertThat(SeatWeight.of(seat("HSAS", null, "Chairman"))).isZero();
    }

    @Test
    void aLegislatorWeighsAsTheirWeightiestSeatTheMoreTradeRelevantOnATie() {
        Seat agriculture = seat("SSAF", null, null);
        Seat financeTrade = seat("SSFI13", "SSFI", null);
        Seat commerceRanking = seat("SSCM", null, "Ranking Member");
        // weights 1, 2, 2: the tie between SSFI13 (rank 2) and SSCM (rank 5) goes to the more trade-relevant
        assertThat(SeatWeight.weightiest(List.of(agriculture, commerceRanking, financeTrade))).isEqualTo(financeTrade);
        assertThat(SeatWeight.weightiest(List.of(seat("HSAS", null, "Chairman")))).isNull();
    }

    @Test
    void theScoreIsTheStatesShareTimesTheWeightToThreeDecimals() {
        // 0.40 × 4 = 1.600
        assertThat(SeatWeight.score(Share.of(new BigDecimal("0.40")), 4)).isEqualByComparingTo("1.600");
        // 0.1234 × 4 = 0.4936, to three decimals 0.494
        assertThat(SeatWeight.score(Share.of(new BigDecimal("0.1234")), 4)).isEqualTo(new BigDecimal("0.494"));
        assertThat(SeatWeight.score(null, 4)).isNull();
    }

    @Test
    void onlyAChairOrARankingMemberLeads() {
        assertThat(List.of("Chairman", "Chair", "Chairwoman", "Cochairman", "Ranking Member")).allMatch(SeatWeight::leads);
        assertThat(List.of("Vice Chair", "Vice Chairman", "Ex Officio", "")).noneMatch(SeatWeight::leads);
        assertThat(SeatWeight.leads(null)).isFalse();
    }
}
