package org.bilateral.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.policy.measures.AntidumpingOrder;
import org.bilateral.policy.measures.HeldOrder;
import org.bilateral.policy.measures.HtsNumber;
import org.bilateral.policy.measures.Measures;
import org.bilateral.policy.measures.TariffAction;
import org.bilateral.reference.ReferenceLoader;
import org.bilateral.shared.Changes;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsCode;
import org.bilateral.sources.FetchFailed;
import org.bilateral.sources.Fetcher;
import org.bilateral.sources.PullProgress;
import org.bilateral.sources.PullReport;
import org.bilateral.sources.RecordedServer;
import org.bilateral.sources.RecordedServer.Recorded;
import org.bilateral.sources.SourcesProperties;
import org.bilateral.workbench.CommandRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Federal Register pull against a local server answering the register's own JSON (src/test/resources/policy/recorded):
 * the notices naming Vietnam on two pages (a new AD order A-552-850, a review of the order held A-552-901, an evasion
 * case, and an order on China that is not Vietnam's), and one executive order on reciprocal tariffs; the failures; the
 * analyst's decisions and what they change. The reference data is the project's test fixture: orders A-552-901,
 * C-552-902 and A-552-903, and seven tariff rows of 2031.
 */
@WorkbenchTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"bilateral.sources.first-backoff=10ms", "bilateral.sources.attempts=3"})
class FederalRegisterPullTest {

    static final CountryCode VN = CountryCode.of("VN");
    static final String PATH = "/api/v1/documents.json";

    /** The server the pull bean (and so the command) is pointed at. */
    static final RecordedServer BEAN_SERVER = RecordedServer.start();

    @DynamicPropertySource
    static void base(DynamicPropertyRegistry registry) {
        registry.add("bilateral.sources.federal-register.base", () -> BEAN_SERVER.base() + "/api/v1");
    }

    @Autowired Fetcher fetcher;
    @Autowired RemedyDocuments documents;
    @Autowired SourcesProperties sources;
    @Autowired JsonMapper json;
    @Autowired Measures measures;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired ReferenceLoader reference;
    @Autowired List<Changes> changes;
    @Autowired Asks asks;

    private final RecordedServer server = RecordedServer.start();

