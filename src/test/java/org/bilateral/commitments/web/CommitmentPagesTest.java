package org.bilateral.commitments.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.bilateral.WorkbenchTest;
import org.bilateral.commitments.Deal;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.engagements.Engagements;
import org.bilateral.extraction.PressRelease;
import org.bilateral.extraction.PressReleases;
import org.bilateral.extraction.RegisterFixture;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The ministry's pages, downloads and API for deals, targets and the projection, rendered against the real database. */
@WorkbenchTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "ANALYST")
class CommitmentPagesTest {

    static final String DEALS = """
            id,date,status,buyer,buyer_country,seller,seller_country,item,hs_code,quantity,unit,value_usd_low,value_usd_high,period,source_url,note
            A1,2025-10-26,agreed,Vietnam Airlines,VN,Boeing,US,737 MAX aircraft,880240,50,aircraft,8000000000,,,https://example.org/a1,
            A2,2026-02-18,purchase agreement,Vietnam Airlines,VN,Boeing,US,737 MAX 8 aircraft,880240,50,aircraft,12000000000,,2027-2030,https://example.org/a2,
            B1,2025-06-02,MOU,Khai Anh Binh Thuan,VN,AGP,US,soybean meal,230400,1000000,t,380000000,390000000,3 years,https://example.org/b1,
            """;

    static final String TARGETS = """
            targets:
              - code: soy
                name: Soybeans
                buyer: VN
                seller: US
                baseline: 2024
                basis: absolute
                counts: both
                products:
                  - group: Soybeans
                    hs: [1201]
                amounts:
                  2025: 1000
            """;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PurchaseCommitments commitments;
    @Autowired PressReleases pressReleases;
    @Autowired Engagements engagements;

