package org.bilateral.commitments.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.commitments.Instrument;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.commitments.ReportedDeal;
import org.bilateral.commitments.ReportedValue;
import org.bilateral.engagements.Directory;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.extraction.RegisterFixture;
import org.bilateral.shared.DealId;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.UsState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The deal page says which state the deal buys from and why, and an editor sets the plant's state there. */
@WorkbenchTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "ANALYST")
class PlantStatePagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Directory directory;
    @Autowired PurchaseCommitments commitments;

    DealId dreamliners;

    @BeforeEach
    void aBoeingDeal() {
        RegisterFixture.clear(jdbc);
        Directory.OrganisationId boeing = directory.recordOrganisation(new Directory.RecordOrganisation("Boeing", null, "US", OrganisationKind.COMPANY));
        Directory.OrganisationId airline = directory.recordOrganisation(new Directory.RecordOrganisation("Bamboo Airways", null, "VN", OrganisationKind.COMPANY));
        directory.setUsState(boeing, UsState.of("WA"), "analyst");
        dreamliners = commitments.record(new ReportedDeal(airline, boeing, List.of(new ReportedDeal.Item("787 aircraft", HsCode.of("880240"))), null,
                10L, "aircraft", ReportedValue.usd(new BigDecimal("3000000000"), null), Instrument.MOU, null, LocalDate.of(2025, 10, 26), null,
                false, new ReportedDeal.Source("user", null, "test", null, null, null, null, null), null)).deal();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theDealBuysFromItsSellersStateUntilAnEditorNamesThePlantsState() throws Exception {
        String before = page("/deals/" + dreamliners.value() + "?lang=en");
        assertThat(before).contains("Bought from the state").contains("Washington (WA)").contains("the seller&#39;s state; the goods name no plant")
                .contains("<option value=\"SC\">South Carolina</option>");

        mvc.perform(post("/deals/" + dreamliners.value() + "/plant-state").param("state", "SC").with(csrf()))
                .andExpect(redirectedUrl("/deals/" + dreamliners.value()));

        assertThat(commitments.deal(dreamliners).plantState()).isEqualTo(UsState.of("SC"));
        String after = page("/deals/" + dreamliners.value() + "?lang=en");
        assertThat(after).contains("South Carolina (SC)").contains("where the plant making the goods is")
                .contains("<option value=\"SC\" selected=\"selected\">South Carolina</option>");
        String vietnamese = page("/deals/" + dreamliners.value() + "?lang=vi");
        assertThat(vietnamese).contains("Mua từ bang").contains("Nam Carolina (SC)").contains("nơi đặt nhà máy sản xuất hàng hóa")
                .contains("Bang đặt nhà máy");
    }

    @Test
    void choosingNoPlantLeavesTheDealToItsSellersState() throws Exception {
        commitments.setPlantState(dreamliners, UsState.of("SC"), "analyst");
        mvc.perform(post("/deals/" + dreamliners.value() + "/plant-state").param("state", "").with(csrf()))
                .andExpect(redirectedUrl("/deals/" + dreamliners.value()));
        assertThat(commitments.deal(dreamliners).plantState()).isNull();
        assertThat(page("/deals/" + dreamliners.value() + "?lang=en")).contains("Washington (WA)");
    }

    @Test
    void aCodeOfNoStateIsRefusedInThePagesLanguageAndChangesNothing() throws Exception {
        String refused = mvc.perform(post("/deals/" + dreamliners.value() + "/plant-state?lang=vi").param("state", "XX").with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("không phải là mã bưu chính (USPS) của một bang");
        assertThat(commitments.deal(dreamliners).plantState()).isNull();
    }

    @Test
    void aViewerSeesTheStateButNoFormAndMayNotSetIt() throws Exception {
        String seen = mvc.perform(get("/deals/" + dreamliners.value() + "?lang=en").with(user("minister").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(seen).contains("Washington (WA)").doesNotContain("/plant-state");
        mvc.perform(post("/deals/" + dreamliners.value() + "/plant-state").param("state", "SC").with(user("minister").roles("VIEWER")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(commitments.deal(dreamliners).plantState()).isNull();
    }
}
