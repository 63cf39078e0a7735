package org.bilateral.tradestats.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.bilateral.WorkbenchTest;
import org.bilateral.tradestats.CensusFile;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** A partial year named as such on the page, in its chart, its downloads and its JSON, in both languages. */
@WorkbenchTest
@AutoConfigureMockMvc
@WithMockUser(username = "viewer", roles = "VIEWER")
class BalancePageTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StatisticsImports imports;
    @TempDir Path dir;

    /**
     * Exports 100 a month and imports 1,000 a month through 2024; in 2025 exports 110 a month January–March and imports
     * 1,100 a month January–May: 2025 is held by both flows for January–March only.
     */
    @BeforeEach
    void aWholeYearAndAPartialOne() {
        TradeStatisticsFixture.clear(jdbc);
        CensusFile exports = CensusFile.exports();
        CensusFile imported = CensusFile.imports();
        for (int m = 1; m <= 12; m++) {
            exports.row("5520", "120190", "100", String.format("2024-%02d", m));
            imported.row("5520", "847130", "1000", String.format("2024-%02d", m));
        }
        for (int m = 1; m <= 5; m++) {
            if (m <= 3) {
                exports.row("5520", "120190", "110", String.format("2025-%02d", m));
            }
            imported.row("5520", "847130", "1100", String.format("2025-%02d", m));
        }
        imports.importFile(ImportFile.of(exports.writeTo(dir, "exports.json"), "test"));
        imports.importFile(ImportFile.of(imported.writeTo(dir, "imports.json"), "test"));
    }

    private String get200(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void thePageAndItsChartNameThePartialYearInThePagesLanguage() throws Exception {
        String en = get200("/balance?reporter=US&partner=VN&lang=en");
        assertThat(en).contains(">2025 (Jan–Mar)</td>", "\"2025 (Jan–Mar)\"", "id=\"like-for-like\"");
        // (330 − 300) / 300 = +10.0% for exports, (3,300 − 3,000) / 3,000 = +10.0% for imports: January–March both years
        assertThat(en).contains(">10.0%</td>").doesNotContain("-72.5%").doesNotContain("-67.5%");
        String vi = get200("/balance?reporter=US&partner=VN&lang=vi");
        assertThat(vi).contains(">2025 (tháng 1–3)</td>", "\"2025 (tháng 1–3)\"");
    }

    @Test
    void downloadsAndJsonMarkThePartialYear() throws Exception {
        String csv = get200("/balance.csv?reporter=US&partner=VN");
        // exports 3 × 110 = 330, imports 3 × 1,100 = 3,300 (April and May imports left out), balance −2,970
        // a year earlier, January–March 2024: 3 × 100 = 300 and 3 × 1,000 = 3,000; changes 330 / 300 − 1 = 3,300 / 3,000 − 1 = 0.1
        assertThat(csv).contains("2025 (Jan–Mar),,All products,330,3300,-2970,300,3000,0.1000,0.1000,3,partial,,")
                .contains("2024,,All products,1200,12000,-10800,,,,,12,,no statistics of the same months a year earlier,");
        mvc.perform(get("/api/balance").param("reporter", "US").param("partner", "VN"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[1].period").value("2025"))
                .andExpect(jsonPath("$.rows[1].shown").value("2025 (Jan–Mar)"))
                .andExpect(jsonPath("$.rows[1].partial").value(true))
                .andExpect(jsonPath("$.rows[1].months").value(3))
                .andExpect(jsonPath("$.rows[1].imports").value(3300))
                .andExpect(jsonPath("$.rows[0].partial").value(false));
    }

    @Test
    void theMirrorNamesTheMarginOfACifRecordOverCensusExportsCifFas() throws Exception {
        // Vietnam records 1,272 of imports from the US in 2024, valued CIF; the US records 12 × 100 = 1,200 of exports.
        imports.importFile(ImportFile.of(org.bilateral.tradestats.ComtradeCsvFile.create()
                .row(704, 842, "M", "2024", "120190", "1272").writeTo(dir, "vietnam-2024.csv"), "test"));

        String en = get200("/mirror?reporter=US&partner=VN&year=2024&lang=en");
        assertThat(en).contains("CIF/FAS margin", "exports valued FAS (free alongside ship");
        // The margin: 1,200 × (1.06 − 1) = 72; the gap 1,272 − 1,200 = 72; nothing left to explain.
        assertThat(en).contains(">1,200</td>", ">1,272</td>", ">72</td>");
        assertThat(get200("/mirror?reporter=US&partner=VN&year=2024&lang=vi")).contains("Chênh lệch CIF/FAS");
    }

    @Test
    void aChangeLeftBlankSaysWhyUnderTheTable() throws Exception {
        // Vietnam's 2024 held only as a year, its 2025 January–March month by month: no like-for-like change.
        imports.importFile(ImportFile.of(org.bilateral.tradestats.ComtradeCsvFile.create()
                .row(704, 842, "X", "2024", "847130", "1200").row(704, 842, "M", "2024", "120190", "360")
                .writeTo(dir, "vietnam-2024.csv"), "test"));
        org.bilateral.tradestats.ComtradeCsvFile months = org.bilateral.tradestats.ComtradeCsvFile.create();
        for (int m = 1; m <= 3; m++) {
            months.row(704, 842, "X", "20250" + m, "847130", "100").row(704, 842, "M", "20250" + m, "120190", "30");
        }
        imports.importFile(ImportFile.of(months.writeTo(dir, "vietnam-2025.csv"), "test"));

        assertThat(get200("/balance?reporter=VN&partner=US&lang=en")).contains(
                "No year-on-year change for 2025 (Jan–Mar): the year before is held only as a whole year, which cannot be cut to the same months.");
        assertThat(get200("/balance?reporter=VN&partner=US&lang=vi")).contains(
                "Không tính mức thay đổi so với cùng kỳ cho 2025 (tháng 1–3): năm trước chỉ có số liệu cả năm");
    }
}
