package org.bilateral.briefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.engagements.Engagements;
import org.bilateral.engagements.Offices;
import org.bilateral.engagements.Talks;
import org.bilateral.shared.CountryCode;
import org.junit.jupiter.api.Test;

/**
 * The pair's engagements chosen from a timeline written by hand: by their talks, beside a round of the pair, or by both
 * sides among the participants; the round the brief is for; the days a report gives.
 */
class EngagementsSectionTest {

    static final CountryCode VN = CountryCode.of("VN");
    static final CountryCode US = CountryCode.of("US");
    static final Offices OFFICES = new Offices();

    static Engagements.Participant person(String name, String country) {
        return new Engagements.Participant("person", name.length(), name, "minister", country);
    }

    static Engagements.Engagement engagement(long id, EngagementKind kind, String day, String ended, Talks talks, Long beside,
                                            Engagements.Participant... people) {
        return new Engagements.Engagement(id, kind, day, ended, "Washington", null, talks, beside, List.of(people), List.of(),
                List.of(new Engagements.Source(100 + id, "report-" + id + ".txt", "reported in report " + id)));
    }

    /** A round of VN–US on 15–17 March 2026; a call of both sides; a dinner beside the round; a meeting with Indonesia. */
    static List<Engagements.Engagement> timeline() {
        return List.of(
                engagement(1, EngagementKind.NEGOTIATION_ROUND, "2026-03-15", "2026-03-17", Talks.of("VN", "US"), null, person("Diên", "VN")),
                engagement(2, EngagementKind.CALL, "2026-02-10", null, null, null, person("Diên", "VN"), person("Greer", "US")),
                engagement(3, EngagementKind.MEETING, "2026-03-16", null, null, 1L, person("Sơn", "VN")),
                engagement(4, EngagementKind.MEETING, "2026-02-20", null, null, null, person("Diên", "VN"), person("Airlangga", "ID")),
                engagement(5, EngagementKind.MEETING, "XXXX-05-22", null, Talks.of("VN", "US"), null, person("Greer", "US")),
                engagement(6, EngagementKind.NEGOTIATION_ROUND, "2026-03-15", null, Talks.of("ID", "US"), null, person("Greer", "US")));
    }

    @Test
    void anEngagementIsThePairsByItsTalksByARoundItWasBesideOrByBothSidesAmongItsParticipants() {
        List<Engagements.Engagement> all = timeline();
        Map<Long, Engagements.Engagement> byId = new java.util.HashMap<>();
        all.forEach(e -> byId.put(e.id(), e));
        assertThat(all.stream().filter(e -> PairEngagements.ofPair(e, VN, US, byId)).map(Engagements.Engagement::id))
                .containsExactly(1L, 2L, 3L, 5L);
    }

    @Test
    void theRoundIsThePairsRoundWhoseDaysHoldTheBriefsDate() {
        assertThat(PairEngagements.roundFor(VN, US, LocalDate.of(2026, 3, 17), timeline())).extracting(Engagements.Engagement::id).isEqualTo(1L);
        assertThat(PairEngagements.roundFor(VN, US, LocalDate.of(2026, 3, 18), timeline())).as("the day after it ended").isNull();
        assertThat(PairEngagements.roundFor(CountryCode.of("ID"), US, LocalDate.of(2026, 3, 15), timeline()))
                .extracting(Engagements.Engagement::id).isEqualTo(6L);
    }

    @Test
    void aDayIsAWholeDateOrNone() {
        assertThat(PairEngagements.day("2026-03-15T09:00")).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(PairEngagements.day("XXXX-05-22")).isNull();
        assertThat(PairEngagements.day(null)).isNull();
    }

    @Test
    void theSectionListsThePairsEngagementsInItsDaysByDayWithTheRoundAndTheOtherSidesPeople() {
        BriefRequest r = new BriefRequest(VN, US, LocalDate.of(2026, 3, 15), LocalDate.of(2026, 2, 15), null, BriefLanguage.EN);
        BriefSources sources = new BriefSources();
        Brief.Engagements e = EngagementsSection.of(r, timeline(), sources, OFFICES);
        // the call of 10 February is before the start date; the dinner of the 16th is after the brief's date; the
        // round is listed; the meeting of 22 May has no year
        assertThat(e.lines()).extracting(Brief.EngagementLine::id).containsExactly(1L);
        assertThat(e.round()).isEqualTo(1L);
        assertThat(e.undated()).isEqualTo(1);
        assertThat(e.lines().get(0).line()).isEqualTo("reported in report 1");
        assertThat(e.lines().get(0).source()).isEqualTo(1);
        assertThat(sources.numbered()).extracting(Brief.Source::detail).containsExactly("press release #101");

        BriefRequest wider = new BriefRequest(VN, US, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 2, 1), null, BriefLanguage.EN);
        Brief.Engagements all = EngagementsSection.of(wider, timeline(), new BriefSources(), OFFICES);
        assertThat(all.lines()).extracting(Brief.EngagementLine::id).containsExactly(2L, 1L, 3L);
        assertThat(all.otherSide()).extracting(Brief.Person::name).containsExactly("Greer");
    }

    @Test
    void noEngagementsInItsDaysSaysSo() {
        BriefRequest r = new BriefRequest(VN, US, LocalDate.of(2025, 1, 1), LocalDate.of(2024, 12, 1), null, BriefLanguage.EN);
        Brief.Engagements e = EngagementsSection.of(r, timeline(), new BriefSources(), OFFICES);
        assertThat(e.missing()).isEqualTo("brief.engagements.none");
        assertThat(e.from()).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(e.round()).isNull();
    }

    @Test
    void theOtherSidesTitlesAreInTheBriefsLanguageWhicheverLanguageTheReportGaveThem() {
        Engagements.Participant greer = new Engagements.Participant("person", 7, "Jamieson Greer", "Đại diện Thương mại Hoa Kỳ", "US");
        Engagements.Participant lutnick = new Engagements.Participant("person", 8, "Howard Lutnick", "Commerce Secretary", "US");
        Engagements.Participant unknown = new Engagements.Participant("person", 9, "Jane Roe", "Trade adviser", "US");
        List<Engagements.Engagement> met = List.of(engagement(1, EngagementKind.MEETING, "2026-03-16", null, Talks.of("VN", "US"), null, greer,
                lutnick, unknown));
        BriefRequest english = new BriefRequest(VN, US, LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 1), null, BriefLanguage.EN);
        assertThat(EngagementsSection.of(english, met, new BriefSources(), OFFICES).otherSide()).extracting(Brief.Person::title)
                .containsExactly("U.S. Trade Representative", "U.S. Secretary of Commerce", "Trade adviser");
        BriefRequest vietnamese = new BriefRequest(VN, US, LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 1), null, BriefLanguage.VI);
        assertThat(EngagementsSection.of(vietnamese, met, new BriefSources(), OFFICES).otherSide()).extracting(Brief.Person::title)
                .containsExactly("Đại diện Thương mại Hoa Kỳ", "Bộ trưởng Thương mại Hoa Kỳ", "Trade adviser");
    }
}
