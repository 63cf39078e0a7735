package org.bilateral.commitments.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.bilateral.WorkbenchTest;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.engagements.Directory;
import org.bilateral.identity.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A reporter of one enterprise can neither read nor change another's deals, through any page or endpoint; the
 * ministry's pages are closed to reporters altogether.
 */
@WorkbenchTest
@AutoConfigureMockMvc
class ReporterAccessTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Directory directory;
    @Autowired PurchaseCommitments commitments;
    @Autowired UserAccounts accounts;
    @Autowired EnterpriseReporting reporting;
    @Autowired ReportingTemplate template;

    TwoEnterprises e;

    /** The airline's reporter as it comes: a script with its password on /api, a logged-in browser on pages (which never take Basic). */
    static final RequestPostProcessor AIRLINE = request -> request.getRequestURI().startsWith("/api/")
            ? httpBasic("airline", TwoEnterprises.PASSWORD).postProcessRequest(request)
            : user("airline").roles("REPORTER").postProcessRequest(request);

    @BeforeEach
    void twoEnterprises() {
        e = TwoEnterprises.create(jdbc, directory, commitments, accounts, reporting);
    }

    @Test
    void aReporterSeesItsOwnDealsAndNoOneElses() throws Exception {
        String list = mvc.perform(get("/api/reporting/deals").with(AIRLINE)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("737 MAX 8").doesNotContain("soybean");
        String page = mvc.perform(get("/reporting").with(AIRLINE)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("737 MAX 8").doesNotContain("soybean").doesNotContain("Khai Anh");

        mvc.perform(get("/api/reporting/deals/" + e.aircraftDeal).with(AIRLINE)).andExpect(status().isOk());
        mvc.perform(get("/reporting/deals/" + e.aircraftDeal).with(AIRLINE)).andExpect(status().isOk());
    }

    @Test
    void anotherEnterprisesDealIsAnsweredAsIfItDidNotExist() throws Exception {
        long other = e.soybeanDeal;
        mvc.perform(get("/api/reporting/deals/" + other).with(AIRLINE)).andExpect(status().isNotFound());
        mvc.perform(get("/api/reporting/deals/" + other + "/progress").with(AIRLINE)).andExpect(status().isNotFound());
        mvc.perform(get("/reporting/deals/" + other).with(AIRLINE)).andExpect(status().isNotFound());
        mvc.perform(get("/reporting/template.xlsx").param("enterprise", String.valueOf(e.feedMill)).with(AIRLINE))
                .andExpect(status().isNotFound());
        String forecasts = mvc.perform(get("/api/reporting/forecasts").with(AIRLINE)).andReturn().getResponse().getContentAsString();
        assertThat(forecasts).isEqualTo("[]");
    }

    @Test
    void aReporterCannotChangeAnotherEnterprisesDealOrForecast() throws Exception {
        long other = e.soybeanDeal;
        mvc.perform(post("/api/reporting/deals/" + other + "/progress").with(AIRLINE).contentType(MediaType.APPLICATION_JSON)
                .content("{\"period\":\"2026-Q1\",\"stage\":\"delivered\",\"deliveredValueUsd\":1}")).andExpect(status().isNotFound());
        mvc.perform(post("/reporting/deals/" + other + "/progress").with(AIRLINE).with(csrf())
                .param("period", "2026-Q1").param("stage", "delivered")).andExpect(status().isNotFound());
        mvc.perform(post("/api/reporting/forecasts").with(AIRLINE).contentType(MediaType.APPLICATION_JSON)
                .content("{\"enterprise\":" + e.feedMill + ",\"period\":\"2026-Q1\",\"hsCode\":\"230400\",\"year\":2027,\"valueUsd\":5}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/reporting/forecasts").with(AIRLINE).with(csrf()).param("enterprise", String.valueOf(e.feedMill))
                .param("period", "2026-Q1").param("hsCode", "230400").param("year", "2027").param("valueUsd", "5")).andExpect(status().isNotFound());

        // A workbook naming the other enterprise's deal: refused whole, by sheet, row and column.
        byte[] ministryTemplate = template.write(reporting.scope("admin", true), org.bilateral.shared.Period.parse("2026-Q1"), null);
        MockMultipartFile file = new MockMultipartFile("file", "progress.xlsx", "application/octet-stream",
                TemplateCells.fill(ministryTemplate, "Progress", "E", "delivered"));
        String refusal = mvc.perform(multipart("/api/reporting/template").file(file).with(AIRLINE)).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(refusal).contains("Progress").contains("there is no deal D" + other + " among the deals you report on");

        assertThat(jdbc.sql("select count(*) from progress_report").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from demand_forecast").query(Long.class).single()).isZero();
        assertThat(commitments.deal(other).orElseThrow().stage().code()).isEqualTo("mou");
    }

    @Test
    void aDeliveredQuantityBeyondItsRangeIsRefusedByItsFieldAndNeverStoredAsAnotherNumber() throws Exception {
        String refusal = mvc.perform(post("/api/reporting/deals/" + e.aircraftDeal + "/progress").with(AIRLINE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\":\"2026-Q1\",\"stage\":\"in delivery\",\"deliveredQuantity\":1e999999999}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(refusal).contains("delivered quantity").contains("is not a number below 1,000,000,000,000,000");
        mvc.perform(post("/reporting/deals/" + e.aircraftDeal + "/progress").with(AIRLINE).with(csrf())
                .param("period", "2026-Q1").param("stage", "in delivery").param("deliveredValueUsd", "1E2000000000"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from progress_report").query(Long.class).single()).isZero();
    }

    @Test
    void aDeliveredValueOrForecastFinerThanACentOrANegativeOneIsRefusedByItsFieldNeverRounded() throws Exception {
        String progress = mvc.perform(post("/api/reporting/deals/" + e.aircraftDeal + "/progress").with(AIRLINE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\":\"2026-Q1\",\"stage\":\"in delivery\",\"deliveredValueUsd\":100.125}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        String page = mvc.perform(post("/reporting/deals/" + e.aircraftDeal + "/progress").with(AIRLINE).with(csrf())
                        .param("period", "2026-Q1").param("stage", "in delivery").param("deliveredValueUsd", "100.125"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        String forecast = mvc.perform(post("/api/reporting/forecasts").with(AIRLINE).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enterprise\":" + e.airline + ",\"period\":\"2026-Q1\",\"hsCode\":\"880240\",\"year\":2027,\"valueUsd\":0.005}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        String product = mvc.perform(post("/api/reporting/forecasts").with(AIRLINE).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enterprise\":" + e.airline + ",\"period\":\"2026-Q1\",\"hsCode\":\"880240\",\"year\":2027,"
                                + "\"product\":\"aircraft\\t\",\"valueUsd\":5}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        String negative = mvc.perform(post("/api/reporting/deals/" + e.aircraftDeal + "/progress").with(AIRLINE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\":\"2026-Q1\",\"stage\":\"in delivery\",\"deliveredQuantity\":-5}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(progress).contains("progress report, field delivered value: '100.125' has more decimals than cents");
        assertThat(page).contains("progress report, field delivered value: &#39;100.125&#39; has more decimals than cents");
        assertThat(forecast).contains("demand forecast, field value: '0.005' has more decimals than cents");
        assertThat(product).contains("demand forecast, field product: holds the character U+0009 at position 9 (a control character)");
        assertThat(negative).contains("progress report, field delivered quantity: cannot be negative");
        assertThat(jdbc.sql("select count(*) from progress_report").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from demand_forecast").query(Long.class).single()).isZero();
    }

    @Test
    void theMinistrysPagesAndEndpointsAreClosedToReporters() throws Exception {
        for (String path : new String[] {"/deals", "/deals/" + e.soybeanDeal, "/deals.xlsx", "/targets", "/projection", "/reporting/status",
                "/engagements", "/balance", "/merges"}) {
            mvc.perform(get(path).with(AIRLINE)).andExpect(status().isForbidden());
        }
        for (String path : new String[] {"/api/deals", "/api/deals/" + e.aircraftDeal, "/api/deals/totals", "/api/targets", "/api/projection",
                "/api/reporting/status", "/api/balance?reporter=US&partner=VN", "/api/people"}) {
            mvc.perform(get(path).with(AIRLINE)).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/deals/" + e.soybeanDeal + "/stages").with(AIRLINE).contentType(MediaType.APPLICATION_JSON)
                .content("{\"stage\":\"cancelled\"}")).andExpect(status().isForbidden());
        mvc.perform(put("/api/deals/" + e.soybeanDeal + "/schedule").with(AIRLINE).contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reporting/status/reporters").with(AIRLINE).with(csrf()).param("username", "airline")
                .param("enterprise", String.valueOf(e.feedMill))).andExpect(status().isForbidden());
        assertThat(reporting.scope("airline", false).enterprises()).containsExactly(e.airline);
    }

    @Test
    void aReporterLogsInToItsReportingPage() throws Exception {
        mvc.perform(post("/login").param("username", "airline").param("password", TwoEnterprises.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/reporting"));
    }
}
