package org.bilateral.doors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.bilateral.WorkbenchTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A refusal reaches its user in the user's language: a page's (?lang) on pages, the one an API call asks for in its
 * Accept-Language header, English otherwise; the file's name, its field and the value the user gave are shown as given.
 */
@WorkbenchTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "ANALYST")
class RefusalsInTheUsersLanguageTest {

    /** Line 2's quantity "many" is not a number; nothing else is wrong, so the refusal names one cell. */
    static final String DEALS = """
            id,date,status,buyer,buyer_country,seller,seller_country,item,hs_code,quantity,unit,value_usd_low,value_usd_high,period,source_url,note
            A1,2025-10-26,agreed,Vietnam Airlines,VN,Boeing,US,737 MAX aircraft,880240,many,aircraft,8000000000,,,https://example.org/a1,
            """;

    @Autowired MockMvc mvc;

    private MockMultipartFile deals() {
        return new MockMultipartFile("file", "deals.csv", "text/csv", DEALS.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBadUploadOnAVietnamesePageNamesFileLineAndFieldInVietnamese() throws Exception {
        String page = mvc.perform(multipart("/deals/import").file(deals()).param("lang", "vi").with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("deals.csv, dòng 2, trường quantity: &#39;many&#39; không phải là một số")
                .doesNotContain("is not a number");
    }

    @Test
    void theSameUploadOnAnEnglishPageIsRefusedInTheEnglishItAlwaysHad() throws Exception {
        String page = mvc.perform(multipart("/deals/import").file(deals()).param("lang", "en").with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("deals.csv, line 2, field quantity: &#39;many&#39; is not a number");
    }

    @Test
    void anApiRefusalIsInVietnameseWhenTheCallAsksForVietnamese() throws Exception {
        mvc.perform(multipart("/api/deals/import").file(deals()).header("Accept-Language", "vi").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("deals.csv, dòng 2, trường quantity: 'many' không phải là một số"));
    }

    @Test
    void anApiRefusalIsInEnglishWhenTheCallAsksForNoLanguage() throws Exception {
        mvc.perform(multipart("/api/deals/import").file(deals()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("deals.csv, line 2, field quantity: 'many' is not a number"));
    }

    @Test
    void aMissingDealIsNotFoundInVietnameseOnAVietnamesePageAndThroughAVietnameseApiCall() throws Exception {
        String page = mvc.perform(get("/deals/987654").param("lang", "vi")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Không có thương vụ D987654.");
        mvc.perform(get("/api/deals/987654").header("Accept-Language", "vi")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không có thương vụ D987654."));
        mvc.perform(get("/api/deals/987654")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("there is no deal D987654"));
    }

    /** The door kit's own refusals are keys too: a body that is not JSON, with its line and column. */
    @Test
    void aBodyThatIsNotJsonIsRefusedInVietnameseWithItsLineAndColumn() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/deals/1/stages")
                        .contentType("application/json").content("{\"stage\": ").header("Accept-Language", "vi").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("nội dung yêu cầu không phải là JSON hợp lệ (dòng 1, cột")));
    }
}
