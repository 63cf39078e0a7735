package org.bilateral.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.bilateral.WorkbenchTest;
import org.bilateral.engagements.Engagements;
import org.bilateral.extraction.PressRelease;
import org.bilateral.extraction.PressReleases;
import org.bilateral.policy.Asks;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The watch list: products marked with a note, the ask they bear on and the engagement citing them, which the ask's and
 * the engagement's pages then list.
 */
@WorkbenchTest
@AutoConfigureMockMvc
class WatchListTest {

    @Autowired WatchList watchList;
    @Autowired PressReleases pressReleases;
    @Autowired Engagements engagements;
    @Autowired Asks asks;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @BeforeEach
    void empty() {
        jdbc.sql("delete from watched_product").update();
        jdbc.sql("delete from ask").update();
    }

    @Test
    void aProductMarkedWithItsAskIsCitedOnTheAsksPageAndMarkingItAgainReplacesItsNote() throws Exception {
        long ask = asks.open(new Asks.OpenAsk(CountryCode.of("US"), CountryCode.of("VN"), PolicyTopic.TRADE_FRAUD,
                "Stop transshipment through Vietnam")).id();
        watchList.watch(new WatchList.Watch(Triangle.DEFAULT, HsCode.of("847130"), "surge after 2018", "A" + ask, null), "analyst");
        mvc.perform(post("/risk/watch").with(user("analyst").roles("ANALYST")).with(csrf()).param("code", "8471.30")
                .param("note", "pass-through 93%").param("ask", "A" + ask)).andExpect(status().is3xxRedirection());
        assertThat(watchList.list()).singleElement().satisfies(w -> {
            assertThat(w.note()).isEqualTo("pass-through 93%");
            assertThat(w.ask()).isEqualTo(ask);
            assertThat(w.markedBy()).isEqualTo("analyst");
        });
        String askPage = mvc.perform(get("/asks/A" + ask).with(user("v").roles("VIEWER"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(askPage).contains("Products watched for this ask", "847130", "pass-through 93%", "href=\"/risk?hub=VN\"",
                "/risk/products/847130?origin=CN&amp;hub=VN&amp;destination=US");
        assertThat(mvc.perform(get("/risk/watch").with(user("v").roles("VIEWER"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("CN → VN → US", "A" + ask).doesNotContain("Stop watching");
        assertThat(mvc.perform(post("/risk/watch").with(user("v").roles("VIEWER")).with(csrf()).param("code", "847130"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);

        mvc.perform(post("/risk/watch/remove").with(user("analyst").roles("ANALYST")).with(csrf()).param("code", "847130"))
                .andExpect(status().is3xxRedirection());
        assertThat(watchList.list()).isEmpty();
    }

    @Test
    void anEngagementCitingAWatchedProductListsItOnItsPage() throws Exception {
        String text = """
                date 2026-03-10 HÀ NỘI — Minister of Industry and Trade Nguyễn Hồng Diên received US Trade Representative Jamieson \
                Greer on March 9.

                Greer raised the transshipment of Chinese goods through Vietnam; Diên said Vietnam would fight origin fraud.""";
        PressReleases.Ingested in = pressReleases.ingest(new PressRelease("greer.txt", text), "analyst");
        pressReleases.acceptAll(in.id(), "analyst");
        long engagement = engagements.timeline(null, null).stream().filter(e -> "2026-03-09".equals(e.happened())).findFirst()
                .orElseThrow().id();

        mvc.perform(post("/risk/watch").with(user("analyst").roles("ANALYST")).with(csrf()).param("code", "8504.40")
                .param("note", "raised by Greer").param("engagement", String.valueOf(engagement))).andExpect(status().is3xxRedirection());

        assertThat(watchList.list()).singleElement().satisfies(w -> assertThat(w.engagement()).isEqualTo(engagement));
        String page = mvc.perform(get("/engagements/" + engagement).with(user("v").roles("VIEWER"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Products watched for transshipment", "850440", "raised by Greer",
                "/risk/products/850440?origin=CN&amp;hub=VN&amp;destination=US");
        assertThat(mvc.perform(get("/risk/watch").with(user("v").roles("VIEWER"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("/engagements/" + engagement);
    }

    @Test
    void aWatchNamingNoAskNoEngagementOrAFineCodeIsRefusedByField() {
        assertThatThrownBy(() -> watchList.watch(new WatchList.Watch(Triangle.DEFAULT, HsCode.of("847130"), null, null, 999_999_999L),
                "analyst")).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).singleElement()
                .satisfies(p -> assertThat(p.source()).isEqualTo("engagement")));
        assertThatThrownBy(() -> new WatchForm(null, null, null, "847130", null, null, "twelve").command())
                .isInstanceOf(InvalidInput.class).hasMessageContaining("not an engagement's number");
        assertThatThrownBy(() -> watchList.watch(new WatchList.Watch(Triangle.DEFAULT, HsCode.of("847130"), null, "A999999", null), "analyst"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("there is no ask");
        assertThatThrownBy(() -> new WatchList.Watch(Triangle.DEFAULT, HsCode.of("8471300100"), null, null, null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("10 digits");
        assertThat(watchList.list()).isEmpty();
    }
}
