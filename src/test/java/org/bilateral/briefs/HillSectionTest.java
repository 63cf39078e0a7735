package org.bilateral.briefs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.bilateral.commitments.DealBuilder;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.commitments.StateDeal;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.engagements.Engagements;
import org.bilateral.hill.BioguideId;
import org.bilateral.hill.Chamber;
import org.bilateral.hill.Legislator;
import org.bilateral.hill.LegislatorMatches;
import org.bilateral.hill.Legislators;
import org.bilateral.hill.Seat;
import org.bilateral.hill.UsStates;
import org.bilateral.reference.Nomenclature;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.Period;
import org.bilateral.shared.UsState;
import org.bilateral.tradestats.StateTrade;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Hill composed from the other capabilities' answers given by hand. A brief of VN–US for 15 March 2026 looking from
 * 1 January 2026 (the last brief's date); Hagerty met on 4 February 2026 beside a Vietnamese minister, Cruz expected on
 * 20 March 2026, Daines met on 21 May 2025 (before the last brief). Tennessee's exports to Vietnam: 2,760 in 2025 against
 * 2,160 in 2024; 720 in January–March 2026 against 690 a year before; of 2025, 8802 1,800, 1201 480, 5201 360, 8471 120.
 */
class HillSectionTest {

    static final CountryCode VN = CountryCode.of("VN");
    static final CountryCode US = CountryCode.of("US");
    static final UsState TN = UsState.of("TN");
    static final UsState TX = UsState.of("TX");
    static final BriefRequest REQUEST = new BriefRequest(VN, US, LocalDate.of(2026, 3, 15), LocalDate.of(2026, 1, 1), null, BriefLanguage.EN);

    final LegislatorMatches matches = mock(LegislatorMatches.class);
    final Legislators legislators = mock(Legislators.class);
    final UsStates states = mock(UsStates.class);
    final StateTrade stateTrade = mock(StateTrade.class);
    final PurchaseCommitments commitments = mock(PurchaseCommitments.class);
    final Nomenclature nomenclature = mock(Nomenclature.class);
    final HillSection section = new HillSection(matches, legislators, states, stateTrade, commitments, nomenclature);

    static Legislator senator(String id, String name, UsState state) {
        return new Legislator(new BioguideId(id), name, name.split(" ")[0], name.split(" ")[1], null, Chamber.SENATE, state, null, "Republican",
                null, LocalDate.of(2021, 1, 3), LocalDate.of(2027, 1, 3), LocalDate.of(2021, 1, 3), null);
    }

    static final Legislator HAGERTY = senator("H000601", "Bill Hagerty", TN);
    static final Legislator CRUZ = senator("C001098", "Ted Cruz", TX);
    static final Legislator DAINES = senator("D000618", "Steve Daines", UsState.of("MT"));

    static Engagements.Participant person(long id, String name, String country) {
        return new Engagements.Participant("person", id, name, null, country);
    }

    static Engagements.Engagement meeting(long id, String day, Engagements.Participant... people) {
        return new Engagements.Engagement(id, EngagementKind.MEETING, day, null, "Washington", null, null, null, List.of(people), List.of(),
                List.of(new Engagements.Source(100 + id, "report-" + id + ".txt", "reported in report " + id)));
    }

    /**
     * Hagerty met; Hagerty again with Indonesia only (not the pair's); Cruz expected; Daines before the last brief, and
     * with Hagerty on a 22 May of no year.
     */
    static List<Engagements.Engagement> timeline() {
        Engagements.Participant hung = person(1, "Lê Mạnh Hùng", "VN");
        return List.of(
                meeting(1, "2026-02-04", hung, person(2, "Bill Hagerty", "US")),
                meeting(2, "2026-02-10", person(6, "Airlangga Hartarto", "ID"), person(2, "Bill Hagerty", "US")),
                meeting(3, "2026-03-20", hung, person(3, "Ted Cruz", "US")),
                meeting(4, "2025-05-21", person(4, "Nguyễn Hồng Diên", "VN"), person(5, "Steve Daines", "US")),
                meeting(5, "XXXX-05-22", person(4, "Nguyễn Hồng Diên", "VN"), person(5, "Steve Daines", "US"), person(2, "Bill Hagerty", "US")));
    }

    @BeforeEach
    void answers() {
        when(matches.legislatorsOf(anyCollection())).thenReturn(Map.of(2L, HAGERTY, 3L, CRUZ, 5L, DAINES));
        when(legislators.seats(HAGERTY.id())).thenReturn(List.of(
                new Seat("SSFR", "Senate Committee on Foreign Relations", null, null, "majority", 5, null, 7),
                new Seat("SSAP", "Senate Committee on Appropriations", null, null, "majority", 9, null, 0)));
        when(legislators.seats(CRUZ.id())).thenReturn(List.of(
                new Seat("SSCM", "Senate Committee on Commerce, Science, and Transportation", null, null, "majority", 1, "Chairman", 5)));
        when(states.name(TN)).thenReturn("Tennessee");
        when(states.name(TX)).thenReturn("Texas");
        when(stateTrade.latestYear(VN, Flow.EXPORT)).thenReturn(Optional.of(new StateTrade.HeldYear(2026, 3)));
        when(stateTrade.held(VN, Flow.EXPORT)).thenReturn(Optional.of(new Period(YearMonth.of(2024, 1), YearMonth.of(2026, 3))));
        when(stateTrade.yearOnYear(VN, Flow.EXPORT, 2025, List.of())).thenReturn(List.of(
                new StateTrade.StateChange("TX", new BigDecimal("5000"), new BigDecimal("4000"), 12),
                new StateTrade.StateChange("TN", new BigDecimal("2760"), new BigDecimal("2160"), 12)));
        // Texas sold Vietnam nothing in the months held of 2026: no row
        when(stateTrade.yearOnYear(VN, Flow.EXPORT, 2026, List.of())).thenReturn(List.of(
                new StateTrade.StateChange("TN", new BigDecimal("720"), new BigDecimal("690"), 3)));
        when(stateTrade.productsInYear(TN, VN, Flow.EXPORT, 2025)).thenReturn(List.of(
                new StateTrade.ProductYear(HsCode.of("8802"), new BigDecimal("1800"), new BigDecimal("1200")),
                new StateTrade.ProductYear(HsCode.of("1201"), new BigDecimal("480"), new BigDecimal("600")),
                new StateTrade.ProductYear(HsCode.of("5201"), new BigDecimal("360"), new BigDecimal("240")),
                new StateTrade.ProductYear(HsCode.of("8471"), new BigDecimal("120"), new BigDecimal("120"))));
        when(stateTrade.productsInYear(TX, VN, Flow.EXPORT, 2025)).thenReturn(List.of(
                new StateTrade.ProductYear(HsCode.of("2711"), new BigDecimal("5000"), new BigDecimal("4000")),
                new StateTrade.ProductYear(HsCode.of("1201"), BigDecimal.ZERO, new BigDecimal("10"))));
        when(nomenclature.description(any(String.class), any(Locale.class))).thenReturn(Optional.empty());
        when(nomenclature.description("8802", Locale.UK)).thenReturn(Optional.of("Aircraft"));
        when(commitments.dealsFrom(TN)).thenReturn(List.of(
                new StateDeal(DealBuilder.deal(7).of("aircraft parts", "8803").worth(1_000_000_000).from("FedEx", "US").build(), TN,
                        StateDeal.Basis.SELLER),
                // a French seller's deal whose goods are made in the state is Vietnam–France's in the register, not the pair's
                new StateDeal(DealBuilder.deal(8).of("aircraft", "8802").worth(5_000).from("Airbus", "FR").build(), TN,
                        StateDeal.Basis.PLANT)));
        when(commitments.dealsFrom(TX)).thenReturn(List.of());
    }

    @Test
    void theLegislatorsMetSinceTheLastBriefAndThoseExpectedAfterItsDateAreListedAndOneMetBeforeIsNot() {
        Brief.Hill hill = section.of(REQUEST, timeline(), 1, new BriefSources());
        assertThat(hill.missing()).isNull();
        assertThat(hill.partner()).isEqualTo(VN);
        // Daines met on 21 May 2025, before the last brief's 1 January 2026: not listed
        assertThat(hill.legislators()).extracting(Brief.Legislator::name).containsExactly("Bill Hagerty", "Ted Cruz");
        // the 22 May of no year cannot be placed: Daines is named for it, Hagerty (listed) is not named twice
        assertThat(hill.undated()).containsExactly("Steve Daines");
        Brief.Legislator hagerty = hill.legislators().get(0);
        // the meeting with Indonesia's minister alone is not the pair's
        assertThat(hagerty.meetings()).extracting(Brief.Meeting::engagement, Brief.Meeting::day, Brief.Meeting::expected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, LocalDate.of(2026, 2, 4), false));
        assertThat(hagerty.met()).isTrue();
        Brief.Legislator cruz = hill.legislators().get(1);
        assertThat(cruz.expected()).isTrue();
        assertThat(cruz.met()).isFalse();
        // the trade-relevant seats only, with their title
        assertThat(hagerty.committees()).extracting(Brief.Committee::id).containsExactly("SSFR");
        assertThat(cruz.committees()).extracting(Brief.Committee::title).containsExactly("Chairman");
    }

    @Test
    void theStatesFiguresAreItsLatestWholeYearLikeForLikeThePartialYearAndItsTopThreeProductsWithTheirShare() {
        Brief.Hill hill = section.of(REQUEST, timeline(), 1, new BriefSources());
        Brief.StateFigures tn = hill.legislators().get(0).figures();
        assertThat(tn.year()).isEqualTo(2025);
        assertThat(tn.valueUsd()).isEqualByComparingTo("2760");
        assertThat(tn.previousUsd()).isEqualByComparingTo("2160");
        // January–March 2026 held: 720 against 690 in January–March 2025
        assertThat(tn.partialYear()).isEqualTo(2026);
        assertThat(tn.partialMonths()).isEqualTo(3);
        assertThat(tn.partialLastMonth()).isEqualTo(3);
        assertThat(tn.partialUsd()).isEqualByComparingTo("720");
        assertThat(tn.partialPreviousUsd()).isEqualByComparingTo("690");
        // 1,800 / 2,760 = 0.652174; 480 / 2,760 = 0.173913; 360 / 2,760 = 0.130435; the fourth, 8471, not named
        assertThat(tn.productsYear()).isEqualTo(2025);
        assertThat(tn.top()).extracting(Brief.StateProduct::code, Brief.StateProduct::label, Brief.StateProduct::share).containsExactly(
                org.assertj.core.groups.Tuple.tuple("8802", "Aircraft", new BigDecimal("0.652174")),
                org.assertj.core.groups.Tuple.tuple("1201", null, new BigDecimal("0.173913")),
                org.assertj.core.groups.Tuple.tuple("5201", null, new BigDecimal("0.130435")));
        // Texas: no row in 2026's months held, and a product it no longer sells is not among its largest
        Brief.StateFigures tx = hill.legislators().get(1).figures();
        assertThat(tx.partialYear()).isNull();
        assertThat(tx.top()).extracting(Brief.StateProduct::code).containsExactly("2711");
        assertThat(tx.top().get(0).share()).isEqualByComparingTo("1");
    }

    @Test
    void theDealsAreThePairsFromTheStateAndEveryFigureCitesItsSource() {
        BriefSources sources = new BriefSources();
        Brief.Hill hill = section.of(REQUEST, timeline(), 1, sources);
        Brief.Legislator hagerty = hill.legislators().get(0);
        assertThat(hagerty.deals()).extracting(Brief.StateDeal::id, Brief.StateDeal::basis)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7L, "SELLER"));
        assertThat(hagerty.deals().get(0).lowUsd()).isEqualByComparingTo("1000000000");
        // numbered in the order first cited: the press release of Hagerty's meeting, then Cruz's, the Congress data, the state
        // statistics, the deal register
        assertThat(sources.numbered()).extracting(Brief.Source::label).containsExactly("report-1.txt", "report-3.txt",
                "US Census, exports by state of origin (VN)", "Bilateral deal register", "Members of Congress and their committees");
        assertThat(hagerty.meetings().get(0).source()).isEqualTo(1);
        assertThat(hagerty.figures().source()).isEqualTo(3);
        assertThat(hagerty.dealSource()).isEqualTo(4);
        assertThat(hagerty.source()).isEqualTo(5);
        assertThat(hill.legislators().get(1).dealSource()).as("Texas has no deal to cite").isZero();
        assertThat(sources.synthetic()).isFalse();
    }

    @Test
    void demonstrationStateFiguresMakeTheBriefSynthetic() {
        when(stateTrade.synthetic(VN)).thenReturn(true);
        BriefSources sources = new BriefSources();
        Brief.Hill hill = section.of(REQUEST, timeline(), 1, sources);
        assertThat(hill.legislators()).allSatisfy(l -> assertThat(l.figures().synthetic()).isTrue());
        assertThat(sources.synthetic()).isTrue();
    }

    @Test
    void noLegislatorInTheWindowOrAPairWithoutTheUnitedStatesSaysSoInOneLine() {
        BriefRequest later = new BriefRequest(VN, US, LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 1), null, BriefLanguage.EN);
        // from 1 March: Hagerty (4 February) is before, and Cruz's meeting of 20 March is the only one: drop it too
        Brief.Hill none = section.of(later, timeline().subList(0, 2), 0, new BriefSources());
        assertThat(none.missing()).isEqualTo("brief.hill.none");
        assertThat(none.legislators()).isEmpty();
        BriefRequest noUs = new BriefRequest(VN, CountryCode.of("ID"), LocalDate.of(2026, 3, 15), LocalDate.of(2026, 1, 1), null, null);
        assertThat(section.of(noUs, timeline(), 0, new BriefSources()).missing()).isEqualTo("brief.hill.notUs");
    }
}
