package org.bilateral.tradestats.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import org.bilateral.WorkbenchTest;
import org.bilateral.tradestats.CensusFile;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@WorkbenchTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "ANALYST")
class StatisticsApiTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired org.bilateral.doors.Uploads uploads;

    @BeforeEach
    void oneImportedFile() throws Exception {
        TradeStatisticsFixture.clear(jdbc);
        String json = CensusFile.imports().row("5520", "847130", "1000", "2024-01").row("5520", "940360", "250", "2024-02").json();
        mvc.perform(multipart("/api/imports").file(new MockMultipartFile("files", "census.json", "application/json", json.getBytes()))
                .with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.imported[0].figures").value(2));
    }

    @Test
    void anAnalystUploadsACensusAnswerByStateOnTheImportsPage() throws Exception {
        String json = "[[\"STATE\",\"CTY_CODE\",\"E_COMMODITY\",\"ALL_VAL_MO\",\"time\"],\n"
                + "[\"-\",\"5520\",\"-\",\"3000\",\"2025-01\"],\n"
                + "[\"WA\",\"5520\",\"880240\",\"2000\",\"2025-01\"],\n"
                + "[\"IA\",\"5520\",\"120190\",\"1000\",\"2025-01\"]]";
        mvc.perform(multipart("/imports").file(new MockMultipartFile("files", "exports-statehs-2025-01.json", "application/json",
                        json.getBytes(java.nio.charset.StandardCharsets.UTF_8))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(org.hamcrest.Matchers.containsString(
                        "exports-statehs-2025-01.json: 2 figures from US Census International Trade API JSON by state (statehs)")));
        // WA 2,000 + IA 1,000 = 3,000 stored by state; the all-states row (3,000 again) left out, not counted twice
        assertThat(jdbc.sql("select sum(value_usd) from state_trade").query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("3000");
    }

    @Test
    void balanceAnswersInJsonWithItsDataset() throws Exception {
        mvc.perform(get("/api/balance").param("reporter", "US").param("partner", "Viet Nam").param("by", "month"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(2))
                .andExpect(jsonPath("$.rows[0].period").value("2024-01"))
                .andExpect(jsonPath("$.rows[0].imports").value(1000))
                .andExpect(jsonPath("$.rows[0].dataset").value(org.hamcrest.Matchers.containsString("US Census")))
                .andExpect(jsonPath("$.sources[0].importedBy").value("analyst"));
    }

    @Test
    void aRefusedUploadNamesTheProblemAndAnswers422() throws Exception {
        String bad = CensusFile.imports().row("5520", "84713", "1000", "2024-01").json();
        mvc.perform(multipart("/api/imports").file(new MockMultipartFile("files", "bad.json", "application/json", bad.getBytes()))
                        .with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].source").value("bad.json"))
                .andExpect(jsonPath("$.problems[0].location").value(org.hamcrest.Matchers.startsWith("line 2")))
                .andExpect(jsonPath("$.problems[0].field").value("I_COMMODITY"));
    }

    @Test
    void aSetOfUploadedFilesIsImportedWholeOrNotAtAllAndLeavesNoFileBehind() throws Exception {
        String good = CensusFile.imports().row("5520", "847130", "5000", "2025-01").json();
        String bad = CensusFile.imports().row("5520", "847130", "12a", "2025-02").json();
        long before = jdbc.sql("select count(*) from trade_import").query(Long.class).single();

        mvc.perform(multipart("/api/imports").file(new MockMultipartFile("files", "good.json", "application/json", good.getBytes()))
                        .file(new MockMultipartFile("files", "bad.json", "application/json", bad.getBytes())).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.imported.length()").value(0))
                .andExpect(jsonPath("$.problems[0].source").value("bad.json"))
                .andExpect(jsonPath("$.problems[1].message").value(org.hamcrest.Matchers.containsString("none of them was stored")));

        assertThat(jdbc.sql("select count(*) from trade_import").query(Long.class).single()).isEqualTo(before);
        try (var left = Files.list(uploads.folder())) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void anUnknownCountryIsABadRequestWithTheReason() throws Exception {
        mvc.perform(get("/api/balance").param("reporter", "US").param("partner", "Atlantis"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("unknown country 'Atlantis'")));
    }

    @Test
    void theBalanceDownloadsAsCsvAndXlsx() throws Exception {
        mvc.perform(get("/balance.csv").param("reporter", "US").param("partner", "VN").param("level", "chapter"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("balance-US-VN-year-chapter.csv")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("2024 (Jan–Feb),84,")));
        mvc.perform(get("/balance.xlsx").param("reporter", "US").param("partner", "VN"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void thePagesRender() throws Exception {
        mvc.perform(get("/balance").param("reporter", "US").param("partner", "VN").param("level", "sector"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("chart-balance")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Synthetic demonstration data"))));
        mvc.perform(get("/mirror").param("reporter", "US").param("partner", "VN").param("year", "2024").param("level", "chapter"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("84 Nuclear reactors")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Timing")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Where these figures come from")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("census.json")));
        mvc.perform(get("/imports")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("census.json")));
    }

    @Test
    void theBalanceAndMirrorPagesNameTheHsEditionAndWhatBecameOfOlderCodesInBothLanguages() throws Exception {
        // January 2021 is in HS 2017: 620113 and 620193 go to 620140, 854140 was split; January 2022 is HS 2022.
        String json = CensusFile.imports().row("5520", "620113", "300", "2021-01").row("5520", "620193", "200", "2021-01")
                .row("5520", "854140", "1000", "2021-01").row("5520", "620140", "600", "2022-01").json();
        mvc.perform(multipart("/imports").file(new MockMultipartFile("files", "us-2021-2022.json", "application/json",
                json.getBytes())).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("HS 2017 (2021), shown in HS 2022")));

        mvc.perform(get("/balance").param("reporter", "US").param("partner", "VN").param("level", "subheading")
                        .param("from", "2021").param("to", "2022").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Products in HS 2022.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("2021 reported in HS 2017: 2 codes carried to "
                        + "their new HS 2022 number; 1 split in HS 2022")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Split codes: 854140.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("854140 (HS 2017 code, split in HS 2022")));
        mvc.perform(get("/balance").param("reporter", "US").param("partner", "VN").param("level", "subheading")
                        .param("from", "2021").param("to", "2022").param("lang", "vi"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sản phẩm theo HS 2022.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Các mã bị tách: 854140.")));
        mvc.perform(get("/api/editions").param("reporter", "US").param("partner", "VN").param("year", "2022"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.shown").value(2022))
                .andExpect(jsonPath("$.older[0].revision").value(2017))
                .andExpect(jsonPath("$.older[0].renumbered.620113").value("620140"))
                .andExpect(jsonPath("$.older[0].split[0]").value("854140"));
        mvc.perform(get("/mirror").param("reporter", "US").param("partner", "VN").param("year", "2022").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("2021 reported in HS 2017")));
    }

    @Test
    void aGzipdComtradeBulkFileIsTakenByTheUploadPage(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        byte[] gz = Files.readAllBytes(org.bilateral.tradestats.ComtradeBulkFile.create()
                .row(704, 842, "M", "2024", "H6", "120190", "265", "250", "265").writeGzipTo(dir, "C_A_704_2024.txt.gz"));
        mvc.perform(multipart("/imports").file(new MockMultipartFile("files", "C_A_704_2024.txt.gz", "application/gzip", gz))
                        .with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "C_A_704_2024.txt.gz: 1 figure from UN Comtrade bulk file (tab-separated)")));
    }
}
