package org.bilateral.engagements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.bilateral.engagements.Directory.PersonId;
import org.bilateral.engagements.Directory.RecordPerson;
import org.bilateral.engagements.Engagements.EngagementId;
import org.bilateral.engagements.Engagements.RecordEngagement;
import org.bilateral.shared.Changes;
import org.bilateral.shared.ReportedDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The engagements entered since a moment, each with its kind's code and its participants, for the first page and alerts. */
class EngagementChangesTest {

    private JdbcClient jdbc;
    private Engagements engagements;
    private EngagementChanges changes;
    private PersonId minister;
    private PersonId negotiator;

    @BeforeEach
    void aMinisterAndANegotiator() {
        jdbc = RegisterDatabase.empty();
        MergeProposals merges = RegisterDatabase.merges(jdbc, event -> {
        });
        engagements = RegisterDatabase.engagements(jdbc, merges);
        changes = new EngagementChanges(new EngagementStore(jdbc));
        Directory directory = RegisterDatabase.directory(jdbc, merges);
        minister = directory.recordPerson(new RecordPerson("Nguyễn Hồng Diên", "Minister", "VN", null, null));
        negotiator = directory.recordPerson(new RecordPerson("Jamieson Greer", "Trade Representative", "US", null, null));
    }

    private Instant latestEntered() {
        return jdbc.sql("select max(created_at) from engagement").query(OffsetDateTime.class).single().toInstant();
    }

    @Test
    void aRoundAndACallEnteredAfterTheMomentAreSaidWithTheirKindAndParticipantsAndOneBeforeIsNot() {
        engagements.record(new RecordEngagement(EngagementKind.MEETING, ReportedDate.parse("2026-09-10"), null, "Hà Nội", null, null,
                List.of(minister), List.of(), List.of(), null, 1, "r1.txt", "they met"));
        Instant since = latestEntered();
        EngagementId round = engagements.record(new RecordEngagement(EngagementKind.NEGOTIATION_ROUND, ReportedDate.parse("2026-11-18"), null,
                "Washington", 5, Talks.of("VN", "US"), List.of(minister, negotiator), List.of(), List.of(), null, 2, "r2.txt", "round 5"));
        EngagementId call = engagements.record(new RecordEngagement(EngagementKind.CALL, null, null, null, null, null,
                List.of(negotiator), List.of(), List.of(), null, 3, "r3.txt", "they spoke"));

        List<Changes.Change> found = changes.since(since);

        assertThat(found).extracting(Changes.Change::href).containsExactly("/engagements/" + call.value(), "/engagements/" + round.value());
        Changes.Change r = found.get(1);
        assertThat(r.kind()).isEqualTo(Changes.Kind.ENGAGEMENT);
        assertThat(r.text()).startsWith("negotiation_round US-VN round 5 Washington ").contains("Nguyễn Hồng Diên", "Jamieson Greer");
        assertThat(r.line().english()).startsWith("Negotiation round 5 (US-VN) on 2026-11-18: ").contains("Jamieson Greer");
        assertThat(found.get(0).line().english()).isEqualTo("New call on an undated day: Jamieson Greer");
        assertThat(found.get(0).text()).isEqualTo("call Jamieson Greer");
        assertThat(r.synthetic()).isFalse();
        assertThat(changes.since(latestEntered())).isEmpty();
    }
}
