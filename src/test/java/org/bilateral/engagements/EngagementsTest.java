package org.bilateral.engagements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bilateral.engagements.Directory.OrganisationId;
import org.bilateral.engagements.Directory.PersonId;
import org.bilateral.engagements.Directory.RecordOrganisation;
import org.bilateral.engagements.Directory.RecordPerson;
import org.bilateral.engagements.Engagements.EngagementId;
import org.bilateral.engagements.Engagements.RecordEngagement;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.ReportedDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The timeline over its store on an embedded database: one engagement however many reports tell it. */
class EngagementsTest {

    private static final Talks VIETNAM_US = Talks.of("VN", "US");

    private MergeProposals merges;
    private Engagements engagements;
    private PersonId minister;
    private PersonId ambassador;
    private OrganisationId moit;

    @BeforeEach
    void aMinisterAndAnAmbassador() {
        JdbcClient jdbc = RegisterDatabase.empty();
        merges = RegisterDatabase.merges(jdbc, event -> {
        });
        engagements = RegisterDatabase.engagements(jdbc, merges);
        Directory directory = RegisterDatabase.directory(jdbc, merges);
        minister = directory.recordPerson(new RecordPerson("Nguyễn Hồng Diên", "Minister", "VN", null, null));
        ambassador = directory.recordPerson(new RecordPerson("Marc Knapper", "Ambassador", "US", null, null));
        moit = directory.recordOrganisation(new RecordOrganisation("Ministry of Industry and Trade", "MOIT", "VN", OrganisationKind.MINISTRY));
    }

    private EngagementId meeting(EngagementKind kind, String day, String place, long pressRelease, String... topics) {
        return engagements.record(new RecordEngagement(kind, ReportedDate.parse(day), null, place, null, null, List.of(minister, ambassador),
                List.of(moit), List.of(topics), null, pressRelease, "release-" + pressRelease + ".txt", "they met, says release " + pressRelease));
    }

    private EngagementId round(int number, Talks talks, long pressRelease) {
        return engagements.record(new RecordEngagement(EngagementKind.NEGOTIATION_ROUND, null, null, null, number, talks, List.of(),
                List.of(), List.of(), null, pressRelease, "release-" + pressRelease + ".txt", "round " + number));
    }

    @Test
    void theSameMeetingToldByTwoOutletsIsOneEngagementWithTwoSources() {
        EngagementId first = meeting(EngagementKind.MEETING, "2026-02-04", null, 11, "tariffs");
        EngagementId second = meeting(EngagementKind.MEETING, "2026-02-04", "Hà Nội", 12, "tariffs", "aircraft");
        assertThat(second).isEqualTo(first);
        Engagements.Engagement e = engagements.existingEngagement(first.value());
        assertThat(e.sources()).extracting(Engagements.Source::pressReleaseId).containsExactly(11L, 12L);
        assertThat(e.place()).as("learnt from the second report").isEqualTo("Hà Nội");
        assertThat(e.topics()).containsExactly("aircraft", "tariffs");
        assertThat(e.participants()).extracting(Engagements.Participant::type, Engagements.Participant::name).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("person", "Nguyễn Hồng Diên"), org.assertj.core.groups.Tuple.tuple("person", "Marc Knapper"),
                org.assertj.core.groups.Tuple.tuple("organisation", "Ministry of Industry and Trade"));
        assertThat(e.participants()).filteredOn(p -> p.id() == ambassador.value() && p.type().equals("person"))
                .extracting(Engagements.Participant::title).containsExactly("Ambassador");
        assertThat(engagements.count()).isEqualTo(1);
    }

    @Test
    void aMeetingADayLaterIsANewEngagementProposedAsTheSame() {
        EngagementId first = meeting(EngagementKind.MEETING, "2026-02-04", null, 11);
        EngagementId later = meeting(EngagementKind.MEETING, "2026-02-05", null, 12);
        assertThat(later).isNotEqualTo(first);
        // minister, ambassador and ministry: three in common
        assertThat(merges.open()).singleElement().satisfies(p -> {
            assertThat(p.subject()).isEqualTo(MergeSubject.ENGAGEMENT);
            assertThat(p.keptId()).isEqualTo(first.value());
            assertThat(p.reason()).isEqualTo("3 participants in common and days within two days of each other");
        });
    }

    @Test
    void aRoundIsOneByItsNumberAndTalks() {
        EngagementId third = round(3, VIETNAM_US, 11);
        assertThat(round(3, Talks.parse("us-vn"), 12)).isEqualTo(third);
        assertThat(round(3, Talks.of("ID", "US"), 13)).as("another pair's third round").isNotEqualTo(third);
        EngagementId forum = engagements.record(new RecordEngagement(EngagementKind.BUSINESS_FORUM, ReportedDate.parse("2026-03-02"), null,
                "Washington", null, VIETNAM_US, List.of(minister), List.of(), List.of(), 3, 14, "release-14.txt", "beside the third round"));
        assertThat(engagements.existingEngagement(forum.value()).sidelinesOf()).isEqualTo(third.value());
        assertThat(engagements.existingEngagement(third.value()).talks()).isEqualTo(VIETNAM_US);
    }

    @Test
    void theTimelineIsNewestFirstWithTheUndatedLast() {
        EngagementId february = meeting(EngagementKind.MEETING, "2026-02-04", null, 11);
        EngagementId may = meeting(EngagementKind.CALL, "2026-05-22", null, 12);
        // no year: ordered as if in 1900, so after every dated one
        EngagementId noYear = meeting(EngagementKind.SIGNING, "XXXX-03-01", null, 13);
        EngagementId undated = round(1, VIETNAM_US, 14);
        assertThat(engagements.timeline(null, null)).extracting(Engagements.Engagement::id)
                .containsExactly(may.value(), february.value(), noYear.value(), undated.value());
        assertThat(engagements.timeline(null, moit.value())).extracting(Engagements.Engagement::id)
                .containsExactly(may.value(), february.value(), noYear.value());
        assertThat(engagements.timeline(ambassador.value(), null)).hasSize(3);
    }

    @Test
    void engagementsAreFoundByTheReleaseThatReportedThemOrByNumber() {
        EngagementId february = meeting(EngagementKind.MEETING, "2026-02-04", null, 11);
        EngagementId may = meeting(EngagementKind.CALL, "2026-05-22", null, 12);
        round(1, VIETNAM_US, 14);
        assertThat(engagements.reportedInOrListed(List.of(11L), List.of(may.value()))).extracting(Engagements.Engagement::id)
                .containsExactly(may.value(), february.value());
        assertThat(engagements.reportedInOrListed(List.of(), List.of())).isEmpty();
    }

    @Test
    void anEngagementNotThereIsNotFoundOnlyWhenAskedForByAPage() {
        assertThat(engagements.engagement(42)).isEmpty();
        assertThatThrownBy(() -> engagements.existingEngagement(42)).isInstanceOfSatisfying(NotFound.class,
                e -> assertThat(e.getMessage()).isEqualTo("there is no engagement 42"));
    }

    @Test
    void anEngagementWithoutItsKindIsRefusedByTheField() {
        assertThatThrownBy(() -> new RecordEngagement(null, null, null, null, null, null, List.of(), List.of(), List.of(), null, 1, "s", "e"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).source()).isEqualTo("engagement kind"));
    }
}
