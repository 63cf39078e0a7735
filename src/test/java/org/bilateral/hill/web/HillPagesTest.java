package org.bilateral.hill.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bilateral.WorkbenchTest;
import org.bilateral.extraction.RegisterFixture;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.bilateral.workbench.DemoRequested;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Hill's pages on the demonstration with the shared reference data (the members of Congress, the states' shapes),
 * in both languages: the map's table, a state's page with its delegation, a legislator's page with their committees,
 * who to see about a product, an ask and a deal, the shapes, and the refusals.
 */
@WorkbenchTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HillPagesTest {

    @DynamicPropertySource
    static void sharedReference(DynamicPropertyRegistry properties) {
        properties.add("bilateral.reference", () -> HillMapBrowserTest.SHARED.toAbsolutePath().normalize().toString());
    }

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;

    @BeforeAll
    void theDemonstration() {
        assumeTrue(Files.isDirectory(HillMapBrowserTest.SHARED.resolve("congress")) && Files.isDirectory(HillMapBrowserTest.SHARED.resolve("geo")),
                "../shared/data (geo/ and congress/) is absent: the members and the states' shapes are read from it");
        TradeStatisticsFixture.clear(jdbc);
        RegisterFixture.clear(jdbc);
        events.publishEvent(DemoRequested.on(Clock.fixed(Instant.parse("2026-12-06T09:00:00Z"), ZoneOffset.UTC)));
    }

    private MockHttpServletResponse answer(String page) throws Exception {
        return mvc.perform(get(page).with(user("admin").roles("ADMIN"))).andReturn().getResponse();
    }

    private String page(String page) throws Exception {
        MockHttpServletResponse response = answer(page);
        assertThat(response.getStatus()).as(page).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theMapListsTheFiftyStatesAndDcAndSaysItsFiguresAreSynthetic() throws Exception {
        String english = page("/hill?lang=en");
        assertThat(english).contains("synthetic-banner", "data-map=\"us-states\"", "data-map-shapes=\"/hill/states.geojson\"",
                "Each state&#39;s exports to Vietnam", "href=\"/hill/states/TN\"", "Tennessee");
        assertThat(english.split("<tr>", -1).length - 1).as("a heading row and the 51 regions").isGreaterThanOrEqualTo(52);
        String vietnamese = page("/hill?lang=vi");
        assertThat(vietnamese).contains("Quốc hội Mỹ", "Xuất khẩu của từng bang sang Việt Nam", "Đặc khu Columbia", "Nên gặp ai");
        assertThat(page("/hill?by=change&lang=en")).contains("against the same months of the year before", "Like for like");
        assertThat(page("/hill?by=product&hs=1201&lang=en")).contains("exports of 1201");
        assertThat(page("/hill?by=imports&lang=vi")).contains("Nhập khẩu của từng bang từ Việt Nam");
    }

    @Test
    void aStatesPageShowsItsFiguresItsDelegationWithTheirCommitteesAndItsDeals() throws Exception {
        String english = page("/hill/states/TN?lang=en");
        assertThat(english).contains("<h1>Tennessee</h1>", "synthetic-banner", "Largest exports to Vietnam", "Exports that moved most",
                "Bill Hagerty", "Marsha Blackburn", "Senate Committee on Finance", "Deals that buy from this state");
        String vietnamese = page("/hill/states/TN?lang=vi");
        assertThat(vietnamese).contains("Các nghị sĩ của bang", "Thượng viện", "Ủy ban Tài chính Thượng viện", "Cộng hòa");
    }

    @Test
    void aLegislatorsPageSaysWhoTheyAreTheirCommitteesTradeRelevantFirstAndTheirStatesFigures() throws Exception {
        String english = page("/hill/legislators/H000601?lang=en");
        assertThat(english).contains("Sen. Bill Hagerty (R-TN)", "Senate Committee on Foreign Relations", "Trade with Vietnam",
                "The asks they spoke to", "href=\"/hill/states/TN\"");
        String vietnamese = page("/hill/legislators/h000601?lang=vi");
        assertThat(vietnamese).contains("Thượng nghị sĩ Bill Hagerty (R-TN)", "Ủy ban Đối ngoại Thượng viện", "Các đề nghị họ đã đề cập");
        // the trade-relevant committee comes before any other in the table
        assertThat(english.indexOf("Senate Committee on Foreign Relations")).isLessThan(english.indexOf("<td lang=\"en\""));
    }

    @Test
    void whoToSeeAboutAProductRanksTheMembersOfTheStatesSellingMostOfIt() throws Exception {
        String english = page("/hill/who?product=1201&lang=en");
        assertThat(english).contains("Who to see about 1201", "The states exporting most of it to Vietnam", "table-who-ranked",
                "Score = the state");
        assertThat(page("/hill/who?product=1201&lang=vi")).contains("Nên gặp ai về 1201", "Điểm = tỷ trọng");
    }

    @Test
    void whoToSeeAboutAnAskSaysHowTheAskBecomesTradeAndAboutADealNamesItsGoods() throws Exception {
        long ask = jdbc.sql("select min(id) from ask").query(Long.class).single();
        assertThat(page("/hill/who?ask=A" + ask + "&lang=en")).contains("As trade:", "Who to see about ask A" + ask);
        long deal = jdbc.sql("select min(id) from deal").query(Long.class).single();
        assertThat(page("/hill/who?deal=D" + deal + "&lang=vi")).contains("Nên gặp ai về thương vụ D" + deal, "Quy ra thương mại:");
        assertThat(page("/deals/" + deal + "?lang=en")).contains("/hill/who?deal=" + deal);
        assertThat(page("/asks/A" + ask + "?lang=en")).contains("/hill/who?ask=A" + ask);
    }

    @Test
    void theShapesAreServedByTheWorkbenchAsGeoJson() throws Exception {
        MockHttpServletResponse shapes = answer("/hill/states.geojson");
        assertThat(shapes.getStatus()).isEqualTo(200);
        assertThat(shapes.getContentType()).startsWith("application/geo+json");
        assertThat(shapes.getContentAsString(StandardCharsets.UTF_8)).contains("FeatureCollection", "\"usps\"");
    }

    @Test
    void aWrongAddressIsRefusedByName() throws Exception {
        assertThat(answer("/hill/who?lang=en").getStatus()).isEqualTo(400);
        assertThat(answer("/hill/who?product=1201&deal=D1&lang=en").getStatus()).isEqualTo(400);
        assertThat(answer("/hill?by=colour&lang=en").getStatus()).isEqualTo(400);
        assertThat(answer("/hill/states/ZZ?lang=en").getStatus()).isEqualTo(400);
        assertThat(answer("/hill/legislators/Z1?lang=en").getStatus()).isEqualTo(400);
        assertThat(answer("/hill/legislators/Z999999?lang=en").getStatus()).isEqualTo(404);
    }
}
