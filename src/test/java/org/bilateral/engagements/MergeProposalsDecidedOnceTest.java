package org.bilateral.engagements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.commitments.Instrument;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.commitments.ReportedDeal;
import org.bilateral.commitments.ReportedValue;
import org.bilateral.extraction.RegisterFixture;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.Race;
import org.bilateral.shared.ReportedDate;
import org.bilateral.shared.StateConflict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A merge of people, organisations, engagements or deals is decided once: a confirmation and a rejection at once take
 * one, two confirmations sharing a record take one, and a record merged already is merged no further.
 */
@WorkbenchTest
@AutoConfigureMockMvc
class MergeProposalsDecidedOnceTest {

    static final int ROUNDS = 5;

    @Autowired MergeProposals merges;
    @Autowired Directory directory;
    @Autowired Engagements engagements;
    @Autowired PurchaseCommitments commitments;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private int made;

    @BeforeEach
    void emptyRegister() {
        RegisterFixture.clear(jdbc);
    }

    /** A new record of this kind, unlike every other, so that nothing is proposed but what a test proposes. */
    private long record(MergeSubject subject) {
        int n = ++made;
        return switch (subject) {
            case PERSON -> directory.recordPerson(new Directory.RecordPerson("Person Number" + n + " Tester" + n, null, "VN", null, null)).value();
            case ORGANISATION -> organisation("Organisation " + n + " of the test");
            case ENGAGEMENT -> engagements.record(new Engagements.RecordEngagement(EngagementKind.MEETING,
                    ReportedDate.parse(LocalDate.of(2025, 1, 1).plusDays(3L * n).toString()), null, "Place " + n, null, null, List.of(),
                    List.of(), List.of(), null, n, "report-" + n + ".txt", "reported in report " + n)).value();
            case DEAL -> commitments.record(new ReportedDeal(new Directory.OrganisationId(organisation("Buyer " + n + " of the test")),
                    new Directory.OrganisationId(organisation("Seller " + n + " of the test")),
                    List.of(new ReportedDeal.Item("goods of kind " + n, HsCode.of(String.format("%02d01", 1 + n % 97)))), null, (long) n, "t",
                    ReportedValue.usd(new BigDecimal(1000 * n), null), Instrument.MOU, null, LocalDate.of(2026, 3, 1), null, false,
                    new ReportedDeal.Source("user", null, "test", null, null, null, null, null), null)).deal().value();
        };
    }

    private long organisation(String name) {
        return directory.recordOrganisation(new Directory.RecordOrganisation(name, null, "VN", OrganisationKind.COMPANY)).value();
    }

    /** Whether a record is still there under its own number (a merged deal's number answers with the deal it went into). */
    private boolean standing(MergeSubject subject, long id) {
        return switch (subject) {
            case PERSON -> directory.person(id).isPresent();
            case ORGANISATION -> directory.organisation(id).isPresent();
            case ENGAGEMENT -> engagements.engagement(id).isPresent();
            case DEAL -> commitments.resolve(id) == id && commitments.deal(id).isPresent();
        };
    }

    private long proposal(MergeSubject subject, long kept, long merged) {
        merges.propose(subject, kept, merged, "a test");
        return merges.open().stream().filter(p -> p.subject() == subject && p.keptId() == kept && p.mergedId() == merged)
                .findFirst().orElseThrow().id();
    }

    @Test
    void aConfirmationAndARejectionAtOnceTakeOneAndRefuseTheOtherSayingWhatWasDecided() throws Exception {
        for (MergeSubject subject : MergeSubject.values()) {
            for (int round = 0; round < ROUNDS; round++) {
                long kept = record(subject);
                long merged = record(subject);
                long id = proposal(subject, kept, merged);

                List<Race.Outcome> outcomes = Race.run(() -> merges.confirm(id, "first"), () -> merges.reject(id, "second"));

                assertThat(outcomes).as("%s round %d: one decision is taken", subject, round).filteredOn(Race.Outcome::done).hasSize(1);
                boolean confirmed = outcomes.get(0).done();
                Throwable refusal = outcomes.get(confirmed ? 1 : 0).refusal();
                assertThat(refusal).as("%s round %d", subject, round).isInstanceOf(StateConflict.class)
                        .hasMessageContaining("it was already " + (confirmed ? "confirmed by first" : "rejected by second"));
                assertThat(merges.find(id).orElseThrow().status()).as("the proposal says what was done")
                        .isEqualTo(confirmed ? MergeStatus.CONFIRMED : MergeStatus.REJECTED);
                assertThat(standing(subject, kept)).as("%s %d kept", subject, kept).isTrue();
                assertThat(standing(subject, merged)).as("%s %d merged only when confirmed", subject, merged).isEqualTo(!confirmed);
            }
        }
    }

