package org.bilateral.extraction.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.bilateral.WorkbenchTest;
import org.bilateral.extraction.PressFeeds;
import org.bilateral.extraction.PressRelease;
import org.bilateral.extraction.PressReleases;
import org.bilateral.extraction.RegisterFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The press feeds page: the ministry reads it in both languages, its editors add and remove feeds. */
@WorkbenchTest
@AutoConfigureMockMvc
class FeedPagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PressFeeds feeds;
    @Autowired PressReleases pressReleases;

    @BeforeEach
    void noFeed() {
        RegisterFixture.clear(jdbc);
        jdbc.sql("delete from press_feed").update();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockHttpServletRequestBuilder addition(String name, String kind, String pattern) {
        return post("/press-releases/feeds").with(csrf()).param("name", name).param("url", "https://example.org/" + kind)
                .param("language", "vi").param("kind", kind).param("linkPattern", pattern);
    }

    @Test
    void anAnalystAddsAFeedAndTheMinistryReadsItInEitherLanguage() throws Exception {
        mvc.perform(addition("Bộ mẫu", "listing", "/tin-tuc/\\d+\\.html").with(user("analyst").roles("ANALYST")))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/press-releases/feeds"));

        String vi = page(get("/press-releases/feeds?lang=vi").with(user("viewer").roles("VIEWER")));
        assertThat(vi).contains("Nguồn tin báo chí", "Bộ mẫu", "https://example.org/listing", "Trang danh mục tin", "Tiếng Việt",
                "trên trang này", "/tin-tuc/\\d+\\.html");
        String en = page(get("/press-releases/feeds?lang=en").with(user("viewer").roles("VIEWER")));
        assertThat(en).contains("Press feeds", "Listing page", "Vietnamese", "on this page");
        // a viewer reads, and is offered neither the form nor a remove button
        assertThat(en).doesNotContain("id=\"add-feed\"").doesNotContain("Remove");
    }

    @Test
    void aViewerMayNotAddOrRemoveAFeed() throws Exception {
        mvc.perform(addition("Bộ mẫu", "rss", "").with(user("viewer").roles("VIEWER"))).andExpect(status().isForbidden());
        long id = feeds.add("Bộ mẫu", "https://example.org/rss", "vi", "rss", null, "analyst").id();
        mvc.perform(post("/press-releases/feeds/" + id + "/remove").with(csrf()).with(user("viewer").roles("VIEWER")))
                .andExpect(status().isForbidden());
        assertThat(feeds.feeds()).hasSize(1);

        mvc.perform(post("/press-releases/feeds/" + id + "/remove").with(csrf()).with(user("analyst").roles("ANALYST")))
                .andExpect(status().is3xxRedirection());
        assertThat(feeds.feeds()).isEmpty();
    }

    @Test
    void aFeedRefusedSaysWhichFieldInThePagesLanguageAndNothingIsStored() throws Exception {
        var response = mvc.perform(addition("Bộ mẫu", "listing", "").header("Accept-Language", "vi")
                .param("lang", "vi").with(user("analyst").roles("ANALYST"))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("linkPattern")
                .contains("trang danh mục tin cần có mẫu đường dẫn");
        assertThat(feeds.feeds()).isEmpty();
    }

    @Test
    void aReleasesPageListsTheOutletsWhoseFeedsCarriedIt() throws Exception {
        long id = pressReleases.ingest(new PressRelease("Talks end", "HANOI, March 3, 2026 - Deputy Minister Tran Quoc Binh met "
                + "Assistant US Trade Representative Daniel Hart in Hanoi on Tuesday."), "analyst").id();
        jdbc.sql("insert into press_release_source (press_release_id, outlet, link) values (:id, 'Hanoi Daily', 'https://example.org/a'),"
                + " (:id, 'VNS Wire', 'https://example.org/b')").param("id", id).update();

        String vi = page(get("/press-releases/" + id + "?lang=vi").with(user("viewer").roles("VIEWER")));

        assertThat(vi).contains("Nguồn", "Hanoi Daily", "https://example.org/a", "VNS Wire", "https://example.org/b", "tải về lúc");
        assertThat(vi.indexOf("Hanoi Daily")).isLessThan(vi.indexOf("VNS Wire"));
        // a release given by hand has no sources, and says none
        long byHand = pressReleases.ingest(new PressRelease("By hand", "HANOI, March 4, 2026 - Minister Nguyen Hong Dien met "
                + "Ambassador Marc Knapper in Hanoi."), "analyst").id();
        assertThat(page(get("/press-releases/" + byHand + "?lang=en").with(user("viewer").roles("VIEWER")))).doesNotContain("id=\"sources\"");
    }
}
