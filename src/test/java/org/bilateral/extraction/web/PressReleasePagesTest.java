package org.bilateral.extraction.web;

import org.bilateral.extraction.ProposalFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.bilateral.WorkbenchTest;
import org.bilateral.commitments.Deal;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.engagements.Engagements;
import org.bilateral.extraction.PressRelease;
import org.bilateral.extraction.PressReleases;
import org.bilateral.extraction.RegisterFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Accepting proposals through the review page's form, as htmx posts it: every field as text. */
@WorkbenchTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "ANALYST")
class PressReleasePagesTest {

    static final String ROUND_AND_PURCHASE = """
            HANOI, May 22, 2026 (VNA) - Vietnam and the United States concluded the fifth round of negotiations on a reciprocal \
            trade agreement on Thursday. VietJet signed an agreement to buy 200 aircraft from Boeing worth 10 billion USD.""";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PressReleases pressReleases;
    @Autowired Engagements engagements;
    @Autowired PurchaseCommitments commitments;

    @BeforeEach
    void emptyRegister() {
        RegisterFixture.clear(jdbc);
    }

    @Test
    void aRoundAndAPurchaseAcceptedAsReadKeepTheirNumbers() throws Exception {
        long doc = pressReleases.ingest(new PressRelease("hanoi.txt", ROUND_AND_PURCHASE), "analyst").id();
        mvc.perform(asTheFormSendsIt(proposal(doc, "event", "negotiation_round"), Map.of())).andExpect(status().isOk());
        mvc.perform(asTheFormSendsIt(proposal(doc, "commitment", null), Map.of())).andExpect(status().isOk());

        assertThat(engagements.timeline(null, null)).filteredOn(e -> e.kind() == EngagementKind.NEGOTIATION_ROUND).singleElement()
                .satisfies(e -> assertThat(e.round()).isEqualTo(5));
        Deal deal = commitments.deals().get(0);
        assertThat(deal.quantity()).isEqualTo(200L);
        // "10 billion USD": 10 × 1,000,000,000 = 10,000,000,000.00, a point value, so low and high alike
        assertThat(deal.valueLowUsd()).isEqualByComparingTo("10000000000.00");
        assertThat(deal.valueHighUsd()).isEqualByComparingTo("10000000000.00");
    }

    @Test
    void aCorrectedRoundAndACorrectedPurchaseEnterTheRegisterAsCorrected() throws Exception {
        long doc = pressReleases.ingest(new PressRelease("hanoi.txt", ROUND_AND_PURCHASE), "analyst").id();
        mvc.perform(asTheFormSendsIt(proposal(doc, "event", "negotiation_round"), Map.of("round", "6", "place", "Hà Nội")))
                .andExpect(status().isOk());
        mvc.perform(asTheFormSendsIt(proposal(doc, "commitment", null),
                Map.of("quantity", "150", "value_usd", "", "value_low_usd", "9,500,000,000.50", "value_high_usd", "10000000000")))
                .andExpect(status().isOk());

        assertThat(engagements.timeline(null, null)).filteredOn(e -> e.kind() == EngagementKind.NEGOTIATION_ROUND).singleElement()
                .satisfies(e -> {
                    assertThat(e.round()).isEqualTo(6);
                    assertThat(e.place()).isEqualTo("Hà Nội");
                });
        Deal deal = commitments.deals().get(0);
        assertThat(deal.quantity()).isEqualTo(150L);
        // typed to the cent and kept to the cent: 9,500,000,000.50 is not rounded to 9,500,000,001 or 9.5e9
        assertThat(deal.valueLowUsd()).isEqualTo(new BigDecimal("9500000000.50"));
        assertThat(deal.valueHighUsd()).isEqualByComparingTo("10000000000");
    }

