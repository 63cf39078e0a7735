package org.bilateral.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.bilateral.WorkbenchTest;
import org.bilateral.extraction.PressReleases;
import org.bilateral.risk.Triangle;
import org.bilateral.risk.WatchList;
import org.bilateral.shared.HsCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The first page, "Since …", on the demonstration data with a press release read and accepted (an engagement and a
 * deal entered) and a product watched: every kind's group in order, each line linking to its page, synthetic said
 * beside the statistics, an empty group said plainly, the threshold filtering the watched products, bad fields refused.
 */
@WorkbenchTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SincePageTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired PressReleases pressReleases;
    @Autowired WatchList watchList;

    @BeforeAll
    void theDemonstrationAReadReleaseAndAWatchedProduct() {
        DemonstrationFixture.load(jdbc, events, pressReleases);
        jdbc.sql("delete from brief").update();
        watchList.watch(new WatchList.Watch(Triangle.DEFAULT, HsCode.of("850440"), null, null, null), "test");
    }

    private MockHttpServletResponse open(String address, String role) throws Exception {
        return mvc.perform(get(address).with(user(role.toLowerCase()).roles(role))).andReturn().getResponse();
    }

    private String page(String address) throws Exception {
        MockHttpServletResponse response = open(address, "VIEWER");
        assertThat(response.getStatus()).as(address).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static String section(String html, String kind) {
        int from = html.indexOf("id=\"since-" + kind + "\"");
        assertThat(from).as(kind).isPositive();
        return html.substring(from, html.indexOf("</section>", from));
    }

    @Test
    void everyKindIsListedInOrderEachLineLinkingToItsPage() throws Exception {
        String html = page("/?since=2020-01-01&threshold=0&lang=en");

        assertThat(html).contains("Since 2020-01-01", "Changes since the day you chose");
        assertThat(html.indexOf("since-statistics")).isLessThan(html.indexOf("since-engagement"));
        assertThat(html.indexOf("since-engagement")).isLessThan(html.indexOf("since-deal"));
        assertThat(html.indexOf("since-deal")).isLessThan(html.indexOf("since-watched_product"));
        String statistics = section(html, "statistics");
        assertThat(statistics).contains("href=\"/balance?reporter=US&amp;partner=VN&amp;by=month\"", "imported (", ">synthetic<");
        assertThat(section(html, "engagement")).contains("href=\"/engagements/", "Nguyễn Hồng Diên");
        assertThat(section(html, "deal")).contains("href=\"/deals/", "entered the register");
        assertThat(section(html, "watched_product")).contains("href=\"/risk/products/850440?origin=CN&amp;hub=VN&amp;destination=US\"",
                "850440: US imports from VN in");
        // nothing of the kind: said plainly
        assertThat(section(html, "tariff_action")).contains("No new tariff action since 2020-01-01.");
        assertThat(html).contains("synthetic-banner");
    }

    @Test
    void theThresholdLeavesOutWatchedProductsThatMovedLess() throws Exception {
        String html = page("/?since=2020-01-01&threshold=1000&lang=en");

        assertThat(section(html, "watched_product")).contains("No watched product moved beyond the threshold since 2020-01-01.")
                .doesNotContain("/risk/products/");
        assertThat(html).contains("value=\"1000\"");
    }

    @Test
    void theVietnamesePageSaysItsGroupsAndFiguresInVietnamese() throws Exception {
        String html = page("/?since=2020-01-01&threshold=0&lang=vi");

        assertThat(html).contains("Từ 2020-01-01", "Số liệu thống kê", "Hoạt động tiếp xúc", "Thương vụ", "Mặt hàng theo dõi",
                "Đã nhập số liệu", "nhập khẩu của US từ VN", "Không có biện pháp thuế quan mới nào từ 2020-01-01.");
        assertThat(section(html, "statistics")).containsPattern("\\d+,\\d+ (tỷ|triệu) USD|\\d+\\.\\d{3} USD");
    }

    @Test
    void withoutABriefOrADayThePageLooksBackThirtyDays() throws Exception {
        assertThat(page("/?lang=en")).contains("No brief of the pair has been made yet", "value=\"20\"");
    }

    @Test
    void aDayThatIsNotADayAndAThresholdOutOfRangeAreRefusedByTheirFieldsNames() throws Exception {
        MockHttpServletResponse day = open("/?since=2026-13-01&lang=en", "VIEWER");
        assertThat(day.getStatus()).isEqualTo(400);
        assertThat(day.getContentAsString(StandardCharsets.UTF_8)).contains("since", "&quot;2026-13-01&quot; is not a day");

        MockHttpServletResponse words = open("/?threshold=lots&lang=en", "VIEWER");
        assertThat(words.getStatus()).isEqualTo(400);
        assertThat(words.getContentAsString(StandardCharsets.UTF_8)).contains("threshold", "&quot;lots&quot; is not a number");

        MockHttpServletResponse tooHigh = open("/?threshold=1001&lang=vi", "VIEWER");
        assertThat(tooHigh.getStatus()).isEqualTo(400);
        assertThat(tooHigh.getContentAsString(StandardCharsets.UTF_8)).contains("threshold", "ngưỡng 1001% nằm ngoài khoảng cho phép");

        assertThat(open("/?threshold=-1", "VIEWER").getStatus()).isEqualTo(400);
    }

    @Test
    void everySignedInRoleOpensTheFirstPageAndAReporterGoesOnToItsOwn() throws Exception {
        for (String role : new String[] {"ADMIN", "ANALYST", "VIEWER"}) {
            assertThat(open("/?since=2020-01-01", role).getStatus()).as(role).isEqualTo(200);
        }
        MockHttpServletResponse reporter = open("/", "REPORTER");
        assertThat(reporter.getStatus()).isEqualTo(302);
        assertThat(reporter.getRedirectedUrl()).isEqualTo("/reporting");
    }
}
