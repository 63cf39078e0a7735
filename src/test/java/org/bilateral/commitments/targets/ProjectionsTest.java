package org.bilateral.commitments.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import org.bilateral.WorkbenchTest;
import org.bilateral.commitments.DealStage;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.commitments.reporting.EnterpriseReporting;
import org.bilateral.commitments.reporting.ReporterScope;
import org.bilateral.commitments.reporting.SubmitForecast;
import org.bilateral.commitments.reporting.SubmitProgress;
import org.bilateral.commitments.reporting.TwoEnterprises;
import org.bilateral.engagements.Directory;
import org.bilateral.identity.UserAccounts;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The projection reads the buyers' reports from the register: the newest report of each period, the latest period's forecasts. */
@WorkbenchTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "ANALYST")
class ProjectionsTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Directory directory;
    @Autowired PurchaseCommitments commitments;
    @Autowired UserAccounts accounts;
    @Autowired EnterpriseReporting reporting;
    @Autowired Projections projections;

    TwoEnterprises e;

    @BeforeEach
    void twoEnterprises() {
        e = TwoEnterprises.create(jdbc, directory, commitments, accounts, reporting);
    }

    @Test
    void aDealWithoutScheduleIsPlacedByItsBuyersLatestForecastAndSaysSo() throws Exception {
        ReporterScope airline = reporting.scope("airline", false);
        // Two years ahead, so that every month of it is after whatever month the statistics reach.
        int year = Year.now().getValue() + 2;
        reporting.submit(airline, new SubmitProgress(e.aircraftDeal, Period.parse("2026-Q1"), DealStage.IN_DELIVERY, null,
                new BigDecimal("240000000"), null, null), "web");
        reporting.submit(airline, new SubmitProgress(e.aircraftDeal, Period.parse("2026-Q1"), DealStage.IN_DELIVERY, null,
                new BigDecimal("300000000"), null, null), "web");
        // Forecast in 2026-Q1 for 6,000 m, then in 2026-Q2 for 12,000 m: the later period's forecast supersedes the earlier.
        reporting.submit(airline, new SubmitForecast(e.airline, Period.parse("2026-Q1"), HsCode.of("8802"), "aircraft", year, null, null,
                new BigDecimal("6000000000")));
        reporting.submit(airline, new SubmitForecast(e.airline, Period.parse("2026-Q2"), HsCode.of("8802"), "aircraft", year, null, null,
                new BigDecimal("12000000000")));

        Projection p = projections.project(CountryCode.of("VN"), CountryCode.of("US"), StatisticsSide.PARTNER_EXPORTS);

        // The deal is worth 12,000 m; the newest 2026-Q1 report has 300 m delivered, so 11,700 m is left. The forecast of
        // 12,000 m is 1,000 m a month: eleven months of 1,000 m and a twelfth of 700 m use up the 11,700 m.
        assertThat(p.fromReports()).singleElement().satisfies(r -> {
            assertThat(r.dealId()).isEqualTo(e.aircraftDeal);
            assertThat(r.placedUsd()).isEqualByComparingTo("11700000000");
            assertThat(r.reportedOn()).isEqualTo(LocalDate.now());
        });
        assertThat(p.years()).filteredOn(y -> y.year() == year).singleElement()
                .satisfies(y -> assertThat(y.expectedUsd()).isEqualByComparingTo("11700000000"));
        assertThat(p.quarters()).filteredOn(q -> q.quarter().equals(Period.quarter(year, 4))).singleElement()
                .satisfies(q -> assertThat(q.expectedUsd()).isEqualByComparingTo("2700000000")); // 1,000 + 1,000 + 700 m
        // The soybean deal has neither schedule nor report: still listed as unplaced.
        assertThat(p.notProjected()).extracting(Projection.NotProjected::dealId).containsExactly(e.soybeanDeal);

        String page = mvc.perform(get("/projection")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"from-reports\"").contains("from the buyer&#39;s report of " + LocalDate.now());
    }
}