    @Test
    void theReviewPageListsTheLeastCertainFirstWithTheReadersConfidenceInEitherLanguage() throws Exception {
        long doc = pressReleases.ingest(new PressRelease("hanoi.txt", ROUND_AND_PURCHASE), "analyst").id();
        PressReleases.Proposal round = proposal(doc, "event", "negotiation_round");
        PressReleases.Proposal purchase = proposal(doc, "commitment", null);
        // read round first, purchase second; given 0.091 and 0.710 (as the rules' purchases and events are), shown
        // purchase first: 0.091 × 100 = 9.1%, 0.710 × 100 = 71.0%
        jdbc.sql("update proposal set confidence = 0.091 where id = :id").param("id", purchase.id()).update();
        jdbc.sql("update proposal set confidence = 0.710 where id = :id").param("id", round.id()).update();
        String english = mvc.perform(get("/press-releases/" + doc).param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("The proposals the reader is least sure of come first");
        assertThat(card(english, purchase)).contains("Reader&#39;s confidence").contains("9.1%");
        assertThat(card(english, round)).contains("Reader&#39;s confidence").contains("71.0%");
        assertThat(english.indexOf("id=\"proposal-" + purchase.id() + "\"")).isLessThan(english.indexOf("id=\"proposal-" + round.id() + "\""));

        String vietnamese = mvc.perform(get("/press-releases/" + doc).param("lang", "vi")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(vietnamese).contains("Những đề xuất máy đọc kém chắc chắn nhất được xếp lên trước");
        assertThat(card(vietnamese, purchase)).contains("Độ tin cậy của máy đọc").contains("9,1%");
        assertThat(card(vietnamese, round)).contains("Độ tin cậy của máy đọc").contains("71,0%");
        assertThat(vietnamese.indexOf("id=\"proposal-" + purchase.id() + "\"")).isLessThan(vietnamese.indexOf("id=\"proposal-" + round.id() + "\""));

        // accepting the purchase leaves the list as it was, the purchase first, now accepted
        String after = mvc.perform(asTheFormSendsIt(purchase, Map.of())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(after.indexOf("id=\"proposal-" + purchase.id() + "\"")).isLessThan(after.indexOf("id=\"proposal-" + round.id() + "\""));
        assertThat(pressReleases.proposal(purchase.id()).status()).isEqualTo("accepted");
    }

    @Test
    void anEventsKindIsPickedByItsNameInThePagesLanguageAndSentAsItsCode() throws Exception {
        long doc = pressReleases.ingest(new PressRelease("hanoi.txt", ROUND_AND_PURCHASE), "analyst").id();
        PressReleases.Proposal round = proposal(doc, "event", "negotiation_round");
        String vietnamese = card(mvc.perform(get("/press-releases/" + doc).param("lang", "vi")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8), round).replaceAll("\\s+", " ");
        assertThat(vietnamese).contains("<option value=\"negotiation_round\" selected=\"selected\">phiên đàm phán</option>",
                "<option value=\"call\">điện đàm</option>").doesNotContain("value=\"negotiation_round\" type=\"text\"");
        String english = card(mvc.perform(get("/press-releases/" + doc).param("lang", "en")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8), round).replaceAll("\\s+", " ");
        assertThat(english).contains("<option value=\"negotiation_round\" selected=\"selected\">negotiation round</option>");

        // the reviewer picks "visit": the form sends the code, and the register records a visit
        mvc.perform(asTheFormSendsIt(round, Map.of("kind", "visit"))).andExpect(status().isOk());
        assertThat(engagements.timeline(null, null)).extracting(e -> e.kind()).contains(EngagementKind.VISIT)
                .doesNotContain(EngagementKind.NEGOTIATION_ROUND);
    }

    /** One proposal's card in a page, from its opening tag to the next card's. */
    private static String card(String page, PressReleases.Proposal p) {
        int start = page.indexOf("id=\"proposal-" + p.id() + "\"");
        assertThat(start).as("the card of proposal " + p.id()).isNotNegative();
        int next = page.indexOf("class=\"proposal", start);
        return page.substring(start, next < 0 ? page.length() : next);
    }

    @Test
    void aRefusalComesBackOnItsOwnCardNamingTheFieldAndStoresNothing() throws Exception {
        long doc = pressReleases.ingest(new PressRelease("hanoi.txt", ROUND_AND_PURCHASE), "analyst").id();
        PressReleases.Proposal round = proposal(doc, "event", "negotiation_round");
        String card = mvc.perform(asTheFormSendsIt(round, Map.of("round", "5.5")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("HX-Retarget", "#proposal-" + round.id()))
                .andExpect(header().string("HX-Reswap", "outerHTML"))
                .andReturn().getResponse().getContentAsString();
        assertThat(card).contains("id=\"proposal-" + round.id() + "\"").doesNotContain("id=\"review-state\"")
                .contains("Not accepted").contains("round</span>: <span>a whole number from 1 to 999, digits only")
                // what the reviewer typed stays in the field, marked
                .containsPattern("is-invalid[^>]*name=\"round\"|name=\"round\"[^>]*is-invalid").contains("value=\"5.5\"");
        assertThat(engagements.count()).isZero();
        assertThat(pressReleases.proposal(round.id()).status()).isEqualTo("proposed");

        PressReleases.Proposal purchase = proposal(doc, "commitment", null);
        String vietnamese = mvc.perform(asTheFormSendsIt(purchase, Map.of("quantity", "1000000000001", "lang", "vi")))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(vietnamese).contains("Chưa chấp nhận").contains("số lượng</span>: <span>số nguyên từ 1 đến 1000000000000");
        assertThat(commitments.deals()).isEmpty();
    }

    @Test
    void aRefusalOfNoFieldIsStillSaidOnTheCard() throws Exception {
        long doc = pressReleases.ingest(new PressRelease("hanoi.txt", ROUND_AND_PURCHASE), "analyst").id();
        PressReleases.Proposal purchase = proposal(doc, "commitment", null);
        mvc.perform(asTheFormSendsIt(purchase, Map.of("value_low_usd", "20000000000", "value_high_usd", "10000000000")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("value from (USD)</span>: <span>"));
    }

    @Test
    void aProposalDecidedMeanwhileSaysSoOnItsCard() throws Exception {
        long doc = pressReleases.ingest(new PressRelease("hanoi.txt", ROUND_AND_PURCHASE), "analyst").id();
        PressReleases.Proposal round = proposal(doc, "event", "negotiation_round");
        pressReleases.reject(round.id(), "another analyst");
        mvc.perform(asTheFormSendsIt(round, Map.of("round", "6")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("This proposal was rejected meanwhile"));
        assertThat(engagements.count()).isZero();
    }

    private PressReleases.Proposal proposal(long doc, String subject, String kind) {
        return pressReleases.proposals(doc).stream().filter(p -> p.subjectCode().equals(subject))
                .filter(p -> kind == null || kind.equals(String.valueOf(p.fields().get("kind")))).findFirst().orElseThrow();
    }

    /** Every field of the card as the page renders it, with the reviewer's changes typed over some. */
    private static MockHttpServletRequestBuilder asTheFormSendsIt(PressReleases.Proposal p, Map<String, String> typed) {
        MockHttpServletRequestBuilder request = post("/proposals/" + p.id() + "/accept").with(csrf()).header("HX-Request", "true");
        for (ProposalFields.Field f : p.fields()) {
            Object v = f.value();
            String shown = v instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                    : v instanceof BigDecimal d ? d.toPlainString() : v == null ? "" : v.toString();
            if (!f.key().equals("participant")) {
                request.param(f.key(), typed.getOrDefault(f.key(), shown));
            }
        }
        typed.forEach((k, v) -> {
            if (!p.fields().has(k)) {
                request.param(k, v);
            }
        });
        return request;
    }
}
