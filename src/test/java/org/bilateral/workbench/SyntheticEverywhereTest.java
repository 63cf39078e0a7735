package org.bilateral.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bilateral.WorkbenchTest;
import org.bilateral.extraction.RegisterFixture;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Synthetic is said wherever it reaches: on the demonstration data every page, every download (each CSV row, each XLSX
 * sheet) and every JSON answer whose figures derive from the statistics says they are demonstration data.
 */
@WorkbenchTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticEverywhereTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Autowired ApplicationEventPublisher events;

    @Autowired org.bilateral.offers.Offers offers;
    @Autowired org.bilateral.tariffs.TariffLoads tariffs;
    @Autowired org.bilateral.world.WorldRuns worldRuns;

    /** A world run left behind would stand in the brief of every test after this one (a synthetic run makes it synthetic). */
    @AfterAll
    void noWorldRunLeftBehind() {
        org.bilateral.world.WorldRunFixture.clear(jdbc);
    }

    private String target;
    /** Issue 33: an offer priced on the demonstration's statistics. */
    private long offer;
    /** Issue 35: a world run on a synthetic world. */
    private long world;

    @BeforeAll
    void theDemonstration() {
        TradeStatisticsFixture.clear(jdbc);
        RegisterFixture.clear(jdbc);
        jdbc.sql("delete from purchase_target").update();
        events.publishEvent(DemoRequested.on(DemonstrationFixture.TODAY));
        target = jdbc.sql("select code from purchase_target order by code").query(String.class).list().get(0);
        try {
            org.bilateral.offers.web.OfferPagesFixture.schedule(tariffs, java.nio.file.Files.createTempDirectory("offers-schedule"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        offers.all().forEach(o -> offers.delete(o.id(), "test"));
        offer = offers.create(org.bilateral.offers.web.OfferPagesFixture.farmGoodsAtZero("Farm goods at zero"), "test").id().value();
        org.bilateral.world.WorldRunFixture.clear(jdbc);
        world = worldRuns.load("RUN.json", org.bilateral.world.WorldRunFixture.synthetic(), "test").run().id();
    }

    private byte[] download(String path) throws Exception {
        var response = mvc.perform(get(path).with(user("admin").roles("ADMIN"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsByteArray();
    }

    @Test
    void everyPageDerivedFromTheDemonstrationSaysSo() throws Exception {
        List<String> silent = new ArrayList<>();
        for (String page : List.of("/balance", "/balance?level=sector", "/mirror?year=2024", "/targets/" + target, "/projection",
                "/stakes?topic=market_economy_status", "/stakes?topic=export_controls", "/stakes?topic=tariffs",
                "/tariffs/what-if?rate=15", "/risk?from=2017&event=2018-07-06", "/risk/products/8504.40?from=2017&event=2018-07-06",
                "/hill", "/hill?by=change", "/hill/states/TX", "/hill/who?product=1201", "/offers", "/offers/" + offer,
                "/world", "/world/runs/" + world + "/hubs/VN")) {
            String html = new String(download(page), StandardCharsets.UTF_8);
            if (!html.contains("synthetic-banner")) {
                silent.add(page);
            }
        }
        assertThat(silent).as("pages without the synthetic banner").isEmpty();
    }

    @Test
    void everyRowOfEveryCsvSaysSynthetic() throws Exception {
        List<String> silent = new ArrayList<>();
        for (String csv : List.of("/balance.csv", "/mirror.csv?year=2024", "/stakes.csv?topic=market_economy_status",
                "/tariffs/what-if.csv?rate=15", "/risk.csv?from=2017&event=2018-07-06", "/risk/products/8504.40.csv?from=2017&event=2018-07-06",
                "/offers/" + offer + "/priced.csv?table=years", "/offers/compare.csv")) {
            List<String> lines = new String(download(csv), StandardCharsets.UTF_8).lines().skip(1).toList();
            assertThat(lines).as(csv).isNotEmpty();
            lines.stream().filter(l -> !l.contains("synthetic")).findFirst().ifPresent(l -> silent.add(csv + ": " + l));
        }
        assertThat(silent).as("CSV rows without the synthetic mark").isEmpty();
    }

    @Test
    void everySheetOfEveryWorkbookSaysSynthetic() throws Exception {
        List<String> silent = new ArrayList<>();
        for (String xlsx : List.of("/balance.xlsx", "/mirror.xlsx?year=2024", "/targets/" + target + "/attainment.xlsx",
                "/projection.xlsx", "/risk.xlsx?from=2017&event=2018-07-06", "/offers/" + offer + "/priced.xlsx", "/offers/compare.xlsx")) {
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download(xlsx)))) {
                for (Sheet sheet : book) {
                    StringBuilder text = new StringBuilder();
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            text.append(cell.toString()).append(' ');
                        }
                    }
                    if (!text.toString().toLowerCase(java.util.Locale.ROOT).contains("synthetic")) {
                        silent.add(xlsx + " sheet " + sheet.getSheetName());
                    }
                }
            }
        }
        assertThat(silent).as("workbooks without the synthetic mark").isEmpty();
    }

    @Test
    void everyJsonAnswerSaysSynthetic() throws Exception {
        List<String> silent = new ArrayList<>();
        for (String json : List.of("/api/balance?reporter=US&partner=VN", "/api/mirror?reporter=US&partner=VN&year=2024",
                "/api/targets/" + target + "/attainment", "/api/projection", "/api/stakes?topic=market_economy_status",
                "/api/tariffs/what-if?rate=15", "/api/risk/screen?from=2017&event=2018-07-06")) {
            String body = new String(download(json), StandardCharsets.UTF_8);
            if (!body.contains("\"synthetic\":true")) {
                silent.add(json + ": " + body.substring(0, Math.min(200, body.length())));
            }
        }
        assertThat(silent).as("JSON answers without \"synthetic\": true").isEmpty();
    }
}
