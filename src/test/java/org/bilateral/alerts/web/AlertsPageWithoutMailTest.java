package org.bilateral.alerts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.bilateral.WorkbenchTest;
import org.bilateral.alerts.Notifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Without spring.mail.host the workbench mails nothing, and the alerts page says so in both languages. */
@WorkbenchTest
@AutoConfigureMockMvc
class AlertsPageWithoutMailTest {

    @Autowired MockMvc mvc;
    @Autowired Notifications notifications;

    @Test
    void thePageSaysNoMailServerIsConfigured() throws Exception {
        assertThat(notifications.mailConfigured()).isFalse();
        String en = mvc.perform(get("/alerts?lang=en").with(user("nomail").roles("ANALYST"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("id=\"no-mail\"", "No mail server is configured (spring.mail.host)");
        String vi = mvc.perform(get("/alerts?lang=vi").with(user("nomail").roles("ANALYST"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(vi).contains("Chưa cấu hình máy chủ thư: thông báo chỉ có trên trang này");
    }
}
