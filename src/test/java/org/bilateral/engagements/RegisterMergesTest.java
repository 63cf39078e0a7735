package org.bilateral.engagements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilateral.engagements.Directory.PersonId;
import org.bilateral.engagements.Directory.RecordOrganisation;
import org.bilateral.engagements.Directory.RecordPerson;
import org.bilateral.engagements.Engagements.EngagementId;
import org.bilateral.engagements.Engagements.RecordEngagement;
import org.bilateral.shared.ReportedDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A confirmed merge moves the merged record's names, titles and engagements to the kept one before it goes. */
class RegisterMergesTest {

    private MergeProposals merges;
    private Directory directory;
    private Engagements engagements;

    @BeforeEach
    void emptyRegister() {
        JdbcClient jdbc = RegisterDatabase.empty();
        RegisterMerges listener = new RegisterMerges(new PeopleStore(jdbc), new OrganisationStore(jdbc), new EngagementStore(jdbc));
        merges = RegisterDatabase.merges(jdbc, event -> listener.on((MergeConfirmed) event));
        directory = RegisterDatabase.directory(jdbc, merges);
        engagements = RegisterDatabase.engagements(jdbc, merges);
    }

    private EngagementId meeting(String day, long pressRelease, PersonId... people) {
        return engagements.record(new RecordEngagement(EngagementKind.MEETING, ReportedDate.parse(day), null, null, null, null, List.of(people),
                List.of(), List.of(), null, pressRelease, "release.txt", "they met"));
    }

    private long proposalOf(long mergedId) {
        return merges.open().stream().filter(p -> p.mergedId() == mergedId).findFirst().orElseThrow().id();
    }

    @Test
    void theKeptPersonTakesTheMergedOnesNamesTitlesAndEngagements() {
        PersonId william = directory.recordPerson(new RecordPerson("William Hagerty", null, "US", null, null));
        PersonId bill = directory.recordPerson(new RecordPerson("Bill Hagerty", "Senator", "US", null, null));
        PersonId dien = directory.recordPerson(new RecordPerson("Nguyễn Hồng Diên", null, "VN", null, null));
        EngagementId met = meeting("2026-02-04", 1, bill, dien);
        merges.confirm(proposalOf(bill.value()), "analyst");
        assertThat(directory.person(bill.value())).isEmpty();
        Directory.Person kept = directory.existingPerson(william.value());
        assertThat(kept.names()).containsExactlyInAnyOrder("William Hagerty", "Bill Hagerty");
        assertThat(kept.title()).isEqualTo("Senator");
        assertThat(kept.engagements()).isEqualTo(1);
        assertThat(engagements.existingEngagement(met.value()).participants()).extracting(Engagements.Participant::id)
                .containsExactlyInAnyOrder(william.value(), dien.value());
    }

    @Test
    void theKeptOrganisationTakesTheMergedOnesNamesAndPeople() {
        long vingroup = directory.recordOrganisation(new RecordOrganisation("Vingroup", null, "VN", OrganisationKind.COMPANY)).value();
        Directory.OrganisationId investment = directory.recordOrganisation(new RecordOrganisation("Vingroup Investment", "VGI", "VN", null));
        PersonId chair = directory.recordPerson(new RecordPerson("Phạm Nhật Vượng", null, "VN", investment, null));
        merges.confirm(proposalOf(investment.value()), "analyst");
        assertThat(directory.organisation(investment.value())).isEmpty();
        assertThat(directory.existingOrganisation(vingroup).names()).containsExactlyInAnyOrder("Vingroup", "Vingroup Investment", "VGI");
        assertThat(directory.existingPerson(chair.value()).organisationId()).isEqualTo(vingroup);
    }

    @Test
    void theKeptEngagementTakesTheMergedOnesSourcesAndDay() {
        PersonId a = directory.recordPerson(new RecordPerson("Marc Knapper", null, "US", null, null));
        PersonId b = directory.recordPerson(new RecordPerson("Nguyễn Hồng Diên", null, "VN", null, null));
        EngagementId undated = engagements.record(new RecordEngagement(EngagementKind.MEETING, null, null, null, null, null, List.of(a, b),
                List.of(), List.of("rice"), null, 1, "one.txt", "they met"));
        EngagementId dated = meeting("2026-02-04", 2, a, b);
        merges.confirm(proposalOf(dated.value()), "analyst");
        Engagements.Engagement kept = engagements.existingEngagement(undated.value());
        assertThat(kept.happened()).as("the day only the merged one knew").isEqualTo("2026-02-04");
        assertThat(kept.sources()).extracting(Engagements.Source::pressReleaseId).containsExactly(1L, 2L);
        assertThat(kept.topics()).containsExactly("rice");
        assertThat(engagements.engagement(dated.value())).isEmpty();
    }
}
