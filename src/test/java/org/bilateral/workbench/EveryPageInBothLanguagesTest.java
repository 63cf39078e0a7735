package org.bilateral.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bilateral.WorkbenchTest;
import org.bilateral.extraction.PressReleases;
import org.bilateral.policy.Asks;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.shared.CountryCode;
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
 * Every page of the workbench opens in Vietnamese and in English on the demonstration data, a press release read and
 * accepted and an ask taken: no message missing in either language, none that fails to format its figures, and the
 * page says which language it is in.
 */
@WorkbenchTest
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(org.bilateral.sources.TestSources.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPageInBothLanguagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Autowired ApplicationEventPublisher events;
    @Autowired PressReleases pressReleases;
    @Autowired Asks asks;
    @Autowired org.bilateral.sources.SourcePulls pulls;
    @Autowired org.bilateral.hill.UsStates usStates;
    @Autowired org.springframework.context.MessageSource messages;
    @Autowired org.bilateral.offers.Offers offers;
    @Autowired org.bilateral.tariffs.TariffLoads tariffs;
    @Autowired org.bilateral.world.WorldRuns worldRuns;

    /** A world run left behind would stand in the brief of every test after this one (a synthetic run makes it synthetic). */
    @AfterAll
    void noWorldRunLeftBehind() {
        org.bilateral.world.WorldRunFixture.clear(jdbc);
    }

    /** The user's own words, which a page shows back as they were written. */
    private static final String ASK = "Recognise Vietnam as a market economy";
    private static final String POSITION = "recognise soon";
    private static final String POSITION_PLACE = "Hanoi";

    private final List<String> pages = new ArrayList<>(List.of(
            "/", "/?since=2020-01-01&threshold=0", "/balance", "/balance?level=chapter&by=ytd", "/balance?level=sector&by=month&measure=imports",
            "/search", "/search?q=nguyen+hong+dien", "/search?q=boeing", "/search?q=zzqx", "/mirror?year=2024", "/mirror?year=2030", "/imports", "/press-releases", "/press-releases/feeds", "/engagements",
            "/people", "/organisations", "/deals", "/targets", "/projection", "/asks", "/issues", "/merges", "/reference",
            "/stakes?topic=market_economy_status", "/stakes?topic=export_controls", "/stakes?topic=tariffs", "/timeline",
            "/tariffs/what-if?rate=15", "/risk?from=2017&event=2018-07-06", "/risk/watch", "/briefs", "/reporting", "/reporting/status",
            "/admin/users", "/admin/audit", "/admin/sources", "/account/password", "/alerts", "/policy/proposals",
            // issue 32, the Hill's pages: the map by each shading, a state, who to see about a product
            "/hill", "/hill?by=change", "/hill?by=imports", "/hill?by=product&hs=1201", "/hill/states/TX", "/hill/states/IA",
            "/hill/who?product=1201", "/hill/who?product=8802", "/hill/matches",
            // issue 33, the preference gap
            "/offers/gap", "/offers/gap?top=0",
            // issue 33, Vietnam's tariff schedule (none held on the test reference; TariffsPageTest shows one in both languages)
            "/tariffs", "/tariffs?code=0101", "/tariffs?code=12ab"));

    @BeforeAll
    void theDemonstrationAndAReadPressRelease() {
        long release = DemonstrationFixture.load(jdbc, events, pressReleases);
        long ask = asks.open(new Asks.OpenAsk(CountryCode.of("VN"), CountryCode.of("US"), PolicyTopic.MARKET_ECONOMY_STATUS,
                ASK)).id();
        asks.take(new Asks.TakePosition(ask, LocalDate.of(2025, 3, 4), "Nguyễn Hồng Diên", POSITION_PLACE, POSITION, null, null, null), "test");
        pages.add("/press-releases/" + release);
        pages.add("/asks/A" + ask);
        jdbc.sql("select id from engagement order by id").query(Long.class).list().forEach(id -> pages.add("/engagements/" + id));
        jdbc.sql("select id from deal order by id").query(Long.class).list().forEach(id -> pages.add("/deals/" + id));
        jdbc.sql("select id from person order by id").query(Long.class).list().forEach(id -> pages.add("/people/" + id));
        jdbc.sql("select id from organisation order by id").query(Long.class).list().forEach(id -> pages.add("/organisations/" + id));
        jdbc.sql("select code from purchase_target order by code").query(String.class).list().forEach(c -> pages.add("/targets/" + c));
        pages.add("/risk/products/8504.40?from=2017&event=2018-07-06");
        // issue 32: who to see about an ask and about each deal
        pages.add("/hill/who?ask=A" + ask);
        jdbc.sql("select id from deal order by id").query(Long.class).list().forEach(id -> pages.add("/hill/who?deal=D" + id));
        // issue 33: the offers, side by side and one priced, on the five-line schedule of the offers' page tests
        try {
            org.bilateral.offers.web.OfferPagesFixture.schedule(tariffs, java.nio.file.Files.createTempDirectory("offers-schedule"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        offers.all().forEach(o -> offers.delete(o.id(), "test"));
        long offer = offers.create(org.bilateral.offers.web.OfferPagesFixture.farmGoodsAtZero("Nông sản về 0%"), "test").id().value();
        pages.addAll(List.of("/offers", "/offers/new", "/offers/" + offer, "/offers?show=" + offer));
        // issue 35: the World page on the hand-written run, ranked by bound and by the Freund test (a hub's page shows the
        // job's own arithmetic, in English as the job writes it: WorldPagesTest shows it in both languages)
        org.bilateral.world.WorldRunFixture.clear(jdbc);
        long world = worldRuns.load("RUN.json", org.bilateral.world.WorldRunFixture.bytes(), "test").run().id();
        pages.addAll(List.of("/world", "/world/runs/" + world + "?by=freund"));
        // issue 31: Admin → Sources with a run that succeeded and one whose fetch failed, beside a source without its key
        pulls.run(org.bilateral.sources.TestSources.OPEN, "admin", p -> new org.bilateral.sources.PullReport(3, 2, 1, List.of(
                org.bilateral.shared.Said.of("refusal.sources.status", "2025-11"))), org.bilateral.sources.PullProgress.NONE);
        try {
            pulls.run(org.bilateral.sources.TestSources.OPEN, "schedule", p -> {
                throw new org.bilateral.sources.FetchFailed(java.net.URI.create("http://127.0.0.1:9/data?key=k"),
                        org.bilateral.shared.Said.of("refusal.sources.gaveUp", "4", org.bilateral.shared.Said.of("refusal.sources.timedOut")));
            }, org.bilateral.sources.PullProgress.NONE);
        } catch (org.bilateral.sources.FetchFailed expected) {
            // recorded as the page's last failure
        }
    }

    @Test
    void everyPageOpensInVietnameseAndInEnglishWithEveryMessageFound() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("vi", "en")) {
            for (String page : pages) {
                org.springframework.mock.web.MockHttpServletResponse response;
                try {
                    response = mvc.perform(get(page + (page.contains("?") ? "&" : "?") + "lang=" + lang)
                            .with(user("admin").roles("ADMIN"))).andReturn().getResponse();
                } catch (Exception e) {
                    Throwable cause = e;
                    while (cause.getCause() != null) {
                        cause = cause.getCause();
                    }
                    problems.add(lang + " " + page + ": " + e.getMessage() + " / " + cause);
                    continue;
                }
                String html = response.getContentAsString(StandardCharsets.UTF_8);
                if (response.getStatus() != 200) {
                    problems.add(lang + " " + page + ": status " + response.getStatus() + " " + html.substring(0, Math.min(300, html.length())));
                } else if (html.contains("??")) {
                    int at = html.indexOf("??");
                    problems.add(lang + " " + page + ": missing message " + html.substring(at, Math.min(html.length(), at + 60)));
                } else if (!html.contains("lang=\"" + lang + "\"")) {
                    problems.add(lang + " " + page + ": the page does not say it is in " + lang);
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(pages).hasSizeGreaterThan(35);
    }

    /**
     * No Vietnamese page shows an English word beyond the names the register holds, the countries' Vietnamese names,
     * and the user's own free text shown
     * back (the ask's statement and position, the press release on its review page and where it is quoted, the words
     * searched for, the accounts that took and read them): the words it finds are listed page by page.
     */
    @Test
    void noVietnamesePageShowsAnEnglishWord() throws Exception {
        java.util.Set<String> names = EnglishWords.namesIn(jdbc);
        names.addAll(EnglishWords.countriesInVietnamese());
        // issue 32: the states an organisation or a deal's plant may be in, named as Vietnamese names them
        names.addAll(EnglishWords.usStatesInVietnamese());
        // issue 32: the demonstration now reads the corpus's seed press releases into the register, whose titles the
        // lexicon of offices does not all know ("Acting Minister", "Chairman of the US Senate Committee on Commerce"):
        // those are shown as written in both languages (README, "Offices and institutions in two languages")
        EnglishWords.words(String.join(" ", jdbc.sql("select title from person_title").query(String.class).list()), names);
        String seeds = String.join(" ", jdbc.sql("select text from press_release where ingested_by = 'demo'").query(String.class).list());
        names.addAll(EnglishWords.nomenclatureIn(jdbc));
        // issue 32: the states' names, which Vietnamese writes as they are (Texas, Iowa, New York), as the reference data
        // holds them and as the pages name them in Vietnamese ("Bắc Carolina" keeps Carolina)
        usStates.all().forEach(st -> EnglishWords.words(st.name(), names));
        org.bilateral.shared.UsState.all().forEach(st -> EnglishWords.words(messages.getMessage("usState." + st.usps(), null,
                java.util.Locale.forLanguageTag("vi")), names));
        // the authors the transshipment screen cites (Freund et al. 2025; Iyoha, Malesky, Wen and Wu 2025): names of people
        names.addAll(List.of("freund", "iyoha", "malesky", "wen", "wu"));
        // issue 33: the authors the offers' elasticities cite (Laird and Yeats 1986; Jammes and Olarreaga 2005; Kee, Nicita
        // and Olarreaga 2008)
        names.addAll(List.of("laird", "yeats", "jammes", "olarreaga", "kee", "nicita"));
        // the ids of the tests' own sources (test-open, test-keyed), codes the audit trail names its subjects by
        names.addAll(List.of("open", "keyed"));
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            String html = mvc.perform(get(page + (page.contains("?") ? "&" : "?") + "lang=vi")
                    .with(user("admin").roles("ADMIN"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            java.util.Set<String> allowed = new java.util.TreeSet<>(names);
            EnglishWords.words(ASK + " " + POSITION + " " + POSITION_PLACE + " test analyst", allowed);
            if (page.startsWith("/press-releases/") || page.startsWith("/issues") || page.startsWith("/deals/")) {
                // the release read, and the pages that quote it as the evidence of an issue or a deal
                EnglishWords.words(DemonstrationFixture.RELEASE, allowed);
                // and the seed press releases of the demonstration, quoted as the evidence of their issues and deals
                EnglishWords.words(seeds, allowed);
            }
            if (page.startsWith("/search?q=")) {
                // the words searched for, shown back
                EnglishWords.words(page.substring("/search?q=".length()).replace('+', ' '), allowed);
            }
            java.util.Set<String> english = EnglishWords.in(html, allowed);
            if (!english.isEmpty()) {
                problems.add(page + ": " + String.join(" ", english));
            }
        }
        assertThat(problems).as("English words on Vietnamese pages").isEmpty();
    }

    @Test
    void anEventsKindAndARiskScoreAreSaidInThePagesLanguage() throws Exception {
        long release = jdbc.sql("select id from press_release where name = :n").param("n", DemonstrationFixture.RELEASE_NAME).query(Long.class).single();
        // the release's meeting of 4 March 2025 is proposed as an event: its kind a message (engagementKind.MEETING), not its code
        assertThat(page("/press-releases/" + release + "?lang=vi")).contains("cuộc gặp 2025-03-04");
        assertThat(page("/press-releases/" + release + "?lang=en")).contains("meeting 2025-03-04");
        // a score in the screen's table, to three decimals: "0,743" on a Vietnamese page, "0.743" on an English one
        String screen = page("/risk?from=2017&event=2018-07-06&lang=vi");
        assertThat(screen).containsPattern(">[01],\\d{3}<").doesNotContainPattern(">[01]\\.\\d{3}<")
                .contains("điểm", "chuyển hướng (mức giảm thị phần của nước xuất xứ)").doesNotContain("not computed");
        assertThat(page("/risk?from=2017&event=2018-07-06&lang=en")).containsPattern(">[01]\\.\\d{3}<").contains("score");
    }

    private String page(String address) throws Exception {
        return mvc.perform(get(address).with(user("admin").roles("ADMIN"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aVietnamesePageSpeaksVietnameseAndWritesItsFiguresTheVietnameseWay() throws Exception {
        String balance = mvc.perform(get("/balance?lang=vi").with(user("admin").roles("ADMIN"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // issue 30: the sides by their names in the page's language, not their ISO codes; the demonstration's chapters
        // (here 85, electrical machinery) and sectors in Vietnam's nomenclature's and the workbench's Vietnamese
        assertThat(balance).contains("Thương mại của Hoa Kỳ với Việt Nam", "Xuất khẩu", "Cán cân theo năm", "tổng hợp",
                        "85 Máy điện và thiết bị điện và các bộ phận của chúng", "Điện thoại và hàng điện tử")
                .doesNotContain("Exports y/y", "Download", "Electrical machinery and equipment", "Phones and electronics");
        String english = mvc.perform(get("/balance?lang=en").with(user("admin").roles("ADMIN"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("United States trade with Vietnam", "Balance by year", "Download",
                "85 Electrical machinery and equipment").doesNotContain("Xuất khẩu");
        String deals = mvc.perform(get("/deals?lang=vi").with(user("admin").roles("ADMIN"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(deals).containsPattern("\\d+,?\\d* (tỷ|triệu) USD").contains("Cam kết mua hàng");
    }

    /**
     * Issue 30, the words left over: each said in Vietnamese on a Vietnamese page, and as before on an English one. The
     * mirror's total, an engagement's topics, the brief's languages named in the page's language, the audit trail's
     * kinds and the command line, a balance row's sources, the reference's country code heading, the risk product's
     * table title, a target's sectors and its sides.
     */
    @Test
    void theWordsTheWorkbenchWritesInJavaAreSaidInThePagesLanguage() throws Exception {
        Map<String, List<List<String>>> said = new java.util.LinkedHashMap<>();
        // page → [Vietnamese words, English words]
        said.put("/mirror?year=2024", List.of(List.of("Tất cả sản phẩm"), List.of("All products")));
        said.put("/engagements", List.of(List.of("hàng không"), List.of("aviation")));
        said.put("/briefs", List.of(List.of(">Tiếng Anh<", ">Tiếng Việt<"), List.of(">English<", ">Vietnamese<")));
        said.put("/admin/audit", List.of(List.of("người dùng admin", "thương vụ D1", "đợt nhập #1 ", "dòng lệnh: "),
                List.of("user admin", "deal D1", "import #1 ", "cli:")));
        said.put("/balance", List.of(List.of("Số liệu của US: US Census Bureau International Trade API #"),
                List.of("US statistics: US Census Bureau International Trade API #")));
        said.put("/reference", List.of(List.of("Mã alpha-3"), List.of(">Alpha-3<")));
        said.put("/risk/products/8504.40?from=2017&event=2018-07-06",
                List.of(List.of("Các luồng hàng CN → VN → US theo số liệu của từng bên: 850440"),
                        List.of("The flows of CN → VN → US as each side records them: 850440")));
        said.put("/targets/demo-aircraft-energy", List.of(
                List.of("Aircraft: ngành hàng aircraft", "Xuất khẩu của US sang VN (số liệu của US, giá FAS)",
                        "Nhập khẩu của VN từ US (số liệu của VN, giá CIF)"),
                List.of("Aircraft: sector aircraft", "US exports to VN (US statistics, FAS)", "VN imports from US (VN statistics, CIF)")));
        for (var e : said.entrySet()) {
            String separator = e.getKey().contains("?") ? "&" : "?";
            assertThat(page(e.getKey() + separator + "lang=vi")).as(e.getKey() + " in Vietnamese").contains(e.getValue().get(0));
            assertThat(page(e.getKey() + separator + "lang=en")).as(e.getKey() + " in English").contains(e.getValue().get(1));
        }
    }

    @Test
    void aMissingRecordIsTheOneNotFoundPageOnEveryDoor() throws Exception {
        for (String page : List.of("/engagements/999999", "/press-releases/999999", "/deals/999999", "/asks/A999999")) {
            var response = mvc.perform(get(page + "?lang=en").with(user("admin").roles("ADMIN"))).andReturn().getResponse();
            assertThat(response.getStatus()).as(page).isEqualTo(404);
            assertThat(response.getContentType()).as(page).startsWith("text/html");
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(page)
                    .contains("<title>Not found", "<h1>Not found</h1>", "There is no ").contains("999999");
        }
        String vietnamese = mvc.perform(get("/engagements/999999?lang=vi").with(user("admin").roles("ADMIN"))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(vietnamese).contains("<h1>Không tìm thấy</h1>", "Không có hoạt động tiếp xúc 999999.");
        var api = mvc.perform(get("/api/engagements/999999").with(user("admin").roles("ADMIN"))).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(404);
        assertThat(api.getContentAsString(StandardCharsets.UTF_8)).contains("there is no engagement 999999");
    }

    @Test
    void aProposedAmountIsWrittenOutInFullForTheReviewerToCorrect() throws Exception {
        long release = jdbc.sql("select id from press_release where name = :n").param("n", DemonstrationFixture.RELEASE_NAME).query(Long.class).single();
        String review = mvc.perform(get("/press-releases/" + release).with(user("admin").roles("ADMIN"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(review).contains("value=\"10000000000\"").doesNotContain("1.0E10");
    }
}
