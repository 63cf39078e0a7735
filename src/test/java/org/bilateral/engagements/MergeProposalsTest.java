package org.bilateral.engagements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.bilateral.WorkbenchTest;
import org.bilateral.extraction.RegisterFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The merges decided, as a brief tells them since the last one: which record into which, named as they were. */
@WorkbenchTest
class MergeProposalsTest {

    @Autowired MergeProposals merges;
    @Autowired Directory directory;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void emptyRegister() {
        RegisterFixture.clear(jdbc);
    }

    @Test
    void aMergeDecidedKeepsBothNamesThoughTheMergedRecordIsGone() {
        long minister = directory.recordPerson(new Directory.RecordPerson("Nguyễn Hồng Diên", null, "VN", null, null)).value();
        long alias = directory.recordPerson(new Directory.RecordPerson("Bộ trưởng Diên", null, "VN", null, null)).value();
        long other = directory.recordPerson(new Directory.RecordPerson("Trần Tuấn Anh", null, "VN", null, null)).value();
        merges.propose(MergeSubject.PERSON, minister, alias, "one minister");
        merges.propose(MergeSubject.PERSON, minister, other, "same ministry");
        Instant before = jdbc.sql("select now()").query(java.time.OffsetDateTime.class).single().toInstant().minusSeconds(1);
        for (MergeProposals.Proposal p : merges.open()) {
            if (p.mergedId() == alias) {
                merges.confirm(p.id(), "analyst");
            } else {
                merges.reject(p.id(), "analyst");
            }
        }
        assertThat(directory.person(alias)).as("merged, so gone").isEmpty();
        assertThat(merges.decidedAfter(before)).extracting(MergeProposals.Decided::merged, MergeProposals.Decided::kept,
                        MergeProposals.Decided::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bộ trưởng Diên", "Nguyễn Hồng Diên", MergeStatus.CONFIRMED),
                        org.assertj.core.groups.Tuple.tuple("Trần Tuấn Anh", "Nguyễn Hồng Diên", MergeStatus.REJECTED));
        assertThat(merges.decidedAfter(Instant.now().plusSeconds(60))).as("nothing decided after now").isEmpty();
    }
}
