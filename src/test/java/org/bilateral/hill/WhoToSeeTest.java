package org.bilateral.hill;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.shared.Flow;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.Said;
import org.bilateral.shared.Unavailable;
import org.bilateral.shared.UsState;
import org.bilateral.tradestats.StateTrade.StateChange;
import org.junit.jupiter.api.Test;

class WhoToSeeTest {

    /** A product's exports to the partner in a year: Texas 600, Tennessee 300, unplaced (XX) 100, Iowa none: 1,000 in all. */
    private static final List<StateChange> EXPORTS = List.of(
            new StateChange("TX", new BigDecimal("600"), new BigDecimal("500"), 12),
            new StateChange("TN", new BigDecimal("300"), null, 12),
            new StateChange("XX", new BigDecimal("100"), null, 12),
            new StateChange("IA", BigDecimal.ZERO, null, 12));

    private static UsStateInfo info(UsState s) {
        return new UsStateInfo(s, "00", "State " + s.usps());
    }

    private static Legislator senator(String id, String first, String last, String state) {
        return new Legislator(new BioguideId(id), first + " " + last, first, last, null, Chamber.SENATE, UsState.of(state), null,
                "Republican", null, LocalDate.of(2025, 1, 3), LocalDate.of(2031, 1, 3), LocalDate.of(2021, 1, 3), null);
    }

    private static StatePortrait.Member member(Legislator l, Seat... seats) {
        return new StatePortrait.Member(l, List.of(seats));
    }

    private static Map<UsState, List<StatePortrait.Member>> delegations() {
        Map<UsState, List<StatePortrait.Member>> d = new LinkedHashMap<>();
        d.put(UsState.of("TX"), List.of(
                member(senator("C001056", "John", "Cornyn", "TX"), SeatWeightTest.seat("SSFI", null, null)),
                member(senator("C001098", "Ted", "Cruz", "TX"), SeatWeightTest.seat("SSCM", null, "Chairman")),
                member(senator("X000001", "Armed", "Only", "TX"))));
        d.put(UsState.of("TN"), List.of(
                member(senator("B001243", "Marsha", "Blackburn", "TN"), SeatWeightTest.seat("SSFI", null, null),
                        SeatWeightTest.seat("SSCM", null, null)),
                member(senator("H000601", "Bill", "Hagerty", "TN"), SeatWeightTest.seat("SSFR", null, null))));
        return d;
    }

    @Test
    void eachStatesShareIsOfTheWholeTradeUnplacedIncludedAndOnlyStatesAreListed() {
        List<WhoToSee.StateShare> shares = WhoToSee.shares(EXPORTS, null, WhoToSeeTest::info);
        // 600 ÷ 1,000 = 0.6; 300 ÷ 1,000 = 0.3; XX is no state and Iowa sold none of it
        assertThat(shares).extracting(s -> s.state().state().usps() + " " + s.share().fraction().stripTrailingZeros().toPlainString())
                .containsExactly("TX 0.6", "TN 0.3");
    }

    @Test
    void theProducingStateComesFirstWhereverItStandsAndWithNoShareWhenItSoldNone() {
        assertThat(WhoToSee.shares(EXPORTS, UsState.of("TN"), WhoToSeeTest::info)).extracting(s -> s.state().state().usps() + " " + s.producing())
                .containsExactly("TN true", "TX false");
        WhoToSee.StateShare washington = WhoToSee.shares(EXPORTS, UsState.of("WA"), WhoToSeeTest::info).get(0);
        assertThat(washington.state().state().usps()).isEqualTo("WA");
        assertThat(washington.share()).isNull();
        assertThat(washington.valueUsd()).isZero();
    }

    @Test
    void membersAreRankedByTheirStatesShareTimesTheirWeightiestSeat() {
        List<WhoToSee.Candidate> ranked = WhoToSee.rank(WhoToSee.shares(EXPORTS, null, WhoToSeeTest::info), delegations());
        // Cornyn: 0.6 × 2 (Finance) = 1.200; Cruz: 0.6 × 2 (Commerce 1, chairman × 2) = 1.200, the tie by name;
        // Blackburn: 0.3 × 2 (Finance) = 0.600; Hagerty: 0.3 × 1 (Foreign Relations) = 0.300; the member on no
        // trade-relevant committee is not listed
        assertThat(ranked).extracting(c -> c.legislator().lastName() + " " + c.weight() + " " + c.score().toPlainString())
                .containsExactly("Cornyn 2 1.200", "Cruz 2 1.200", "Blackburn 2 0.600", "Hagerty 1 0.300");
        assertThat(ranked.get(2).seat().committeeId()).isEqualTo("SSFI");
    }

    @Test
    void theProducingStatesMembersComeFirst() {
        List<WhoToSee.Candidate> ranked = WhoToSee.rank(WhoToSee.shares(EXPORTS, UsState.of("TN"), WhoToSeeTest::info), delegations());
        assertThat(ranked).extracting(c -> c.legislator().lastName() + " " + c.producing())
                .containsExactly("Blackburn true", "Hagerty true", "Cornyn false", "Cruz false");
    }

    @Test
    void anAsksTopicIsSaidAsAFlowAndItsProducts() {
        List<HsCode> ordered = List.of(HsCode.of("030462"), HsCode.of("7304"));
        WhoToSee.Goods marketEconomy = WhoToSee.goodsOf(PolicyTopic.MARKET_ECONOMY_STATUS, () -> ordered, List::of);
        assertThat(marketEconomy.flow()).isEqualTo(Flow.IMPORT);
        assertThat(marketEconomy.products()).isEqualTo(ordered);
        assertThat(marketEconomy.reason()).isEqualTo(Said.of("hill.who.reason.MARKET_ECONOMY_STATUS"));
        WhoToSee.Goods controls = WhoToSee.goodsOf(PolicyTopic.EXPORT_CONTROLS, List::of, () -> List.of(HsCode.of("854231")));
        assertThat(controls.flow()).isEqualTo(Flow.EXPORT);
        assertThat(controls.products()).extracting(HsCode::digits).containsExactly("854231");
        WhoToSee.Goods tariffs = WhoToSee.goodsOf(PolicyTopic.TARIFFS, List::of, List::of);
        assertThat(tariffs.flow()).isEqualTo(Flow.IMPORT);
        assertThat(tariffs.everyProduct()).isTrue();
        WhoToSee.Goods access = WhoToSee.goodsOf(PolicyTopic.MARKET_ACCESS, List::of, List::of);
        assertThat(access.flow()).isEqualTo(Flow.EXPORT);
        assertThat(access.everyProduct()).isTrue();
    }

    @Test
    void anAskWhoseGoodsCannotBeListedHasNothingToRankAndSaysWhy() {
        WhoToSee.Goods none = WhoToSee.goodsOf(PolicyTopic.MARKET_ECONOMY_STATUS, List::of, List::of);
        assertThat(none.nothing()).isTrue();
        assertThat(none.reason().key()).isEqualTo("hill.who.reason.noCodes");
        WhoToSee.Goods unavailable = WhoToSee.goodsOf(PolicyTopic.MARKET_ECONOMY_STATUS, () -> {
            throw new Unavailable(Said.of("refusal.policy.noOrders"));
        }, List::of);
        assertThat(unavailable.nothing()).isTrue();
        assertThat(unavailable.reason().key()).isEqualTo("hill.who.reason.unavailable");
    }
}