    @Test
    void twoConfirmationsSharingARecordAtOnceMergeOnceAndRefuseTheOtherNamingWhereTheRecordWent() throws Exception {
        for (MergeSubject subject : MergeSubject.values()) {
            for (int r = 0; r < ROUNDS; r++) {
                int round = r;
                long first = record(subject);
                long second = record(subject);
                long third = record(subject);
                long intoFirst = proposal(subject, first, second);
                long intoSecond = proposal(subject, second, third);

                java.util.Set<String> before = new java.util.TreeSet<>();
                for (long id : List.of(first, second, third)) {
                    before.addAll(marks(subject, id));
                }

                List<Race.Outcome> outcomes = Race.run(() -> merges.confirm(intoFirst, "a"), () -> merges.confirm(intoSecond, "b"));

                String no = subject == MergeSubject.DEAL ? "D" : "#";
                assertThat(standing(subject, first)).isTrue();
                assertThat(standing(subject, second)).as("%s round %d: %s into %s was confirmed", subject, round, second, first)
                        .isEqualTo(!outcomes.get(0).done());
                if (outcomes.get(0).done() && outcomes.get(1).done()) {
                    // the third went into the second before the second went into the first: a chain, both merges sound
                    assertThat(standing(subject, third)).isFalse();
                } else {
                    assertThat(outcomes).as("%s round %d: one merge is taken", subject, round).filteredOn(Race.Outcome::done).hasSize(1);
                    assertThat(outcomes.get(0).done()).as("%s round %d: the merge into the first is never the one refused: %s", subject,
                            round, outcomes.get(0).refusal()).isTrue();
                    assertThat(outcomes.get(1).refusal()).as("%s round %d", subject, round).isInstanceOf(StateConflict.class);
                    assertThat(outcomes.get(1).refusal().getMessage()).satisfiesAnyOf(
                            m -> assertThat(m).contains(no + second + " was merged into " + no + first + " already"),
                            // a deal's open proposals go with it into the deal it was merged into
                            m -> assertThat(m).contains("it is no longer open"));
                    assertThat(standing(subject, third)).isTrue();
                }
                java.util.Set<String> after = new java.util.TreeSet<>();
                for (long id : List.of(first, second, third)) {
                    if (standing(subject, id)) {
                        after.addAll(marks(subject, id));
                    }
                }
                assertThat(after).as("%s round %d: nothing of the three records is lost", subject, round).containsAll(before);
            }
        }
    }

    /** What a record holds that a merge must carry into the record kept: its names, its sources, its goods (each deal of its own chapter). */
    private java.util.Set<String> marks(MergeSubject subject, long id) {
        return new java.util.TreeSet<>(switch (subject) {
            case PERSON -> directory.person(id).orElseThrow().names();
            case ORGANISATION -> directory.organisation(id).orElseThrow().names();
            case ENGAGEMENT -> engagements.engagement(id).orElseThrow().sources().stream().map(Engagements.Source::name).toList();
            case DEAL -> commitments.deal(id).orElseThrow().items().stream().map(org.bilateral.commitments.Deal.Item::description).toList();
        });
    }

    @Test
    void aProposalWhoseRecordWasMergedAlreadyIsRefusedNamingTheRecordItWentInto() throws Exception {
        long minister = record(MergeSubject.PERSON);
        long alias = record(MergeSubject.PERSON);
        long other = record(MergeSubject.PERSON);
        long intoMinister = proposal(MergeSubject.PERSON, minister, alias);
        long intoAlias = proposal(MergeSubject.PERSON, alias, other);
        merges.confirm(intoMinister, "analyst");

        assertThatThrownBy(() -> merges.confirm(intoAlias, "analyst")).isInstanceOf(StateConflict.class)
                .hasMessageContaining("person #" + alias + " was merged into #" + minister + " already (proposal " + intoMinister + ")");
        String answer = mvc.perform(post("/api/merges/" + intoMinister + "/reject").with(admin()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("it was already confirmed by analyst", "person #" + alias + " merged into #" + minister);
        String page = mvc.perform(post("/merges/" + intoAlias + "/confirm").with(SecurityMockMvcRequestPostProcessors.user("analyst")
                        .roles("ANALYST")).with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("#" + alias + " was merged into #" + minister + " already");
        assertThat(merges.find(intoAlias).orElseThrow().status()).as("still for a person to reject").isEqualTo(MergeStatus.PROPOSED);
        assertThat(directory.person(other)).isPresent();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return SecurityMockMvcRequestPostProcessors.httpBasic("admin", org.bilateral.WorkbenchTest.ADMIN_PASSWORD);
    }
}
