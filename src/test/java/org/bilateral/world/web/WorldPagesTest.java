package org.bilateral.world.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.bilateral.WorkbenchTest;
import org.bilateral.world.WorldRun;
import org.bilateral.world.WorldRunFixture;
import org.bilateral.world.WorldRuns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The World page and a hub's page, in both languages, on the hand-written run (WorldRunFixture) and with no run. */
@WorkbenchTest
@AutoConfigureMockMvc
class WorldPagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired WorldRuns runs;

    /** A world run left behind would stand in the brief of every test after this one (a synthetic run makes it synthetic). */
    @AfterEach
    void noWorldRunLeftBehind() {
        org.bilateral.world.WorldRunFixture.clear(jdbc);
    }

    @BeforeEach
    void noRun() {
        WorldRunFixture.clear(jdbc);
    }

    private MockHttpServletResponse response(String path) throws Exception {
        return mvc.perform(get(path).with(user("analyst").roles("VIEWER"))).andReturn().getResponse();
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse r = response(path);
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void withNoRunThePageSaysTheCommandsThatMakeOne() throws Exception {
        assertThat(page("/world?lang=en")).contains("No run of the world screen is held yet.",
                "./bilateral world screen --origin CN --destination US --from 2017 --to 2024").doesNotContain("hub-table");
        assertThat(page("/world?lang=vi")).contains("Chưa có lần chạy sàng lọc toàn cầu nào.", "./bilateral world import");
    }

    @Test
    void theLatestRunShowsItsHubsRankedTwoWaysAndWhereVietnamStands() throws Exception {
        WorldRun run = runs.load("RUN.json", WorldRunFixture.bytes(), "analyst").run();
        String en = page("/world?lang=en");
        assertThat(en).contains("World screen: CN → US, 2017–2024",
                // 12.3 ÷ 45.6 = 27.0%; Mexico 20 ÷ 50 = 40.0% ranks first by bound, Vietnam's 2 products first by Freund
                "Of 2 hubs screened for CN → US 2017–2024, Vietnam ranks 2nd by rerouting bound (27.0%: $12.3 bn of $45.6 bn in 2024) "
                        + "and 1st by products passing the Freund test (2).",
                "Hubs screened: 2", "local[2]", "/home/analyst/.bilateral/world", "Bulk files read: 3", "1,234,567 flows read",
                "Run #" + run.id() + ": CN → US, 2017–2024").doesNotContain("synthetic-banner");
        // by bound: Mexico's row before Vietnam's; by the Freund test: Vietnam's first
        assertThat(en.indexOf("id=\"hub-MX\"")).isPositive().isLessThan(en.indexOf("id=\"hub-VN\""));
        String byFreund = page("/world/runs/" + run.id() + "?by=freund&lang=en");
        assertThat(byFreund.indexOf("id=\"hub-VN\"")).isPositive().isLessThan(byFreund.indexOf("id=\"hub-MX\""));
        assertThat(en).contains("$20 bn", "40.0%", "$50 bn");
        String vi = page("/world/runs/" + run.id() + "?lang=vi");
        assertThat(vi).contains("lang=\"vi\"", "Việt Nam đứng thứ 2 theo giới hạn chuyển hướng (27,0%: 12,3 tỷ USD trên 45,6 tỷ USD năm 2024)",
                "Hạng theo kiểm định Freund", "40,0%").doesNotContain("??");
    }

    @Test
    void aHubsProductsLinkToTheRoutesProductPageOfTheTransshipmentScreen() throws Exception {
        WorldRun run = runs.load("RUN.json", WorldRunFixture.bytes(), "analyst").run();
        String en = page("/world/runs/" + run.id() + "/hubs/VN?lang=en");
        assertThat(en).contains("Vietnam as a hub of CN → US",
                "Rank 2 by rerouting bound and 1 by products passing the Freund test, of 2 hubs.",
                "5 products screened, 2 passing the Freund test; shown: 2",
                // the event year 2018 is the Section 301 event of 2018-07-06, as the risk screen's query takes it
                "href=\"/risk/products/850440?origin=CN&amp;hub=VN&amp;destination=US&amp;from=2017&amp;to=2024&amp;event=2018-07-06\"",
                // score 0.93 to three decimals; trade $1,234,567 = $1.2 m; Freund 0.31 = 31.0%; diversion 0.3 ranked 0.9
                "0.930", "$1.2 m", "31.0%", "0.300 (0.900)", "hand-written arithmetic of the fixture, diversion");
        assertThat(en.indexOf("product-850440")).isLessThan(en.indexOf("product-940360"));
        String vi = page("/world/runs/" + run.id() + "/hubs/VN?lang=vi");
        assertThat(vi).contains("Việt Nam với vai trò nước trung chuyển của tuyến CN → US", "0,930", "1,2 triệu USD", "31,0%");
        String mx = page("/world/runs/" + run.id() + "/hubs/MX?lang=en");
        assertThat(mx).contains("no statistics of MX", "Rerouting bound in 2024: 40.0% ($20 bn of $50 bn exported to the destination).");
    }

    @Test
    void aSyntheticRunSaysSoOnBothPages() throws Exception {
        WorldRun run = runs.load("RUN.json", WorldRunFixture.synthetic(), "analyst").run();
        assertThat(page("/world?lang=en")).contains("synthetic-banner", "Synthetic: this run read demonstration data",
                "(Synthetic: the run read demonstration data.)");
        assertThat(page("/world/runs/" + run.id() + "/hubs/VN?lang=vi")).contains("synthetic-banner", "Dữ liệu tổng hợp: lần chạy này");
    }

    @Test
    void aRunOrHubNotHeldIsNotFound() throws Exception {
        assertThat(response("/world/runs/999999?lang=en").getStatus()).isEqualTo(404);
        WorldRun run = runs.load("RUN.json", WorldRunFixture.bytes(), "analyst").run();
        assertThat(response("/world/runs/" + run.id() + "/hubs/US?lang=en").getStatus()).isEqualTo(404);
        assertThat(response("/world/runs/" + run.id() + "/hubs/1?lang=en").getStatus()).isEqualTo(400);
    }

    @Test
    void theNavigationLeadsToTheWorldScreenBesideTheTransshipmentScreen() throws Exception {
        assertThat(page("/world?lang=en")).contains("href=\"/world\" id=\"nav-world\"", "href=\"/risk\"");
    }
}