    @BeforeEach
    @AfterEach
    void nothingPulledOrAccepted() {
        jdbc.sql("delete from federal_register_document").update();
        jdbc.sql("delete from adcvd_order where origin <> 'reference'").update();
        jdbc.sql("delete from tariff_action where origin <> 'reference'").update();
        jdbc.sql("update adcvd_order set status_evidence = null where case_number = 'A-552-901'").update();
        jdbc.sql("delete from measure_revision where origin <> 'reference'").update();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @AfterAll
    static void stopBeanServer() {
        BEAN_SERVER.close();
    }

    private FederalRegisterPull pull() {
        return new FederalRegisterPull(fetcher, documents, sources, json, server.base() + "/api/v1", 20);
    }

    private static String recorded(String name, RecordedServer at) {
        try (InputStream in = FederalRegisterPullTest.class.getResourceAsStream("/policy/recorded/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{base}", at.base() + "/api/v1");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The register's three answers in the order the pull asks: the notices' two pages, then the presidential documents. */
    private void answers(RecordedServer at) {
        at.on(PATH, Recorded.json(recorded("remedies-page-1.json", at)), Recorded.json(recorded("remedies-page-2.json", at)),
                Recorded.json(recorded("presidential.json", at)));
    }

    private RemedyProposal proposal(String number) {
        return documents.proposal(number);
    }

    @Test
    void aPullProposesVietnamsDocumentsOnEveryPageAndNotTheOrderOnChina() {
        answers(server);

        PullReport report = pull().pull(LocalDate.of(2025, 1, 1), PullProgress.NONE);

        // pages: the notices' two, the presidential documents' one; documents: 3 notices naming Vietnam + 1 executive order
        assertThat(report.asked()).isEqualTo(3);
        assertThat(report.stored()).isEqualTo(4);
        assertThat(report.unchanged()).isZero();
        assertThat(documents.waiting()).extracting(RemedyProposal::number)
                .containsExactlyInAnyOrder("2031-01234", "2031-02345", "2031-03456", "2031-05678");
        RemedyProposal order = proposal("2031-01234");
        assertThat(order.proposed()).isEqualTo(RemedyProposal.Proposed.NEW_ORDER);
        assertThat(order.caseNumber()).isEqualTo("A-552-850");
        assertThat(order.addsOrder()).isTrue();
        assertThat(order.productGuess()).isEqualTo("Certain Molded Fiber Tableware");
        RemedyProposal review = proposal("2031-02345");
        assertThat(review.proposed()).isEqualTo(RemedyProposal.Proposed.REVIEW);
        assertThat(review.linkedOrder()).as("a review of an order held is a change to it").isEqualTo("A-552-901");
        RemedyProposal evasion = proposal("2031-03456");
        assertThat(evasion.proposed()).isEqualTo(RemedyProposal.Proposed.EVASION);
        assertThat(evasion.caseNumber()).isEqualTo("EAPA 7890");
        RemedyProposal eo = proposal("2031-05678");
        assertThat(eo.proposed()).isEqualTo(RemedyProposal.Proposed.TARIFF_ACTION);
        assertThat(eo.document().presidentialType()).isEqualTo("Executive Order");
        assertThat(eo.document().instrumentNumber()).isEqualTo("14999");
        assertThat(jdbc.sql("select count(*) from federal_register_document where document_number = '2031-04567'").query(Integer.class).single())
                .as("the order on China").isZero();

        String first = URLDecoder.decode(server.received().get(0).uri().getRawQuery(), StandardCharsets.UTF_8);
        assertThat(first).contains("conditions[term]=Vietnam", "conditions[agencies][]=international-trade-administration",
                "conditions[agencies][]=u-s-customs-and-border-protection", "conditions[type][]=NOTICE",
                "conditions[publication_date][gte]=2025-01-01", "fields[]=document_number", "per_page=100");
        assertThat(URLDecoder.decode(server.received().get(1).uri().getRawQuery(), StandardCharsets.UTF_8)).as("the next_page_url followed")
                .contains("page=2");
        assertThat(URLDecoder.decode(server.received().get(2).uri().getRawQuery(), StandardCharsets.UTF_8))
                .contains("conditions[type][]=PRESDOCU", "conditions[term]=tariff");
    }

    @Test
    void aSecondPullStoresNothing() {
        answers(server);
        pull().pull(LocalDate.of(2025, 1, 1), PullProgress.NONE);
        answers(server);

        PullReport again = pull().pull(LocalDate.of(2025, 1, 1), PullProgress.NONE);

        assertThat(again.stored()).isZero();
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(documents.waiting()).hasSize(4);
    }

    @Test
    void aServerErrorIsTriedAgainAndThenRead() {
        server.on(PATH, Recorded.status(503), Recorded.json(recorded("remedies-page-1.json", server)),
                Recorded.json(recorded("remedies-page-2.json", server)), Recorded.json(recorded("presidential.json", server)));

        PullReport report = pull().pull(LocalDate.of(2025, 1, 1), PullProgress.NONE);

        // the 503 and the three pages
        assertThat(server.received()).hasSize(4);
        assertThat(report.stored()).isEqualTo(4);
    }

    @Test
    void anAnswerCutShortIsTriedAgain() {
        String page = recorded("remedies-page-1.json", server);
        server.on(PATH, Recorded.json(page).cutAfter(200), Recorded.json(page), Recorded.json(recorded("remedies-page-2.json", server)),
                Recorded.json(recorded("presidential.json", server)));

        assertThat(pull().pull(LocalDate.of(2025, 1, 1), PullProgress.NONE).stored()).isEqualTo(4);
        assertThat(server.received()).hasSize(4);
    }

    @Test
    void anAnswerThatIsNotTheRegistersJsonFailsAfterItsTriesAndStoresNothing() {
        server.on(PATH, Recorded.ok("text/html", "<html><body>Service temporarily unavailable</body></html>"));

        assertThatThrownBy(() -> pull().pull(LocalDate.of(2025, 1, 1), PullProgress.NONE)).isInstanceOf(FetchFailed.class)
                .hasMessageContaining("failed after 3 tries").hasMessageContaining("not JSON");
        assertThat(server.received()).hasSize(3);
        assertThat(documents.waiting()).isEmpty();
    }

    @Test
    void acceptingTheNewOrderExtendsTheOrdersTheStakesPageShowsItAndAReloadKeepsIt() throws Exception {
        answers(server);
        pull().pull(LocalDate.of(2025, 1, 1), PullProgress.NONE);

        documents.acceptOrder("2031-01234", new RemedyDocuments.OrderAcceptance("A-552-850", AntidumpingOrder.Kind.AD,
                "Certain Molded Fiber Tableware", LocalDate.of(2031, 3, 2), List.of(new HtsNumber("4823.70.00", "48237000"))), "analyst");

        // the file's three orders, then the accepted one
        assertThat(measures.orders(VN)).extracting(AntidumpingOrder::caseNumber).containsExactly("A-552-901", "C-552-902", "A-552-903", "A-552-850");
        assertThat(measures.revisions(VN, "order A-552-850")).singleElement().satisfies(r -> {
            assertThat(r.by()).isEqualTo("analyst");
            assertThat(r.source()).isEqualTo("Federal Register 2031-01234");
            assertThat(r.before()).isNull();
        });
        assertThat(proposal("2031-01234").state()).isEqualTo(RemedyProposal.State.ACCEPTED);
        String page = mvc.perform(get("/stakes?topic=market_economy_status&lang=en").with(user("analyst").roles("ANALYST")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("A-552-850");

        reference.loadConfigured();

        assertThat(measures.heldOrder(VN, "A-552-850")).as("an accepted order outlives a reload of the files")
                .map(HeldOrder::origin).contains(HeldOrder.PROPOSAL);
        assertThat(measures.orders(VN)).hasSize(4);
    }

    @Test
    void acceptingTheReviewNotesItOnTheOrderHeldAndAddsNoOrder() {
        answers(server);
        pull().pull(LocalDate.of(2025, 1, 1), PullProgress.NONE);

        documents.acceptNote("2031-02345", "analyst");

        assertThat(measures.orders(VN)).hasSize(3);
        assertThat(measures.heldOrder(VN, "A-552-901").orElseThrow().statusEvidence())
                .contains("Final Results of Antidumping Duty Administrative Review", "2031-04-15", "2031-02345");
        assertThat(measures.revisions(VN, "order A-552-901")).last().satisfies(r -> {
            assertThat(r.before()).doesNotContain("Administrative Review");
            assertThat(r.after()).contains("Administrative Review");
        });
    }

    @Test
    void acceptingTheExecutiveOrderExtendsTheTariffHistoryAndTheRateFollowsIt() {
        answers(server);
        pull().pull(LocalDate.of(2025, 1, 1), PullProgress.NONE);

        documents.acceptTariff("2031-05678", new RemedyDocuments.TariffAcceptance(LocalDate.of(2031, 8, 7), new BigDecimal("15"),
                "originating goods of Vietnam"), "analyst");

        List<TariffAction> history = measures.tariffHistory(VN);
        // the file's seven rows, then the accepted one
        assertThat(history).hasSize(8);
        TariffAction added = history.get(7);
        assertThat(added.kind()).isEqualTo(TariffAction.Kind.ALL_GOODS);
        assertThat(added.instrument()).startsWith("Executive Order 14999");
        // 20% from 2031-07-01 (the file's last rate on all goods), 15% from 2031-08-07
        RatePath path = RatePath.of(history);
        assertThat(path.on(LocalDate.of(2031, 8, 6))).isEqualByComparingTo("20");
        assertThat(path.on(LocalDate.of(2031, 8, 7))).isEqualByComparingTo("15");
    }

    @Test
    void whatChangedSaysTheDocumentsWaitingTheOnesAcceptedAndAnAskWhoseStatusMoved() {
        Instant before = Instant.now().minusSeconds(1);
        answers(server);
        pull().pull(LocalDate.of(2025, 1, 1), PullProgress.NONE);
        documents.acceptNote("2031-02345", "analyst");
        long ask = asks.open(new Asks.OpenAsk(VN, CountryCode.of("US"), PolicyTopic.TARIFFS, "Lower the reciprocal rate")).id();
        asks.setStatus(ask, AskStatus.UNDER_DISCUSSION);

        List<Changes.Change> said = changes.stream().filter(c -> c instanceof PolicyChanges).findFirst().orElseThrow().since(before);

        assertThat(said).filteredOn(c -> c.kind() == Changes.Kind.TARIFF_ACTION).singleElement()
                .satisfies(c -> assertThat(c.href()).isEqualTo("/policy/proposals#fr-2031-05678"));
        assertThat(said).filteredOn(c -> c.kind() == Changes.Kind.TRADE_REMEDY).hasSize(3);
        Changes.Change review = said.stream().filter(c -> c.line().key().equals("changes.policy.documentAccepted")).findFirst().orElseThrow();
        assertThat(review.product()).as("A-552-901's first HTS number").isEqualTo(HsCode.of("8471300100"));
        assertThat(review.text()).contains("Vietnam", "Antidumping");
        assertThat(said).filteredOn(c -> c.kind() == Changes.Kind.ASK).singleElement()
                .satisfies(c -> assertThat(c.href()).isEqualTo("/asks/A" + ask));
        assertThat(changes.stream().filter(c -> c instanceof PolicyChanges).findFirst().orElseThrow().since(Instant.now().plusSeconds(60)))
                .isEmpty();
        jdbc.sql("delete from ask where id = :id").param("id", ask).update();
    }

    @Test
    void theCommandPullsThroughTheBeanAndSaysWhatItStored() {
        answers(BEAN_SERVER);

        CommandRun run = CommandRun.of(context, "pull", "federal-register", "--from", "2025-01-01");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 pages asked, 4 documents proposed, 0 already held");
    }

    @Test
    void theReviewListShowsTheDocumentsInBothLanguagesAndAnEditorAcceptsFromIt() throws Exception {
        answers(server);
        pull().pull(LocalDate.of(2025, 1, 1), PullProgress.NONE);

        String vi = mvc.perform(get("/policy/proposals?lang=vi").with(user("admin").roles("ADMIN"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(vi).contains("Văn bản trên Công báo Liên bang cần xem xét", "một lệnh mới", "thay đổi đối với lệnh A-552-901 đã có",
                "https://www.federalregister.gov/documents/2031/03/02/2031-01234/");
        String en = mvc.perform(get("/policy/proposals?lang=en").with(user("admin").roles("ADMIN"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("Federal Register documents to review", "a tariff action", "EAPA 7890");

        mvc.perform(post("/policy/proposals/2031-05678/accept").with(user("admin").roles("ADMIN")).with(csrf())
                .param("effective", "2031-08-07").param("rate", "15").param("appliesTo", "originating goods of Vietnam"));
        assertThat(measures.tariffHistory(VN)).hasSize(8);
        mvc.perform(post("/policy/proposals/2031-03456/dismiss").with(user("admin").roles("ADMIN")).with(csrf()));
        assertThat(proposal("2031-03456").state()).isEqualTo(RemedyProposal.State.DISMISSED);
    }
}
