package org.bilateral.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.bilateral.WorkbenchTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@WorkbenchTest
@AutoConfigureMockMvc
class AccessTest {

    @Autowired MockMvc mvc;

    @Test
    void pagesSendAnonymousVisitorsToTheLoginPage() throws Exception {
        mvc.perform(get("/balance").accept("text/html")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/imports").accept("text/html")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theLoginPageAndItsAssetsAreOpen() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/css/bilateral.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/echarts/echarts.min.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
    }

    @Test
    void theApiAnswersUnauthorizedWithoutCredentialsAndServesTheAdministrator() throws Exception {
        mvc.perform(get("/api/imports")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/imports").with(httpBasic("admin", "wrong-password"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/imports").with(httpBasic("admin", WorkbenchTest.ADMIN_PASSWORD))).andExpect(status().isOk());
    }

    @Test
    @WithMockUser(roles = "ANALYST")
    void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
        MockMultipartFile file = new MockMultipartFile("files", "x.json", "application/json", "[]".getBytes());
        mvc.perform(multipart("/imports").file(file)).andExpect(status().isForbidden());
        mvc.perform(multipart("/imports").file(file).with(csrf())).andExpect(status().isOk());
    }

    @Test
    void loggingInWithTheFirstAdministratorsPasswordWorks() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", WorkbenchTest.ADMIN_PASSWORD).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"));
        mvc.perform(post("/login").param("username", "admin").param("password", "nope").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
    }
}
