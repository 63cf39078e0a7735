package org.bilateral.offers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bilateral.WorkbenchTest;
import org.bilateral.offers.GapFixture;
import org.bilateral.tariffs.TariffFixture;
import org.bilateral.tariffs.TariffLoads;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The gap's page and downloads on the hand-written schedule and statistics of {@link GapFixture} (the figures worked out
 * in PreferenceGapsTest): both languages, the links to the schedule's page, the chart, synthetic said, and the refusals.
 */
@WorkbenchTest
@AutoConfigureMockMvc
class GapPagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TariffLoads tariffs;
    @Autowired StatisticsImports imports;

    @BeforeEach
    void empty() {
        TariffFixture.clear(jdbc);
        TradeStatisticsFixture.clear(jdbc);
    }

    private MockHttpServletResponse answer(String page) throws Exception {
        return mvc.perform(get(page).with(user("reader").roles("VIEWER"))).andReturn().getResponse();
    }

    @Test
    void thePageListsTheGapLargestFirstInBothLanguagesWithLinksToTheSchedule(@TempDir Path dir) throws Exception {
        GapFixture.schedule(dir, tariffs);
        GapFixture.statistics(dir, imports, false);

        String en = answer("/offers/gap?year=2025&on=2026-01-01&lang=en").getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("The preference gap", "href=\"/tariffs?code=080810\"", "chart-gap", "/offers/gap.csv?year=2025")
                .doesNotContain("synthetic-banner");
        // 2,000,000 + 400,000 + 3,000,000 + 500,000 = $5.9 m from the US; 160,000 + 20,000 = $180,000 of duty
        assertThat(en).contains("In 2025 Vietnam imported $5.9 m from the US", "$180,000 more duty");
        // apples first (160,000), cattle (20,000), wheat (0); MFN 9% over 8%–10%, best 1%, margin 8 points
        assertThat(en.indexOf("code=080810")).isLessThan(en.indexOf("code=010229"));
        assertThat(en.indexOf("code=010229")).isLessThan(en.indexOf("code=100199"));
        assertThat(en).contains("9% (8%–10%)", "8.00 points", "$160,000", "not known", "none below MFN");
        // cheese, bought from China under ACFTA but not from the US: 100,000 × 10% = 10,000 spared; cars unpriced
        assertThat(en).contains("code=040690", "$10,000", "code=870323");

        String vi = answer("/offers/gap?year=2025&on=2026-01-01&lang=vi").getContentAsString(StandardCharsets.UTF_8);
        assertThat(vi).contains("Khoảng cách ưu đãi", "5,9 triệu USD", "180.000 USD", "8,00 điểm phần trăm", "chưa rõ");
    }

    @Test
    void theDownloadsHoldTheFiguresAndSaySyntheticWhereTheStatisticsAre(@TempDir Path dir) throws Exception {
        GapFixture.schedule(dir, tariffs);
        GapFixture.statistics(dir, imports, true);

        assertThat(answer("/offers/gap?year=2025&on=2026-01-01&lang=en").getContentAsString(StandardCharsets.UTF_8)).contains("synthetic-banner");
        String csv = answer("/offers/gap.csv?year=2025&on=2026-01-01&lang=en").getContentAsString(StandardCharsets.UTF_8);
        String[] lines = csv.split("\r?\n");
        assertThat(lines[0]).startsWith("rank,product,imports from US (USD),MFN average (%)").endsWith(",data");
        // apples: 2,000,000 of imports, MFN 9 (8–10), best 1, 8 points, 160,000; China 300,000 + Mexico 50,000 favoured
        assertThat(lines[1]).startsWith("1,080810,2000000,9,8,10,1,8,160000.00,ACFTA CPTPP,AU BN CA CL CN GB JP MX MY NZ PE SG,350000,3,1,")
                .endsWith("synthetic");
        // wheat: no preference (best empty), margin 0, duty 0, no favoured partners
        assertThat(lines[3]).startsWith("3,100199,3000000,5,5,5,,0,0.00,,,,1,0,");
        assertThat(lines).hasSize(4);
        assertThat(java.util.Arrays.asList(lines).subList(1, 4)).allSatisfy(l -> assertThat(l).endsWith(",synthetic"));

        byte[] xlsx = answer("/offers/gap.xlsx?year=2025&on=2026-01-01&lang=vi").getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            String all = sheet.toString();
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            StringBuilder text = new StringBuilder();
            sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
            assertThat(text.toString()).contains("080810", "160000", "tổng hợp", "MFN bình quân (%)");
            assertThat(all).isNotEmpty();
        }
    }

    @Test
    void aYearNotHeldATopOutOfRangeAndABadDayAreRefusedByTheirField(@TempDir Path dir) throws Exception {
        GapFixture.schedule(dir, tariffs);
        GapFixture.statistics(dir, imports, false);

        MockHttpServletResponse year = answer("/offers/gap?year=1999&lang=en");
        assertThat(year.getStatus()).isEqualTo(400);
        assertThat(year.getContentAsString(StandardCharsets.UTF_8)).contains("year", "year: no statistics of Vietnam&#39;s imports from the US are held for 1999");
        assertThat(answer("/offers/gap?top=501&lang=en").getStatus()).isEqualTo(400);
        assertThat(answer("/offers/gap?on=1.1.2026&lang=en").getContentAsString(StandardCharsets.UTF_8)).contains("on");
    }

    @Test
    void withoutAScheduleInForceThePageSaysSoRatherThanFailing(@TempDir Path dir) throws Exception {
        GapFixture.statistics(dir, imports, false);

        MockHttpServletResponse page = answer("/offers/gap?lang=vi");
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("gap-no-schedule", "Không có phiên bản biểu thuế");
    }
}
