package org.bilateral.tradestats.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Path;
import org.bilateral.WorkbenchTest;
import org.bilateral.tradestats.CensusFile;
import org.bilateral.tradestats.ComtradeCsvFile;
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

/**
 * The balance and mirror pages on HS2 chapters beside a few finer lines: US imports from Vietnam in 2030, 94 at 3,000 of
 * which 9403 1,200 and 9405 300 are detailed; Vietnam's exports, 94 at 2,900 held at HS2 only.
 */
@WorkbenchTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "ANALYST")
class BalancePageProductLevelsTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StatisticsImports imports;
    @TempDir Path dir;

    @BeforeEach
    void usualDownload() {
        TradeStatisticsFixture.clear(jdbc);
        imports.importFile(ImportFile.of(CensusFile.imports().row("5520", "94", "3000", "2030-01")
                .writeTo(dir, "us-hs2.json"), "test"));
        imports.importFile(ImportFile.of(CensusFile.imports().row("5520", "9403608081", "1200", "2030-01")
                .row("5520", "9405114000", "300", "2030-01").writeTo(dir, "us-hs10.json"), "test"));
        imports.importFile(ImportFile.of(ComtradeCsvFile.create().row(704, 842, "X", "2030", "94", "2900")
                .writeTo(dir, "vn.csv"), "test"));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theSectorBalanceShowsTheUndetailedRestOfAChapterAsNotAllocatedInThePagesLanguage() throws Exception {
        // 3,000 − 1,200 − 300 = 1,500 of chapter 94 is held only at HS2, and furniture is 9401 to 9404: not allocated.
        assertThat(page("/balance?reporter=US&partner=VN&level=sector&lang=en")).contains("Not allocated: chapter 94");
        String vi = page("/balance?reporter=US&partner=VN&level=sector&lang=vi");
        assertThat(vi).contains("Chưa phân bổ: chương 94");
        assertThat(vi.substring(vi.indexOf("id=\"chart-data\""))).as("the composition chart too")
                .contains("Chưa phân bổ: chương 94").doesNotContain("Not allocated");
    }

    @Test
    void theMirrorByHeadingSetsChapter94ApartAndSaysWhichSideHoldsItOnlyAtHs2() throws Exception {
        String en = page("/mirror?reporter=US&partner=VN&year=2030&level=heading&lang=en");
        // issue 30: the side is named, not coded ("Vietnam", not "VN")
        assertThat(en).contains("Not comparable at this level", "Vietnam reports chapter 94 at HS2 only",
                "United States details only 1,500 of chapter 94&#39;s 3,000 below HS2");
        String vi = page("/mirror?reporter=US&partner=VN&year=2030&level=heading&lang=vi");
        assertThat(vi).contains("Không so sánh được ở cấp này", "Việt Nam chỉ báo cáo chương 94 ở cấp HS2");
        assertThat(page("/mirror?reporter=US&partner=VN&year=2030&level=sector&lang=vi"))
                .as("by sector, furniture and other goods are set apart with chapter 94")
                .contains("Không so sánh được ở cấp này", "Việt Nam chỉ báo cáo chương 94 ở cấp HS2");
        assertThat(page("/api/mirror?reporter=US&partner=VN&year=2030&level=heading"))
                .contains("\"reason\":\"not comparable at this level (VN reports chapter 94 at HS2 only; "
                        + "US details only 1500 of chapter 94's 3000 below HS2)\"");
    }

    @Test
    void aVietnamesePageNamesTheCountriesProductsAndSectorsInVietnameseAndItsDownloadToo() throws Exception {
        String vi = page("/balance?reporter=US&partner=VN&level=heading&lang=vi");
        // the heading names both sides; 9403 (1,200) and 9405 (300) in Vietnam's nomenclature's words
        assertThat(vi).contains("Thương mại của Hoa Kỳ với Việt Nam", "9403 Đồ nội thất khác và các bộ phận của chúng",
                "9405 Đèn (luminaires) và bộ đèn").doesNotContain("Other furniture and parts thereof", "US trade with VN");
        assertThat(page("/balance?reporter=US&partner=VN&level=heading&lang=en")).contains("United States trade with Vietnam",
                "9403 Other furniture and parts thereof");
        // chapter 94 in Vietnamese at chapter level; the sector of 9403 (furniture) by its Vietnamese name
        assertThat(page("/balance?reporter=US&partner=VN&level=chapter&lang=vi")).contains("94 Đồ nội thất; bộ đồ giường, đệm");
        assertThat(page("/balance?reporter=US&partner=VN&level=sector&lang=vi")).contains("Đồ nội thất").doesNotContain(">Furniture<");
        String csv = page("/balance.csv?reporter=US&partner=VN&level=heading&lang=vi");
        assertThat(csv).contains("9403 Đồ nội thất khác và các bộ phận của chúng").doesNotContain("Other furniture");
    }
}
