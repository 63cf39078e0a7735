package org.bilateral.commitments.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.bilateral.WorkbenchTest;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.engagements.Directory;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.identity.Role;
import org.bilateral.identity.UserAccounts;
import org.bilateral.shared.Period;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The reporting pages as the ministry uses them: a refused workbook's problems, and linking a reporter to its enterprise. */
@WorkbenchTest
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMIN")
class ReportingPagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Directory directory;
    @Autowired PurchaseCommitments commitments;
    @Autowired UserAccounts accounts;
    @Autowired EnterpriseReporting reporting;
    @Autowired ReportingTemplate template;

    TwoEnterprises e;

    @BeforeEach
    void twoEnterprises() {
        e = TwoEnterprises.create(jdbc, directory, commitments, accounts, reporting);
    }

    @Test
    void aRefusedWorkbookListsEachOfItsProblemsOnALineOfItsOwnOnTheReportingPage() throws Exception {
        byte[] blank = template.write(reporting.scope("admin", true), Period.parse("2026-Q1"), null);
        byte[] wrong = TemplateCells.fill(blank, "Progress", "E2", "shipped", "G2", "lots");
        MockMultipartFile file = new MockMultipartFile("file", "q1.xlsx", "application/octet-stream", wrong);

        MvcResult refused = mvc.perform(multipart("/reporting/template").file(file).param("period", "2026-Q1").with(csrf()))
                .andExpect(redirectedUrl("/reporting?period=2026-Q1")).andReturn();
        String page = mvc.perform(get("/reporting").param("period", "2026-Q1").flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String refusals = page.substring(page.indexOf("id=\"refusals\""), page.indexOf("</div>", page.indexOf("id=\"refusals\"")));
        assertThat(refusals).contains("q1.xlsx was refused");
        // Two cells wrong, two lines: the stage in E2 and the value in G2, each with its sheet, row and column.
        assertThat(texts(refusals, "li")).hasSize(2).satisfiesExactly(
                a -> assertThat(a).contains("sheet Progress, row 2").contains("column E"),
                b -> assertThat(b).contains("sheet Progress, row 2").contains("column G"));
        assertThat(jdbc.sql("select count(*) from progress_report").query(Long.class).single()).isZero();
    }

    @Test
    void aReporterIsPickedFromTheReporterAccountsAndTheNoticeNamesItsEnterprise() throws Exception {
        accounts.create("newreporter", TwoEnterprises.PASSWORD, Role.REPORTER);
        long importer = directory.recordOrganisation(new Directory.RecordOrganisation("Hoa Phat", null, "VN", OrganisationKind.COMPANY)).value();

        String form = mvc.perform(get("/reporting/status")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String accountList = form.substring(form.indexOf("id=\"link-account\""), form.indexOf("</select>", form.indexOf("id=\"link-account\"")));
        String enterpriseList = form.substring(form.indexOf("id=\"link-enterprise\""), form.indexOf("</select>", form.indexOf("id=\"link-enterprise\"")));
        // Only reporter accounts are offered, by name; the administrator is not one.
        assertThat(texts(accountList, "option")).containsExactly("airline", "feedmill", "newreporter");
        assertThat(texts(enterpriseList, "option")).contains("Vietnam Airlines", "Khai Anh Binh Thuan");

        MvcResult linked = mvc.perform(post("/reporting/status/reporters").with(csrf()).param("username", "newreporter")
                .param("enterprise", String.valueOf(importer))).andReturn();
        assertThat(linked.getFlashMap().get("notice")).isEqualTo("newreporter now reports for enterprise Hoa Phat.");
        assertThat(reporting.scope("newreporter", false).enterprises()).containsExactly(importer);
    }

    /** The texts of the elements of one tag in a piece of a page, in order. */
    private static List<String> texts(String html, String tag) {
        Matcher m = Pattern.compile("<" + tag + "[^>]*>([^<]*)</" + tag + ">").matcher(html);
        List<String> texts = new java.util.ArrayList<>();
        while (m.find()) {
            texts.add(m.group(1).strip());
        }
        return texts;
    }
}
