package org.bilateral.commitments.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.bilateral.WorkbenchTest;
import org.bilateral.shared.DealId;
import org.bilateral.commitments.DealStage;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.engagements.Directory;
import org.bilateral.identity.UserAccounts;
import org.bilateral.shared.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** Progress reports are a history: each report is kept with its date and reporter, and the newest is where the deal stands. */
@WorkbenchTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "ANALYST")
class ProgressHistoryTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Directory directory;
    @Autowired PurchaseCommitments commitments;
    @Autowired UserAccounts accounts;
    @Autowired EnterpriseReporting reporting;

    TwoEnterprises e;
    ReporterScope airline;

    @BeforeEach
    void twoEnterprises() {
        e = TwoEnterprises.create(jdbc, directory, commitments, accounts, reporting);
        airline = reporting.scope("airline", false);
    }

    private ProgressReport report(String period, DealStage stage, String valueUsd, String obstacles) {
        return reporting.submit(airline, new SubmitProgress(e.aircraftDeal, Period.parse(period), stage, null,
                valueUsd == null ? null : new BigDecimal(valueUsd), null, obstacles), "web");
    }

    @Test
    void aSecondReportForThePeriodIsKeptBesideTheFirstAndTheNewestIsTheCurrentState() throws Exception {
        report("2026-Q1", DealStage.CONTRACT, "0", "financing not yet signed");
        report("2026-Q1", DealStage.IN_DELIVERY, "240000000", null);
        report("2026-Q2", DealStage.IN_DELIVERY, "480000000", null);

        List<ProgressReport> history = reporting.progress(new DealId(e.aircraftDeal));
        assertThat(history).extracting(r -> r.period().toString(), r -> r.deliveredValueUsd().intValue(), ProgressReport::reportedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-Q2", 480_000_000, "airline"),
                        org.assertj.core.groups.Tuple.tuple("2026-Q1", 240_000_000, "airline"),
                        org.assertj.core.groups.Tuple.tuple("2026-Q1", 0, "airline"));
        assertThat(history).allSatisfy(r -> assertThat(r.reportedAt()).isNotNull());
        // Two reports for 2026-Q1 are still one deal reported for it, not two.
        assertThat(reporting.reportedFor(Period.parse("2026-Q1"), List.of(commitments.deal(e.aircraftDeal).orElseThrow(), commitments.deal(e.soybeanDeal).orElseThrow()))).isEqualTo(Set.of(new DealId(e.aircraftDeal)));
        assertThat(reporting.status(Period.parse("2026-Q1"))).filteredOn(s -> s.organisationId() == e.airline)
                .singleElement().satisfies(s -> assertThat(s.dealsReported()).isEqualTo(1));

        String page = mvc.perform(get("/deals/" + e.aircraftDeal)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String table = page.substring(page.indexOf("id=\"progress\""));
        // Newest first: the $480 m of 2026-Q2, then both reports for 2026-Q1, the first with its obstacle.
        assertThat(table.indexOf("$480 m")).isPositive().isLessThan(table.indexOf("$240 m"));
        assertThat(table.indexOf("$240 m")).isLessThan(table.indexOf("financing not yet signed"));
        assertThat(table).contains("current");
    }

    @Test
    void theSameReportSentAgainAddsNothing() {
        report("2026-Q1", DealStage.IN_DELIVERY, "240000000", "port congestion");
        report("2026-Q1", DealStage.IN_DELIVERY, "240000000.00", "port congestion");

        assertThat(reporting.progress(new DealId(e.aircraftDeal))).hasSize(1);
    }
}
