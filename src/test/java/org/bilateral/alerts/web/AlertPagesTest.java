package org.bilateral.alerts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.bilateral.alerts.AlertEvaluation;
import org.bilateral.alerts.AlertRules;
import org.bilateral.alerts.AlertsTest;
import org.bilateral.alerts.Notifications;
import org.bilateral.shared.Changes;
import org.bilateral.shared.Changes.Kind;
import org.bilateral.shared.Said;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The alerts page: analysts set rules, read their notifications and see the unread count in the navigation. */
@AlertsTest
class AlertPagesTest {

    @Autowired MockMvc mvc;
    @Autowired AlertEvaluation evaluation;
    @Autowired AlertRules rules;
    @Autowired Notifications notifications;
    @Autowired AlertsTest.StatedChanges changes;

    @BeforeEach
    void noChangesYet() {
        changes.clear();
    }

    private MockHttpServletResponse as(String who, String role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(who).roles(role))).andReturn().getResponse();
    }

    private String page(String who, String lang) throws Exception {
        return as(who, "ANALYST", get("/alerts?lang=" + lang)).getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void analystsAndAdministratorsOpenThePageViewersAndReportersDoNot() throws Exception {
        assertThat(as("pages-a", "ANALYST", get("/alerts")).getStatus()).isEqualTo(200);
        assertThat(as("pages-b", "ADMIN", get("/alerts")).getStatus()).isEqualTo(200);
        assertThat(as("pages-c", "VIEWER", get("/alerts")).getStatus()).isEqualTo(403);
        assertThat(as("pages-d", "REPORTER", get("/alerts")).getStatus()).isEqualTo(403);
        assertThat(as("pages-c", "VIEWER", post("/alerts/rules").with(csrf())).getStatus()).isEqualTo(403);
        // a viewer's navigation has no Alerts
        String balance = as("pages-c", "VIEWER", get("/balance?lang=en")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(balance).doesNotContain("href=\"/alerts\"");
    }

    @Test
    void aRuleSetOnThePageMatchesAndTheUnreadCountShowsInTheNavigationUntilRead() throws Exception {
        MockHttpServletResponse set = as("pages-lan", "ANALYST", post("/alerts/rules?lang=vi").with(csrf())
                .param("name", "Chống bán phá giá").param("kinds", "TRADE_REMEDY", "TARIFF_ACTION")
                .param("words", "Việt Nam chống bán phá giá").param("threshold", "").param("product", ""));
        assertThat(set.getStatus()).isEqualTo(302);
        assertThat(page("pages-lan", "vi")).contains("Chống bán phá giá", "Văn bản phòng vệ thương mại", "Biện pháp thuế quan")
                .doesNotContain("id=\"alerts-unread\"");

        changes.add(new Changes.Change(Kind.TRADE_REMEDY, Instant.now(), Said.asWritten("Điều tra chống bán phá giá thép"),
                "/policy/remedies/pages-1", null, null, "VIET NAM: dieu tra chong ban pha gia thep", false));
        evaluation.evaluate();

        String vi = page("pages-lan", "vi");
        assertThat(vi).contains("id=\"alerts-unread\"", "Thông báo (1 chưa đọc)", "Điều tra chống bán phá giá thép",
                "href=\"/policy/remedies/pages-1\"");
        assertThat(page("pages-lan", "en")).contains("Notifications (1 unread)", "Trade-remedy document");
        long id = notifications.of("pages-lan").get(0).id();
        assertThat(as("pages-lan", "ANALYST", post("/alerts/notifications/" + id + "/read").with(csrf())).getStatus())
                .isEqualTo(302);
        assertThat(page("pages-lan", "vi")).contains("Thông báo (0 chưa đọc)").doesNotContain("id=\"alerts-unread\"");
    }

    @Test
    void aThresholdIsTypedEitherLanguagesWayAndABadOneIsRefusedInThePagesLanguage() throws Exception {
        as("pages-minh", "ANALYST", post("/alerts/rules").with(csrf()).param("name", "Up").param("kinds", "WATCHED_PRODUCT")
                .param("threshold", "12,5"));
        assertThat(rules.of("pages-minh")).extracting(r -> r.threshold().toPlainString()).containsExactly("12.5");
        assertThat(page("pages-minh", "vi")).contains("tăng hơn 12,5%");
        assertThat(page("pages-minh", "en")).contains("up more than 12.5%");

        MockHttpServletResponse refused = as("pages-minh", "ANALYST", post("/alerts/rules?lang=vi").with(csrf())
                .param("name", "Bad").param("kinds", "WATCHED_PRODUCT").param("threshold", "hai mươi"));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("ngưỡng là một tỷ lệ phần trăm", "hai mươi");
        MockHttpServletResponse noKind = as("pages-minh", "ANALYST", post("/alerts/rules?lang=en").with(csrf()).param("name", "None"));
        assertThat(noKind.getStatus()).isEqualTo(400);
        assertThat(noKind.getContentAsString(StandardCharsets.UTF_8)).contains("choose at least one kind of change");
    }

    @Test
    void aReadyMadeRuleIsTakenUnderItsNameInThePagesLanguage() throws Exception {
        as("pages-tuan", "ANALYST", post("/alerts/examples/2?lang=vi").with(csrf()));
        assertThat(rules.of("pages-tuan")).extracting(r -> r.name()).containsExactly("Một vòng đàm phán mới giữa hai bên");
    }

    @Test
    void aFeedAddressIsShownOnceWhenMadeAndRevokedOnThePage() throws Exception {
        var made = mvc.perform(post("/alerts/feed").with(user("pages-hoa").roles("ANALYST")).with(csrf())).andReturn();
        Object token = made.getFlashMap().get("feedToken");
        assertThat(token).isNotNull();
        assertThat(String.valueOf(token)).startsWith("blf_");
        String shown = mvc.perform(get("/alerts?lang=en").with(user("pages-hoa").roles("ANALYST")).flashAttrs(made.getFlashMap()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(shown).contains(AlertsTest.PUBLIC_URL + "/alerts.atom?token=" + token);
        assertThat(page("pages-hoa", "en")).doesNotContain(String.valueOf(token)).contains("Revoke the feed address");
        assertThat(mvc.perform(get("/alerts.atom?token=" + token)).andReturn().getResponse().getStatus()).isEqualTo(200);
        as("pages-hoa", "ANALYST", post("/alerts/feed/revoke").with(csrf()));
        assertThat(mvc.perform(get("/alerts.atom?token=" + token)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theAddressAndLanguageOfTheMailsAreSavedAndABadAddressRefused() throws Exception {
        as("pages-quang", "ANALYST", post("/alerts/address").with(csrf()).param("address", "quang@moit.example.vn").param("language", "vi"));
        assertThat(notifications.recipient("pages-quang").address()).isEqualTo("quang@moit.example.vn");
        assertThat(as("pages-quang", "ANALYST", post("/alerts/address").with(csrf()).param("address", "not an address")
                .param("language", "vi")).getStatus()).isEqualTo(400);
        // a mail server is configured here: the page does not say there is none
        assertThat(page("pages-quang", "en")).doesNotContain("id=\"no-mail\"");
    }
}
