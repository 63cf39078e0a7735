package org.bilateral.engagements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.bilateral.engagements.Directory.OrganisationId;
import org.bilateral.engagements.Directory.PersonId;
import org.bilateral.engagements.SameEngagement.Candidate;
import org.bilateral.engagements.SameEngagement.Verdict;
import org.bilateral.shared.ReportedDate;
import org.junit.jupiter.api.Test;

class SameEngagementTest {

    private static final Set<String> MINISTER_AND_AMBASSADOR = Set.of("p1", "p2");

    private static Verdict against(EngagementKind kind, String day, Candidate... candidates) {
        return SameEngagement.among(kind, ReportedDate.parse(day), MINISTER_AND_AMBASSADOR, List.of(candidates));
    }

    @Test
    void participantsAreKeyedByWhatTheyAre() {
        assertThat(SameEngagement.keys(List.of(new PersonId(1)), List.of(new OrganisationId(1)))).containsExactlyInAnyOrder("p1", "o1");
    }

    @Test
    void sameKindSameDayAndTwoParticipantsInCommonAreOneEngagement() {
        assertThat(against(EngagementKind.MEETING, "2026-02-04", new Candidate(7, EngagementKind.MEETING, "2026-02-04", Set.of("p1", "p2", "p3"))))
                .isEqualTo(new Verdict(7L, null, null));
    }

    @Test
    void anotherKindOnTheSameDayIsOnlyProposed() {
        assertThat(against(EngagementKind.MEETING, "2026-02-04", new Candidate(7, EngagementKind.CALL, "2026-02-04", Set.of("p1", "p2"))))
                .isEqualTo(new Verdict(null, 7L, "2 participants in common and days within two days of each other"));
    }

    @Test
    void twoDaysApartIsNearAndThreeIsNot() {
        // 4 to 6 February: 2 days; 4 to 7 February: 3 days
        assertThat(against(EngagementKind.MEETING, "2026-02-04", new Candidate(7, EngagementKind.MEETING, "2026-02-06", Set.of("p1", "p2"))).likely())
                .isEqualTo(7L);
        assertThat(against(EngagementKind.MEETING, "2026-02-04", new Candidate(7, EngagementKind.MEETING, "2026-02-07", Set.of("p1", "p2"))))
                .isEqualTo(new Verdict(null, null, null));
    }

    @Test
    void aDayGivenByOneReportOnlyIsProposedSayingSo() {
        assertThat(against(EngagementKind.MEETING, "2026-02-04", new Candidate(7, EngagementKind.MEETING, null, Set.of("p1", "p2", "o4"))))
                .isEqualTo(new Verdict(null, 7L, "2 participants in common and a day given by only one report"));
    }

    @Test
    void oneParticipantInCommonIsNotEnough() {
        assertThat(against(EngagementKind.MEETING, "2026-02-04", new Candidate(7, EngagementKind.MEETING, "2026-02-04", Set.of("p1", "p9"))))
                .isEqualTo(new Verdict(null, null, null));
    }

    @Test
    void theFirstNearCandidateIsProposedAndALaterSameOneWins() {
        Candidate near = new Candidate(3, EngagementKind.MEETING, "2026-02-05", Set.of("p1", "p2"));
        Candidate same = new Candidate(8, EngagementKind.MEETING, "2026-02-04", Set.of("p1", "p2"));
        assertThat(against(EngagementKind.MEETING, "2026-02-04", near, same)).isEqualTo(new Verdict(8L, null, null));
    }

    @Test
    void nearDaysCrossTheYearWhenBothYearsAreKnown() {
        // 31 December 2025 to 2 January 2026: 2 days
        assertThat(SameEngagement.nearDays(ReportedDate.parse("2025-12-31"), "2026-01-02")).isTrue();
    }

    @Test
    void withoutAYearNearDaysAreCountedWithinOneMonth() {
        // 22 and 24 May: 2 days; 31 May and 1 June are a day apart but months differ without a year to count across
        assertThat(SameEngagement.nearDays(ReportedDate.parse("XXXX-05-22"), "2026-05-24")).isTrue();
        assertThat(SameEngagement.nearDays(ReportedDate.parse("XXXX-05-31"), "2026-06-01")).isFalse();
    }

    @Test
    void aMeetingAndAVisitOrASigningOfTheSameDayAndPeopleAreOneEngagement() {
        // the ministry's release says it received ("tiếp") a visiting delegation; the embassy's says they met
        assertThat(against(EngagementKind.MEETING, "2026-02-04", new Candidate(7, EngagementKind.VISIT, "2026-02-04", Set.of("p1", "p2"))).same())
                .isEqualTo(7L);
        assertThat(against(EngagementKind.SIGNING, "2026-02-04", new Candidate(7, EngagementKind.MEETING, "2026-02-04", Set.of("p1", "p2"))).same())
                .isEqualTo(7L);
        assertThat(against(EngagementKind.OTHER, "2026-02-04", new Candidate(7, EngagementKind.CALL, "2026-02-04", Set.of("p1", "p2"))).same())
                .isEqualTo(7L);
        assertThat(SameEngagement.compatible(EngagementKind.CALL, EngagementKind.MEETING)).isFalse();
        assertThat(SameEngagement.compatible(EngagementKind.BUSINESS_FORUM, EngagementKind.SIGNING)).isFalse();
        assertThat(SameEngagement.compatible(EngagementKind.VISIT, EngagementKind.SIGNING)).isFalse();
    }
}
