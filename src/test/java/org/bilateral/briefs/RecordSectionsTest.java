package org.bilateral.briefs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.bilateral.commitments.DealStage;
import org.bilateral.commitments.targets.Projections;
import org.bilateral.commitments.targets.PurchaseTargets;
import org.bilateral.engagements.Engagements;
import org.bilateral.policy.AskStatus;
import org.bilateral.policy.Asks;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.NotFound;
import org.bilateral.tradestats.ProductFlows;
import org.bilateral.tradestats.MirrorComparisons;
import org.bilateral.tradestats.StatisticsSources;
import org.bilateral.tradestats.TopProducts;
import org.bilateral.tradestats.TradeBalances;
import org.junit.jupiter.api.Test;

/**
 * The record a brief reads once, and the balance and commitments sections on the statistics' and the register's answers
 * given by hand.
 */
class RecordSectionsTest {

    static final CountryCode VN = CountryCode.of("VN");
    static final CountryCode US = CountryCode.of("US");
    static final BriefRequest REQUEST = BriefSamples.request(BriefLanguage.EN);

    @Test
    void theRecordHoldsThePairsAsksEitherWayRoundAndFetchesTheTimelineOnceAndOnlyWhenAsked() {
        Asks.Ask ours = new Asks.Ask(1, US, VN, PolicyTopic.TRADE_FRAUD, "Stop transshipment", AskStatus.RAISED, List.of());
        Asks.Ask theirs = new Asks.Ask(2, CountryCode.of("ID"), US, PolicyTopic.TRADE_FRAUD, "Other talks", AskStatus.RAISED, List.of());
        AtomicInteger fetched = new AtomicInteger();
        PairRecord record = new PairRecord(7, List.of(), List.of(ours, theirs), Pair.of(VN, US), () -> {
            fetched.incrementAndGet();
            return List.<Engagements.Engagement>of();
        });
        assertThat(record.pairAsks()).containsExactly(ours);
        assertThat(record.allAsks()).hasSize(2);
        assertThat(record.allDeals()).isEqualTo(7);
        assertThat(fetched).hasValue(0);
        record.timeline();
        record.timeline();
        assertThat(fetched).hasValue(1);
    }

    @Test
    void withoutAWholeYearOnEitherSideTheBalanceSaysThereAreNoStatistics() {
        TradeBalances balances = mock(TradeBalances.class);
        when(balances.latestFullYear(any(), any())).thenReturn(Optional.empty());
        BriefSources sources = new BriefSources();
        Brief.Balance b = new BalanceSection(balances, mock(MirrorComparisons.class), mock(TopProducts.class), mock(ProductFlows.class)).of(REQUEST, sources);
        assertThat(b.missing()).isEqualTo("brief.balance.none");
        assertThat(b.sides()).isEmpty();
        assertThat(sources.numbered()).isEmpty();
        verify(balances, never()).balance(any());
    }

    @Test
    void theDataAreAsOfTheLatestMonthEitherSideHoldsInEitherFlow() {
        ProductFlows flows = mock(ProductFlows.class);
        when(flows.latestMonth(any(), any(), any())).thenReturn(Optional.empty());
        when(flows.latestMonth(US, VN, Flow.IMPORT)).thenReturn(Optional.of(YearMonth.of(2025, 3)));
        when(flows.latestMonth(VN, US, Flow.EXPORT)).thenReturn(Optional.of(YearMonth.of(2024, 12)));
        BalanceSection section = new BalanceSection(mock(TradeBalances.class), mock(MirrorComparisons.class), mock(TopProducts.class), flows);
        assertThat(section.latestMonth(VN, US)).isEqualTo(YearMonth.of(2025, 3));
        when(flows.latestMonth(US, VN, Flow.IMPORT)).thenReturn(Optional.empty());
        when(flows.latestMonth(VN, US, Flow.EXPORT)).thenReturn(Optional.empty());
        assertThat(section.latestMonth(VN, US)).isNull();
    }

    @Test
    void withoutDealsOrTargetsTheCommitmentsSayThereAreNoneAndCiteNoRegister() {
        PurchaseTargets targets = mock(PurchaseTargets.class);
        when(targets.targets()).thenReturn(List.of());
        BriefSources sources = new BriefSources();
        Brief.Commitments c = new CommitmentsSection(targets, mock(Projections.class), mock(StatisticsSources.class)).of(REQUEST, List.of(), sources);
        assertThat(c.missing()).isEqualTo("brief.commitments.none");
        assertThat(sources.numbered()).isEmpty();
    }

    @Test
    void theCommitmentsCiteTheRegisterAddUpTheDealsAndHaveNoProjectionWithoutStatistics() {
        PurchaseTargets targets = mock(PurchaseTargets.class);
        when(targets.targets()).thenReturn(List.of());
        Projections projections = mock(Projections.class);
        when(projections.project(any(), any(), any())).thenThrow(new NotFound(NotFound.Thing.BRIEF, 1));
        List<DealOfPair> deals = List.of(
                new DealOfPair(1, "D1", "Vietnam Airlines", "Boeing", "aircraft", DealStage.MOU, true, new BigDecimal("12000"), null,
                        List.of(new DealOfPair.Moved(DealStage.MOU, java.time.LocalDate.of(2025, 5, 2)))),
                new DealOfPair(2, "D2", "PV Gas", "AGP", "LNG", DealStage.CONTRACT, true, new BigDecimal("300"), new BigDecimal("380"), List.of()));
        BriefSources sources = new BriefSources();
        Brief.Commitments c = new CommitmentsSection(targets, projections, mock(StatisticsSources.class)).of(REQUEST, deals, sources);
        // counted: 2; low 12,000 + 300 = 12,300; high 0 (none reported for the aircraft) + 380 = 380
        assertThat(c.counted()).isEqualTo(2);
        assertThat(c.lowUsd()).isEqualByComparingTo("12300");
        assertThat(c.highUsd()).isEqualByComparingTo("380");
        assertThat(c.moved()).extracting(Brief.DealLine::id).containsExactly(1L);
        assertThat(c.projection()).isNull();
        assertThat(c.source()).isEqualTo(1);
        assertThat(sources.numbered()).extracting(Brief.Source::detail).containsExactly("2 deals of VN and US");
    }
}
