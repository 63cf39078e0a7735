package org.bilateral.briefs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.bilateral.engagements.Directory;
import org.bilateral.engagements.MergeProposals;
import org.bilateral.engagements.MergeStatus;
import org.bilateral.engagements.MergeSubject;
import org.bilateral.policy.AskStatus;
import org.bilateral.policy.Asks;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.policy.Stakes;
import org.bilateral.policy.TransshipmentPremium;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.risk.TransshipmentScreen;
import org.bilateral.risk.Triangle;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/**
 * The sections that ask another capability, each given that capability's answers by hand: the risks, the asks and their
 * stakes, and the merges of the pair's records.
 */
class SectionsWithMocksTest {

    static final CountryCode VN = CountryCode.of("VN");
    static final CountryCode US = CountryCode.of("US");
    static final BriefRequest REQUEST = BriefSamples.request(BriefLanguage.EN);

    @Test
    void aPairWithChinaHasNoHubToScreenAndAPairWithoutStatisticsSaysSo() {
        TransshipmentScreen screens = mock(TransshipmentScreen.class);
        RisksSection risks = new RisksSection(screens, mock(org.bilateral.world.WorldRuns.class));
        BriefRequest china = new BriefRequest(CountryCode.of("CN"), US, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 1, 1), null, null);
        assertThat(risks.of(china, new BriefSources()).missing()).isEqualTo("brief.risks.china");
        verify(screens, never()).latestYear(any());
        when(screens.latestYear(new Triangle(CountryCode.of("CN"), VN, US))).thenReturn(Optional.empty());
        Brief.Risks none = risks.of(REQUEST, new BriefSources());
        assertThat(none.missing()).isEqualTo("brief.risks.none");
        assertThat(none.triangle()).isEqualTo(new Triangle(CountryCode.of("CN"), VN, US).toString());
    }

    @Test
    void aScreenRefusedNamesWhatItLacks() {
        TransshipmentScreen screens = mock(TransshipmentScreen.class);
        when(screens.latestYear(any())).thenReturn(Optional.of(2024));
        when(screens.screen(any())).thenThrow(new InvalidInput("screen", "no statistics of VN's imports from CN"));
        Brief.Risks r = new RisksSection(screens, mock(org.bilateral.world.WorldRuns.class)).of(REQUEST, new BriefSources());
        assertThat(r.missing()).isEqualTo("brief.risks.none");
        assertThat(r.missingFlows()).singleElement().asString().contains("no statistics of VN's imports from CN");
    }

    /** Issue 35: the world screen's line joins the risks where a run of China to the partner screened the pair's hub. */
    @Test
    void theWorldScreensLineJoinsTheRisksWhereARunOfTheRouteIsHeld() {
        TransshipmentScreen screens = mock(TransshipmentScreen.class);
        when(screens.latestYear(any())).thenReturn(Optional.empty());
        org.bilateral.world.WorldRuns world = mock(org.bilateral.world.WorldRuns.class);
        org.bilateral.world.Standing standing = org.bilateral.briefs.render.WorldInTheBriefTestAccess.standing();
        when(world.latestStanding(CountryCode.of("CN"), VN, US)).thenReturn(Optional.of(standing));
        BriefSources sources = new BriefSources();
        Brief.Risks r = new RisksSection(screens, world).of(REQUEST, sources);
        assertThat(r.missing()).as("no statistics for the PostgreSQL screen").isEqualTo("brief.risks.none");
        assertThat(r.world()).isSameAs(standing);
        BriefRequest china = new BriefRequest(CountryCode.of("CN"), US, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 1, 1), null, null);
        assertThat(new RisksSection(screens, world).of(china, new BriefSources()).world()).isNull();
        when(world.latestStanding(any(), any(), any())).thenReturn(Optional.empty());
        assertThat(new RisksSection(screens, world).of(REQUEST, new BriefSources()).world()).isNull();
    }

    private static AsksSection asks(Stakes stakes, TransshipmentPremium premiums) {
        CountryDirectory countries = mock(CountryDirectory.class);
        when(countries.byCode(any())).thenReturn(Optional.empty());
        return new AsksSection(stakes, premiums, countries, Optional.of(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC)));
    }

    static Asks.Position said(String day, String who, String source) {
        return new Asks.Position(LocalDate.parse(day), who, "Hà Nội", null, "quote", null, null, source);
    }

    @Test
    void anAsksLatestPositionIsTheLatestUpToTheBriefsDateAndWhoTookItIsItsSideWhereNotRecorded() {
        Stakes stakes = mock(Stakes.class);
        when(stakes.beside(any())).thenReturn(Optional.empty());
        AsksSection section = asks(stakes, mock(TransshipmentPremium.class));
        Asks.Ask before = new Asks.Ask(1, VN, US, PolicyTopic.MARKET_ECONOMY_STATUS, "Recognise", AskStatus.RAISED,
                List.of(said("2025-03-09", null, "press release #7")));
        Asks.Ask after = new Asks.Ask(2, VN, US, PolicyTopic.MARKET_ECONOMY_STATUS, "Again", AskStatus.RAISED,
                List.of(said("2025-07-01", "Diên", "press release #8")));
        BriefSources sources = new BriefSources();
        Brief.Asks a = section.of(REQUEST, List.of(before, after), sources);
        assertThat(a.lines()).extracting(Brief.AskLine::number, Brief.AskLine::latestWho, Brief.AskLine::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, "VN", 1), org.assertj.core.groups.Tuple.tuple(2L, null, 0));
        assertThat(a.lines().get(0).stake()).isNull();
        assertThat(sources.numbered()).extracting(Brief.Source::label, Brief.Source::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Hà Nội", "press release #7"));
        assertThat(section.of(REQUEST, List.of(), new BriefSources()).missing()).isEqualTo("brief.asks.none");
    }

    @Test
    void anAskOnTradeFraudIsWorthTheRateOnGoodsFoundTransshippedWhenItWasLastStated() {
        Stakes stakes = mock(Stakes.class);
        TransshipmentPremium premiums = mock(TransshipmentPremium.class);
        when(stakes.beside(any())).thenReturn(Optional.of(new Stakes.Beside(PolicyTopic.TRADE_FRAUD, VN, null, null, List.of())));
        TransshipmentPremium.Rates rates = new TransshipmentPremium.Rates(LocalDate.of(2025, 8, 7), LocalDate.of(2026, 2, 20),
                new BigDecimal("20"), new BigDecimal("40"), "EO 14326");
        when(premiums.latest(VN, LocalDate.of(2025, 9, 1))).thenReturn(Optional.of(rates));
        Asks.Ask fraud = new Asks.Ask(3, US, VN, PolicyTopic.TRADE_FRAUD, "Stop transshipment", AskStatus.RAISED,
                List.of(said("2025-09-01", "Greer", null)));
        BriefRequest later = new BriefRequest(VN, US, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 1, 1), null, null);
        Brief.Stake stake = asks(stakes, premiums).of(later, List.of(fraud), new BriefSources()).lines().get(0).stake();
        assertThat(stake).isEqualTo(StakeLines.transshipment(rates));
        assertThat(stake.kind()).isEqualTo(Brief.Stake.Kind.TRANSSHIPMENT);
        assertThat(stake.ratePercent()).isEqualByComparingTo("40");
        assertThat(stake.year()).isEqualTo(2025);
        assertThat(stake.until()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(StakeLines.of(null)).isEmpty();
    }

    @Test
    void anUnavailableMeasureIsSaidAsSuch() {
        Stakes stakes = mock(Stakes.class);
        when(stakes.beside(any())).thenReturn(Optional.of(new Stakes.Beside(PolicyTopic.MARKET_ECONOMY_STATUS, US, null,
                "no orders loaded", List.of())));
        Asks.Ask ask = new Asks.Ask(1, VN, US, PolicyTopic.MARKET_ECONOMY_STATUS, "Recognise", AskStatus.RAISED, List.of());
        Brief.Stake stake = asks(stakes, mock(TransshipmentPremium.class)).of(REQUEST, List.of(ask), new BriefSources()).lines().get(0).stake();
        assertThat(stake.kind()).isEqualTo(Brief.Stake.Kind.UNAVAILABLE);
        assertThat(stake.unavailable()).isEqualTo("no orders loaded");
    }

    @Test
    void theMergesOfThePairAreThoseOfItsDealsAndOfPeopleOfEitherSideNamedAsTheBriefsHeldThem() {
        MergeProposals proposals = mock(MergeProposals.class);
        Directory directory = mock(Directory.class);
        Instant made = Instant.parse("2025-06-01T00:00:00Z");
        Instant decided = Instant.parse("2025-07-01T00:00:00Z");
        when(proposals.decidedAfter(made)).thenReturn(List.of(
                new MergeProposals.Decided(MergeSubject.DEAL, 3, "D3 as the register says it", 4, "D4", MergeStatus.REJECTED, decided),
                new MergeProposals.Decided(MergeSubject.DEAL, 8, "D8", 9, "D9", MergeStatus.CONFIRMED, decided),
                new MergeProposals.Decided(MergeSubject.PERSON, 11, "Nguyễn Hồng Diên", 12, "Bộ trưởng Diên", MergeStatus.CONFIRMED, decided),
                new MergeProposals.Decided(MergeSubject.PERSON, 13, "Airlangga", 14, "A. Hartarto", MergeStatus.CONFIRMED, decided)));
        when(directory.person(11)).thenReturn(Optional.of(new Directory.Person(11, "Nguyễn Hồng Diên", "VN", null, null, List.of(), List.of(), 1)));
        when(directory.person(13)).thenReturn(Optional.of(new Directory.Person(13, "Airlangga", "ID", null, null, List.of(), List.of(), 1)));
        Brief.Held then = new Brief.Held(List.of(new Brief.HeldDeal(3, "D3 Vietnam Airlines – Boeing: aircraft", "MOU", true, null, null)),
                List.of());
        Brief.Held now = new Brief.Held(List.of(new Brief.HeldDeal(4, "D4 Vietnam Airlines – Boeing: 737", "MOU", true, null, null)),
                List.of());
        List<Brief.Merge> merges = new PairMerges(proposals, directory).since(made, VN, US, then, now, () -> {
            throw new AssertionError("no engagement's merge to judge: the timeline is not fetched");
        });
        assertThat(merges).extracting(Brief.Merge::subject, Brief.Merge::merged, Brief.Merge::kept, Brief.Merge::confirmed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("deal", "D4 Vietnam Airlines – Boeing: 737", "D3 Vietnam Airlines – Boeing: aircraft", false),
                org.assertj.core.groups.Tuple.tuple("person", "Bộ trưởng Diên", "Nguyễn Hồng Diên", true));
    }
}
