package org.bilateral.commitments.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.bilateral.WorkbenchTest;
import org.bilateral.commitments.Deal;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.extraction.RegisterFixture;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** A deal's delivery schedule through the API and the deal page: stored whole, or refused naming the entry and its field. */
@WorkbenchTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "ANALYST")
class DealsApiTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PurchaseCommitments commitments;

    long id;

    @BeforeEach
    void oneDeal() throws Exception {
        RegisterFixture.clear(jdbc);
        TradeStatisticsFixture.clear(jdbc);
        jdbc.sql("delete from purchase_target").update();
        mvc.perform(multipart("/deals/import").file(new MockMultipartFile("file", "deals.csv", "text/csv",
                CommitmentPagesTest.DEALS.getBytes(StandardCharsets.UTF_8))).with(csrf())).andExpect(redirectedUrl("/deals"));
        id = commitments.deals().stream().filter(d -> d.buyer().equals("Vietnam Airlines")).findFirst().orElseThrow().id().value();
    }

    String schedule(String json, int status) throws Exception {
        return mvc.perform(put("/api/deals/" + id + "/schedule").contentType(MediaType.APPLICATION_JSON).content(json).with(csrf()))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String expected2027() throws Exception {
        return mvc.perform(get("/api/projection").param("buyer", "VN").param("seller", "US")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aScheduleOfThreeDeliveriesIsStoredWholeAndReadBackExactly() throws Exception {
        schedule("""
                [{"period":"2027-01","quantity":1,"valueUsd":100000000.01},
                 {"period":"2027-02","quantity":2,"valueUsd":200000000.02},
                 {"period":"2027-03","quantity":3,"valueUsd":300000000.03}]""", 200);

        String json = mvc.perform(get("/api/deals/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.deliveries.length()").value(3)).andReturn().getResponse().getContentAsString();
        Deal deal = commitments.deal(id).orElseThrow();
        assertThat(deal.deliveries()).extracting(d -> d.period().toString(), Deal.Delivery::quantity, Deal.Delivery::valueUsd)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2027-01", new BigDecimal("1"), new BigDecimal("100000000.01")),
                        org.assertj.core.groups.Tuple.tuple("2027-02", new BigDecimal("2"), new BigDecimal("200000000.02")),
                        org.assertj.core.groups.Tuple.tuple("2027-03", new BigDecimal("3"), new BigDecimal("300000000.03")));
        assertThat(json).contains("100000000.01").contains("200000000.02").contains("300000000.03");
        // 100,000,000.01 + 200,000,000.02 + 300,000,000.03 = 600,000,000.06 expected in 2027
        assertThat(expected2027()).contains("\"year\":2027").contains("\"expectedUsd\":600000000.06");
    }

    @Test
    void threeDeliveriesFromTheSameMonthAreRefusedNamingEachEntryThatOverlapsAndTheEarlierScheduleStands() throws Exception {
        schedule("[{\"period\":\"2028\",\"valueUsd\":100}]", 200);

        String refusal = schedule("""
                [{"period":"2027-01","quantity":5,"valueUsd":1000},
                 {"period":"2027-01","quantity":5,"valueUsd":2000},
                 {"period":"2027-Q1","quantity":5,"valueUsd":3000}]""", 400);

        assertThat(refusal).contains("schedule, delivery 2, field period: 2027-01 overlaps delivery 1 (2027-01): give each month once")
                .contains("schedule, delivery 3, field period: 2027-Q1 overlaps delivery 1 (2027-01): give each month once");
        assertThat(commitments.deal(id).orElseThrow().deliveries()).extracting(d -> d.period().toString(), Deal.Delivery::valueUsd)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2028", new BigDecimal("100.00")));
    }

    @Test
    void aNegativeDeliveryIsRefusedByItsFieldAndTheProjectionIsNotLowered() throws Exception {
        schedule("[{\"period\":\"2027-01\",\"quantity\":5,\"valueUsd\":1000}]", 200);
        // one delivery of 1,000 in January 2027
        assertThat(expected2027()).contains("\"expectedUsd\":1000.00");

        String refusal = schedule("""
                [{"period":"2027-01","quantity":5,"valueUsd":1000},
                 {"period":"2027-02","quantity":-5,"valueUsd":-100}]""", 400);

        assertThat(refusal).contains("schedule, delivery 2, field quantity: '-5' is negative; a quantity is zero or more")
                .contains("schedule, delivery 2, field value: '-100' is negative; an amount is zero or more");
        // still 1,000: the refused -100 did not lower it to 900
        assertThat(expected2027()).contains("\"expectedUsd\":1000.00");
    }

    @Test
    void aDeliveryValueFinerThanACentIsRefusedNeverRoundedOnEveryDoor() throws Exception {
        String api = schedule("""
                [{"period":"2027-01","valueUsd":0.005},
                 {"period":"2027-02","valueUsd":999999999999999.999999},
                 {"period":"2027-03","valueUsd":0}]""", 400);
        String page = mvc.perform(post("/deals/" + id + "/schedule").param("schedule", "2027-Q1 5 0.005").with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(api).contains("schedule, delivery 1, field value: '0.005' has more decimals than cents")
                .contains("schedule, delivery 2, field value: '999999999999999.999999' has more decimals than cents")
                .contains("schedule, delivery 3, field value: '0' is not a delivery; a delivery is more than zero");
        assertThat(page).contains("schedule, line 1, field value: &#39;0.005&#39; has more decimals than cents");
        assertThat(commitments.deal(id).orElseThrow().deliveries()).extracting(Deal.Delivery::basis).containsOnly("even");
    }

    @Test
    void anEntryWhosePeriodIsNoPeriodIsRefusedByItsNumber() throws Exception {
        String refusal = schedule("[{\"period\":\"2027-01\",\"valueUsd\":1},{\"period\":\"soon\",\"valueUsd\":1}]", 400);

        assertThat(refusal).contains("schedule, delivery 2, field period: not a period: 'soon'");
    }

    @Test
    void aTargetFormWithABaselineBeforeTheStatisticsIsRefusedByItsField() throws Exception {
        mvc.perform(post("/targets").with(csrf()).param("code", "corn").param("name", "Corn").param("buyer", "VN").param("seller", "US")
                        .param("baseline", "1999").param("basis", "absolute").param("counts", "partner-exports")
                        .param("products", "Corn: 1005").param("amounts", "2026: 600000000"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("baseline: &#39;1999&#39; is not a baseline year from 2000 to 2099")));
        mvc.perform(post("/targets").with(csrf()).param("code", "corn").param("name", "Corn").param("buyer", "VN").param("seller", "US")
                        .param("baseline", "2024").param("basis", "absolute").param("counts", "partner-exports")
                        .param("products", "Corn: 1005").param("amounts", "2026: 600000000.005"))
                .andExpect(status().isBadRequest());
    }
}
