package org.bilateral.extraction.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.bilateral.WorkbenchTest;
import org.bilateral.extraction.RegisterFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@WorkbenchTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "ANALYST")
class ExtractionApiTest {

    static final String RELEASE = "{\"name\":\"wire.txt\",\"text\":\"HANOI, March 12, 2026 (Wire) - Minister of Industry and Trade Tran Quoc Minh "
            + "met U.S. Trade Representative Jennifer Walsh in Washington on Tuesday and asked for market economy status.\"}";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void emptyRegister() {
        RegisterFixture.clear(jdbc);
    }

    @Test
    void extractAnswersTheCorpusContractAndStoresNothing() throws Exception {
        mvc.perform(post("/api/extract").contentType(MediaType.APPLICATION_JSON).content(RELEASE).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.document").value("wire.txt"))
                .andExpect(jsonPath("$.published").value("2026-03-12"))
                .andExpect(jsonPath("$.events[0].date").value("2026-03-10"))
                .andExpect(jsonPath("$.events[0].participants", Matchers.contains("Tran Quoc Minh", "Jennifer Walsh")))
                .andExpect(jsonPath("$.people[1].title").value("U.S. Trade Representative"))
                .andExpect(jsonPath("$.issues[0].topic").value("market_economy_status"))
                // the person is the rules' (Confidence.RULES_PEOPLE); the meeting, found by the rules and confirmed by the
                // event model, the mean of the rules' 0.710 and the model's probability, so above 0.710 / 2 = 0.355
                .andExpect(jsonPath("$.events[0].confidence", Matchers.both(Matchers.greaterThan(0.355)).and(Matchers.lessThanOrEqualTo(1.0))))
                .andExpect(jsonPath("$.people[1].confidence").value(0.466));
        mvc.perform(get("/api/press-releases")).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void ingestThenAcceptThroughTheApiFillsTheTimeline() throws Exception {
        mvc.perform(post("/api/press-releases").contentType(MediaType.APPLICATION_JSON).content(RELEASE).with(csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.alreadyIngested").value(false));
        Long event = jdbc.sql("select id from proposal where subject = 'event'").query(Long.class).single();
        Long doc = jdbc.sql("select id from press_release").query(Long.class).single();
        // the figure to the thousandth as the reading stored it (numeric(4,3)), given back as it is kept
        double stored = jdbc.sql("select confidence from proposal where id = :id").param("id", event).query(Double.class).single();
        mvc.perform(get("/api/press-releases/" + doc))
                .andExpect(jsonPath("$.proposals[0].subject").value("event"))
                .andExpect(jsonPath("$.proposals[0].payload.kind").value("meeting"))
                .andExpect(jsonPath("$.proposals[0].payload.date").value("2026-03-10"))
                .andExpect(jsonPath("$.proposals[1].payload.country").value("VN"))
                // as stored, to the thousandth, beside the payload, not in it; the person's is the rules' 0.466
                .andExpect(jsonPath("$.proposals[0].confidence").value(stored))
                .andExpect(jsonPath("$.proposals[1].confidence").value(0.466))
                .andExpect(jsonPath("$.proposals[0].payload.confidence").doesNotExist());
        mvc.perform(post("/api/proposals/" + event + "/accept").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"place\":\"Washington DC\"}").with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("accepted"))
                .andExpect(jsonPath("$.confidence").value(stored));
        mvc.perform(get("/api/engagements"))
                .andExpect(jsonPath("$[0].place").value("Washington DC"))
                .andExpect(jsonPath("$[0].participants[*].name", Matchers.containsInAnyOrder("Tran Quoc Minh", "Jennifer Walsh")))
                .andExpect(jsonPath("$[0].sources[0].name").value("wire.txt"));
        mvc.perform(post("/api/proposals/" + event + "/accept").contentType(MediaType.APPLICATION_JSON).content("{}").with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(Matchers.containsString("already accepted")));
    }

    @Test
    void aBadCorrectionIsRefusedWithItsField() throws Exception {
        mvc.perform(post("/api/press-releases").contentType(MediaType.APPLICATION_JSON).content(RELEASE).with(csrf()));
        Long event = jdbc.sql("select id from proposal where subject = 'event'").query(Long.class).single();
        mvc.perform(post("/api/proposals/" + event + "/accept").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"10/03/2026\"}").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("field date")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Exception"))));
        mvc.perform(get("/api/engagements")).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void theReviewPageHighlightsEachProposalsEvidence() throws Exception {
        mvc.perform(post("/api/press-releases").contentType(MediaType.APPLICATION_JSON).content(RELEASE).with(csrf()));
        Long doc = jdbc.sql("select id from press_release").query(Long.class).single();
        Long event = jdbc.sql("select id from proposal where subject = 'event'").query(Long.class).single();
        mvc.perform(get("/press-releases/" + doc))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<mark class=\"ev-" + event)))
                .andExpect(content().string(Matchers.containsString("data-evidence=\"ev-" + event + "\"")));
        mvc.perform(post("/proposals/" + event + "/accept").param("participants", "Tran Quoc Minh, Jennifer Walsh").param("kind", "meeting")
                        .with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("accepted")));
        for (String page : new String[] {"/engagements", "/people", "/organisations", "/deals", "/issues", "/merges", "/press-releases"}) {
            mvc.perform(get(page)).andExpect(status().isOk());
        }
        mvc.perform(get("/engagements")).andExpect(content().string(Matchers.containsString("Jennifer Walsh")));
    }
}
