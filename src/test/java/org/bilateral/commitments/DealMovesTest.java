package org.bilateral.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.engagements.Directory;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.extraction.RegisterFixture;
import org.bilateral.shared.Changes;
import org.bilateral.shared.DealId;
import org.bilateral.shared.HsCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The deals that moved since a moment: one that entered, one whose stage moved on, one reported at a new value. */
@WorkbenchTest
class DealMovesTest {

    @Autowired JdbcClient jdbc;
    @Autowired Directory directory;
    @Autowired PurchaseCommitments commitments;
    @Autowired DealMoves moves;

    long airline;
    long boeing;

    @BeforeEach
    void anAirlineAndAMaker() {
        RegisterFixture.clear(jdbc);
        boeing = directory.recordOrganisation(new Directory.RecordOrganisation("Boeing", null, "US", OrganisationKind.COMPANY)).value();
        airline = directory.recordOrganisation(new Directory.RecordOrganisation("VietJet", null, "VN", OrganisationKind.COMPANY)).value();
    }

    private long record(String item, String hs, String usd) {
        return commitments.record(new ReportedDeal(new Directory.OrganisationId(airline), new Directory.OrganisationId(boeing),
                List.of(new ReportedDeal.Item(item, HsCode.of(hs))), null, 10L, "units", ReportedValue.usd(new BigDecimal(usd), null),
                Instrument.MOU, null, LocalDate.of(2026, 3, 1), null, false,
                new ReportedDeal.Source("user", null, "test", null, null, null, null, null), null)).deal().value();
    }

    private Instant now() {
        return jdbc.sql("select clock_timestamp()").query(OffsetDateTime.class).single().toInstant();
    }

    @Test
    void aDealThatEnteredOneThatMovedStageAndOneReportedAtANewValueAreSaidAndNothingElse() {
        long aircraft = record("737 MAX aircraft", "880240", "1000000000");
        long engines = record("aircraft engines", "841112", "500000000");
        long untouched = record("soybeans", "120190", "200000000");
        Instant since = now();
        commitments.recordStage(new DealId(aircraft), DealStage.CONTRACT, LocalDate.of(2026, 11, 2), "analyst", null);
        // a second report of the engines deal, at a larger value: 600 m against 500 m, (600 − 500) / 500 = +20%
        jdbc.sql("""
                insert into deal_report (deal_id, origin, source, value_low_usd, value_high_usd, currency)
                values (:d, 'user', 'test', 600000000, null, 'USD')""").param("d", engines).update();
        long cotton = record("cotton", "520100", "300000000");

        List<Changes.Change> found = moves.since(since);

        assertThat(found).extracting(Changes.Change::href).containsExactlyInAnyOrder("/deals/" + aircraft, "/deals/" + engines,
                "/deals/" + cotton).doesNotContain("/deals/" + untouched);
        assertThat(found).allSatisfy(c -> assertThat(c.kind()).isEqualTo(Changes.Kind.DEAL));
        Changes.Change stage = found.stream().filter(c -> c.href().equals("/deals/" + aircraft)).findFirst().orElseThrow();
        assertThat(stage.line().english()).isEqualTo(new DealId(aircraft) + " 737 MAX aircraft: now contract, was MOU");
        Changes.Change value = found.stream().filter(c -> c.href().equals("/deals/" + engines)).findFirst().orElseThrow();
        assertThat(value.line().english()).isEqualTo(new DealId(engines) + " aircraft engines: value now $600 m, was $500 m");
        assertThat(value.movement()).isEqualByComparingTo("0.2000");
        Changes.Change entered = found.stream().filter(c -> c.href().equals("/deals/" + cotton)).findFirst().orElseThrow();
        assertThat(entered.line().english()).startsWith(new DealId(cotton) + " cotton: entered the register, ");
        assertThat(moves.since(now())).isEmpty();
    }
}