    @BeforeEach
    void empty() {
        RegisterFixture.clear(jdbc);
        TradeStatisticsFixture.clear(jdbc);
        jdbc.sql("delete from purchase_target").update();
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    void importDeals() throws Exception {
        mvc.perform(multipart("/deals/import").file(new MockMultipartFile("file", "deals.csv", "text/csv", DEALS.getBytes())).with(csrf()))
                .andExpect(redirectedUrl("/deals"));
    }

    Deal aircraft() {
        return commitments.deals().stream().filter(d -> d.buyer().equals("Vietnam Airlines")).findFirst().orElseThrow();
    }

    @Test
    void theRegisterPageListsEachDealOnceWithItsTotals() throws Exception {
        importDeals();

        String deals = page("/deals");

        assertThat(deals).contains("Vietnam Airlines").contains("Khai Anh Binh Thuan").contains("2 deals counted");
        String deal = page("/deals/" + aircraft().id().value());
        assertThat(deal).contains(aircraft().id().toString()).contains("deals.csv, line 2").contains("deals.csv, line 3").contains("2027-01");
    }

    @Test
    void aDealsFileThatIsNotUtf8IsRefusedOnEveryDoorAsOnTheCommandLine() throws Exception {
        byte[] latin1 = DEALS.replace("Vietnam Airlines", "Vi\u00eat Nam Airlines").getBytes(StandardCharsets.ISO_8859_1);

        mvc.perform(multipart("/api/deals/import").file(new MockMultipartFile("file", "latin1.csv", "text/csv", latin1)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                        .value("latin1.csv: the file is not UTF-8 text"));
        String page = mvc.perform(multipart("/deals/import").file(new MockMultipartFile("file", "latin1.csv", "text/csv", latin1)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("latin1.csv: the file is not UTF-8 text");
        assertThat(commitments.deals()).isEmpty();
    }

    @Test
    void aRequestBodyLargerThanAnyRequestNeedsIsRefusedBeforeItIsRead() throws Exception {
        mvc.perform(post("/api/targets").contentType("application/yaml").content(new byte[(4 << 20) + 1]).with(csrf()))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.startsWith("the request body is larger than 4 MB")));
    }

    @Test
    void targetsSentToTheApiAreHeldToTheTargetsFileLimitAndRefusedBeforeTheyAreParsed() throws Exception {
        // 3.9 MB of YAML: under the 4 MB of other bodies, nearly four times the 1 MB a targets file may be
        StringBuilder yaml = new StringBuilder("targets:\n");
        while (yaml.length() < 3_900_000) {
            yaml.append("  - code: t").append(yaml.length()).append('\n');
        }

        mvc.perform(post("/api/targets").contentType("application/yaml").content(yaml.toString()).with(csrf()))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                        .value("request body: the targets are larger than 1 MB, the most a targets file may be"));
        assertThat(jdbc.sql("select count(*) from purchase_target").query(Long.class).single()).isZero();
    }

    @Test
    void targetsThatAreNotUtf8AreRefusedByTheApiAsTheFileIs() throws Exception {
        byte[] latin1 = TARGETS.replace("name: Soybeans", "name: Soja d\u00e9")
                .getBytes(StandardCharsets.ISO_8859_1);

        mvc.perform(post("/api/targets").contentType("application/yaml").content(latin1).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                        .value("request body: the file is not UTF-8 text"));
    }

    @Test
    void aDealsFileWithAWrongCellIsRefusedOnThePageWithItsLineAndStoresNothing() throws Exception {
        String bad = DEALS.replace("880240,50", "880240,fifty");

        String page = mvc.perform(multipart("/deals/import").file(new MockMultipartFile("file", "deals.csv", "text/csv", bad.getBytes())).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("deals.csv, line 2, field quantity: &#39;fifty&#39; is not a number").doesNotContain("Exception");
        assertThat(commitments.deals()).isEmpty();
    }

    @Test
    void aStageWithADateThatIsNoneOrANoteWithAControlCharacterIsRefusedByItsField() throws Exception {
        importDeals();
        long id = aircraft().id().value();

        String page = mvc.perform(post("/deals/" + id + "/stages").param("stage", "in delivery").param("happened", "2027-13-45")
                .with(csrf())).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("stage, field happened: &#39;2027-13-45&#39; is not a date (YYYY-MM-DD)");
        mvc.perform(post("/deals/" + id + "/stages").param("stage", "in delivery").param("note", "late\u0000").with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/deals/" + id + "/schedule").param("schedule", "2027-Q1 5 1e999999999").with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(commitments.deal(id).orElseThrow().stage()).isNotEqualTo(org.bilateral.commitments.DealStage.IN_DELIVERY);
    }

    @Test
    void aScheduleAndAStageEnteredOnTheDealPageShowInItsHistoryAndTheProjection() throws Exception {
        importDeals();
        long id = aircraft().id().value();

        mvc.perform(post("/deals/" + id + "/schedule").param("schedule", "2027-Q1 5 1200000000\n2027-Q2 5 1200000000").with(csrf()))
                .andExpect(redirectedUrl("/deals/" + id));
        mvc.perform(post("/deals/" + id + "/stages").param("stage", "in delivery").param("happened", "2027-01-15").with(csrf()))
                .andExpect(redirectedUrl("/deals/" + id));

        Deal d = commitments.deal(id).orElseThrow();
        assertThat(d.deliveries()).extracting(x -> x.period().toString()).containsExactly("2027-Q1", "2027-Q2");
        assertThat(d.stage().code()).isEqualTo("in_delivery");
        String projection = mvc.perform(get("/api/projection").param("buyer", "VN").param("seller", "US"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(projection).contains("\"year\":2027").contains("\"expectedUsd\":2400000000.00");
        assertThat(page("/projection")).contains("Projection").contains("2027");
    }

    @Test
    void aTargetLoadedThroughTheApiHasItsAttainmentPageApiAndDownload() throws Exception {
        mvc.perform(post("/api/targets").contentType("application/yaml").content(TARGETS).with(csrf())).andExpect(status().isOk());

        assertThat(page("/targets")).contains("Soybeans").contains("soy");
        assertThat(page("/targets/soy")).contains("Soybeans").contains("illustrative");
        String json = mvc.perform(get("/api/targets/soy/attainment")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"side\":\"PARTNER_EXPORTS\"").contains("\"side\":\"OUR_IMPORTS\"");
        byte[] xlsx = mvc.perform(get("/targets/soy/attainment.xlsx")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isPositive();
        }
        mvc.perform(get("/targets/none")).andExpect(status().isNotFound());
    }

    @Test
    void aTargetDefinedOnTheWebPageIsStored() throws Exception {
        mvc.perform(post("/targets").with(csrf()).param("code", "grain").param("name", "Grain").param("buyer", "VN").param("seller", "US")
                .param("baseline", "2024").param("basis", "absolute").param("counts", "partner-exports")
                .param("products", "Corn: 1005\nWheat: 1001").param("amounts", "2025: 500000000\n2026: 600000000"))
                .andExpect(status().is3xxRedirection());

        assertThat(page("/targets/grain")).contains("Grain");
    }

    @Test
    void aTargetFormWithABaselineThatIsNoYearIsRefusedByItsFieldAndSavingIsSaidInThePagesLanguage() throws Exception {
        mvc.perform(post("/targets").with(csrf()).param("code", "corn").param("name", "Corn").param("buyer", "VN").param("seller", "US")
                .param("baseline", "soon").param("basis", "absolute").param("counts", "partner-exports")
                .param("products", "Corn: 1005").param("amounts", "2026: 600000000"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("baseline: &#39;soon&#39; is not a year")));
        mvc.perform(post("/targets").with(csrf()).locale(java.util.Locale.forLanguageTag("vi")).param("code", "corn").param("name", "Corn")
                        .param("buyer", "VN").param("seller", "US").param("baseline", "2024").param("basis", "absolute").param("counts", "partner-exports")
                        .param("products", "Corn: 1005").param("amounts", "2026: 600000000"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("notice", "Đã lưu mục tiêu corn."));
    }

    @Test
    void theRegisterDownloadsAsXlsxAndAsCsv() throws Exception {
        importDeals();

        byte[] xlsx = mvc.perform(get("/deals.xlsx")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (var wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(2);
        }
        String csv = mvc.perform(get("/deals.csv")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSizeGreaterThanOrEqualTo(3).anySatisfy(l -> assertThat(l).contains("Vietnam Airlines"));
    }

    @Test
    void aDealCitedInAPressReleaseLinksToItsEngagementAndBack() throws Exception {
        String text = """
                date 2026-02-05 HÀ NỘI — Acting Minister of Industry and Trade Lê Mạnh Hùng held a working session with US Senator \
                William Hagerty on February 4.

                Hùng noted that VietJet's commitment to buying 200 aircraft from Boeing helps narrow the trade gap.""";
        PressReleases.Ingested in = pressReleases.ingest(new PressRelease("hagerty.txt", text), "analyst");
        pressReleases.acceptAll(in.id(), "analyst");
        Deal deal = commitments.deals().stream().filter(d -> d.buyer().contains("VietJet")).findFirst().orElseThrow();
        long engagement = engagements.timeline(null, null).get(0).id();

        assertThat(page("/deals/" + deal.id().value())).contains("/engagements/" + engagement);
        assertThat(page("/engagements/" + engagement)).contains("/deals/" + deal.id().value());
    }

    @Test
    void theApiChangesADealsStageAndScheduleAndAnswersJson() throws Exception {
        importDeals();
        long id = aircraft().id().value();

        mvc.perform(post("/api/deals/" + id + "/stages").contentType(MediaType.APPLICATION_JSON).content("{\"stage\":\"cancelled\",\"happened\":\"2026-06-01\"}")
                .with(csrf())).andExpect(status().isOk());
        mvc.perform(put("/api/deals/" + id + "/schedule").contentType(MediaType.APPLICATION_JSON)
                .content("[{\"period\":\"2028\",\"valueUsd\":100}]").with(csrf())).andExpect(status().isOk());

        String totals = mvc.perform(get("/api/deals/totals")).andReturn().getResponse().getContentAsString();
        assertThat(totals).contains("\"counted\":1");
        mvc.perform(get("/api/deals/999999")).andExpect(status().isNotFound());
    }
}
