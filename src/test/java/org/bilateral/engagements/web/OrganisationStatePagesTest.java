package org.bilateral.engagements.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.bilateral.WorkbenchTest;
import org.bilateral.engagements.Directory;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.extraction.RegisterFixture;
import org.bilateral.shared.UsState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The organisation page shows where in the United States an organisation is, and an editor sets it there. */
@WorkbenchTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "ANALYST")
class OrganisationStatePagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Directory directory;

    long poet;
    long airline;

    @BeforeEach
    void twoOrganisations() {
        RegisterFixture.clear(jdbc);
        poet = directory.recordOrganisation(new Directory.RecordOrganisation("POET", null, "US", OrganisationKind.COMPANY)).value();
        airline = directory.recordOrganisation(new Directory.RecordOrganisation("Vietnam Airlines", null, "VN", OrganisationKind.COMPANY)).value();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anEditorSetsTheStateByItsNameAndThePageSaysItInBothLanguages() throws Exception {
        assertThat(page("/organisations/" + poet + "?lang=en")).contains("US state").contains("not known")
                .contains("<option value=\"SD\">South Dakota</option>");

        mvc.perform(post("/organisations/" + poet + "/state").param("state", "SD").with(csrf())).andExpect(redirectedUrl("/organisations/" + poet));

        assertThat(directory.existingOrganisation(poet).usState()).isEqualTo(UsState.of("SD"));
        assertThat(page("/organisations/" + poet + "?lang=en")).contains("South Dakota (SD)")
                .contains("<option value=\"SD\" selected=\"selected\">South Dakota</option>");
        assertThat(page("/organisations/" + poet + "?lang=vi")).contains("Bang (Hoa Kỳ)").contains("Nam Dakota (SD)")
                .contains("<option value=\"NC\">Bắc Carolina</option>");
    }

    @Test
    void aForeignOrganisationShowsNoStateAndIsRefusedOneInThePagesLanguage() throws Exception {
        assertThat(page("/organisations/" + airline + "?lang=en")).doesNotContain("id=\"organisation-state\"");

        String refused = mvc.perform(post("/organisations/" + airline + "/state?lang=vi").param("state", "WA").with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(refused).contains("Vietnam Airlines thuộc VN: chỉ tổ chức của Hoa Kỳ");
        assertThat(directory.existingOrganisation(airline).usState()).isNull();
    }

    @Test
    void aStateForNoOrganisationIsNotFound() throws Exception {
        mvc.perform(post("/organisations/999999/state").param("state", "WA").with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void aViewerSeesTheStateButMayNotSetIt() throws Exception {
        directory.setUsState(new Directory.OrganisationId(poet), UsState.of("SD"), "analyst");
        String seen = mvc.perform(get("/organisations/" + poet + "?lang=en").with(user("minister").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(seen).contains("South Dakota (SD)").doesNotContain("/state\"");
        mvc.perform(post("/organisations/" + poet + "/state").param("state", "").with(user("minister").roles("VIEWER")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(directory.existingOrganisation(poet).usState()).isEqualTo(UsState.of("SD"));
    }
}
