package org.bilateral.offers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bilateral.WorkbenchTest;
import org.bilateral.offers.Offer;
import org.bilateral.offers.OfferId;
import org.bilateral.offers.Offers;
import org.bilateral.tariffs.TariffLoads;
import org.bilateral.tradestats.ComtradeCsvFile;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The offers' pages on a schedule of five lines and one year of statistics small enough to price by hand: an analyst
 * builds the two packages in the form and reads them priced, by year, by product and side by side, in both
 * languages; the form's refusals stand beside their fields; a viewer reads without the edit controls; an offer file goes
 * up and comes down the same; the downloads hold the figures worked out below.
 *
 * <p>The schedule ({@link OfferPagesFixture}), in force from 1 January 2030: maize 1005.90.10 at 5% and 1005.90.90 at
 * 3% (farm goods), air conditioners 8415.10.10 at 10% and 8415.10.90 at 5%, and a car line 8703.23.10 whose rate refers
 * to Chapter 98. Vietnam's imports from the US in 2029 (CIF): 100590 $1,000,000, 841510 $200,000, 870323 $500,000; from
 * the world, 100590 $3,000,000 (so $2,000,000 from the others) and nothing else.
 */
@WorkbenchTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfferPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Offers offers;
    @Autowired TariffLoads tariffs;
    @Autowired StatisticsImports imports;
    @Autowired JdbcClient jdbc;

    private static final RequestPostProcessor ANALYST = user("analyst-o").roles("ANALYST");
    private static final RequestPostProcessor VIEWER = user("viewer-o").roles("VIEWER");

    @BeforeAll
    void aScheduleOfFiveLinesAndOneYearOfStatistics(@TempDir Path dir) throws IOException {
        TradeStatisticsFixture.clear(jdbc);
        offers.all().forEach(o -> offers.delete(o.id(), "test"));
        OfferPagesFixture.schedule(tariffs, dir);
        imports.importFile(ImportFile.of(ComtradeCsvFile.create()
                .row(704, 842, "M", "2029", "100590", "1000000")
                .row(704, 842, "M", "2029", "841510", "200000")
                .row(704, 842, "M", "2029", "870323", "500000")
                .row(704, 0, "M", "2029", "100590", "3000000")
                .writeTo(dir, "vietnam-2029.csv"), "test"));
    }

    private MockHttpServletResponse perform(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private String page(String address, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse r = perform(get(address).with(who));
        assertThat(r.getStatus()).as(address).isEqualTo(200);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    /** The first package, sent from the form as an analyst types it: every farm good at zero from 2030. */
    private OfferId farmGoodsAtZero(String name) throws Exception {
        MockHttpServletResponse r = perform(post("/offers/new").with(ANALYST).with(csrf()).param("name", name)
                .param("scheduleOn", "2030-01-01").param("importDemand", "1.5").param("substitution", "1,5")
                .param("parts[0].scope", "agricultural").param("parts[0].codes", "").param("parts[0].ceiling", "")
                .param("parts[0].phases[0].year", "2030").param("parts[0].phases[0].rate", "0").param("action", "save"));
        assertThat(r.getStatus()).isEqualTo(302);
        Matcher id = Pattern.compile("/offers/(\\d+)\\?saved").matcher(String.valueOf(r.getRedirectedUrl()));
        assertThat(id.find()).as(r.getRedirectedUrl()).isTrue();
        return new OfferId(Long.parseLong(id.group(1)));
    }

    /** The second: every industrial line at or below 5% at zero, from 2030. */
    private OfferId industryAtOrBelowFive(String name) throws Exception {
        MockHttpServletResponse r = perform(post("/offers/new").with(ANALYST).with(csrf()).param("name", name)
                .param("scheduleOn", "2030-01-01").param("parts[0].scope", "industrial").param("parts[0].ceiling", "5")
                .param("parts[0].phases[0].year", "2030").param("parts[0].phases[0].rate", "0").param("action", "save"));
        assertThat(r.getStatus()).isEqualTo(302);
        Matcher id = Pattern.compile("/offers/(\\d+)\\?saved").matcher(String.valueOf(r.getRedirectedUrl()));
        assertThat(id.find()).isTrue();
        return new OfferId(Long.parseLong(id.group(1)));
    }

    @Test
    void anAnalystBuildsFarmGoodsAtZeroAndReadsItPricedInBothLanguages() throws Exception {
        OfferId id = farmGoodsAtZero("Nông sản về 0% (trang)");
        String en = page("/offers/" + id.value() + "?year=2029&lang=en", ANALYST);
        // 100590's two lines cut by 5 and 3 points: average 4% of $1,000,000 = $40,000, range $30,000 – $50,000
        assertThat(en).contains("$40,000", "$30,000 – $50,000");
        // created = 1,000,000 × 1.5 × ((0.05/1.05 + 0.03/1.03) / 2) = 1,000,000 × 1.5 × 0.0383726 = $57,559;
        // diverted = 1,000,000 × 2,000,000 / 3,000,000 × 1.5 × 0.0383726 = $38,373 (below the others' $2,000,000)
        assertThat(en).contains("$57,559", "$38,373");
        // added as Vietnam records them, 57,558.95 + 38,372.63 = $95,932; as the US does, 95,931.58 ÷ 1.06 = 90,501.49 = $90,501
        assertThat(en).contains("$95,932", "$90,501");
        assertThat(en).contains("id=\"table-products\"", "id=\"save\"", "id=\"delete\"");
        String vi = page("/offers/" + id.value() + "?year=2029&lang=vi", ANALYST);
        assertThat(vi).contains("40.000 USD", "30.000 USD – 50.000 USD", "57.559 USD", "38.373 USD", "95.932 USD", "90.501 USD",
                "Số thu thuế giảm", "bình quân trên các dòng thuộc mã").doesNotContain("Revenue forgone");
    }

    @Test
    void bothPackagesStandSideBySideBesideTheDealsAndDownloadAsTheyShow() throws Exception {
        OfferId farm = farmGoodsAtZero("Farm goods at zero (side)");
        OfferId industry = industryAtOrBelowFive("Industry at or below 5% (side)");
        String en = page("/offers?year=2029&show=" + farm.value() + "&show=" + industry.value() + "&lang=en", VIEWER);
        assertThat(en).contains("id=\"comparison\"", "Farm goods at zero (side)", "Industry at or below 5% (side)", "id=\"chart-offers\"",
                "href=\"/offers/gap\"");
        // industry: 841510's lines at 10% (above the ceiling, kept) and 5% (cut to 0): average cut 2.5% of $200,000 = $5,000,
        // range $0 – $10,000; created = 200,000 × 1.5 × ((0 + 0.05/1.05) / 2) = $7,143; no other supplier held, no diversion
        assertThat(en).contains("$5,000", "$40,000");
        // the car line whose rate refers to Chapter 98 is listed, not priced, with its code's $500,000 of imports
        String industryPage = page("/offers/" + industry.value() + "?year=2029&lang=en", VIEWER);
        Matcher unpriced = Pattern.compile("<table[^>]*id=\"table-unpriced\".*?</table>", Pattern.DOTALL).matcher(industryPage);
        assertThat(unpriced.find()).isTrue();
        assertThat(unpriced.group()).contains("87032310", "Chương 98", "$500,000");
        assertThat(page("/offers?year=2029&lang=vi", VIEWER)).contains("So sánh các phương án chào, định lượng theo số liệu năm 2029");

        byte[] xlsx = perform(get("/offers/compare.xlsx?year=2029&show=" + farm.value() + "&show=" + industry.value()).with(VIEWER))
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(2);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("offer");
            Row first = sheet.getRow(3);
            Row second = sheet.getRow(4);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Farm goods at zero (side)");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(40_000.0, within(0.005));
            assertThat(first.getCell(6).getNumericCellValue()).as("created").isEqualTo(57_558.95, within(0.01));
            assertThat(first.getCell(7).getNumericCellValue()).as("diverted").isEqualTo(38_372.63, within(0.01));
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("Industry at or below 5% (side)");
            assertThat(second.getCell(3).getNumericCellValue()).isEqualTo(5_000.0, within(0.005));
            assertThat(second.getCell(4).getNumericCellValue()).as("low").isEqualTo(0.0, within(0.005));
            assertThat(second.getCell(5).getNumericCellValue()).as("high").isEqualTo(10_000.0, within(0.005));
            // 200,000 × 1.5 × 0.0238095 = 7,142.857… → 7,142.86
            assertThat(second.getCell(6).getNumericCellValue()).as("created").isEqualTo(7_142.86, within(0.01));
            // the deals' row under the offers
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Purchase deals (projection)");
        }
        String csv = perform(get("/offers/compare.csv?year=2029&show=" + farm.value()).with(VIEWER)).getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("offer,final_year,lines_covered,revenue_forgone_usd,revenue_low_usd,revenue_high_usd,created_usd");
        assertThat(lines.get(1)).startsWith("Farm goods at zero (side),2030,2,40000.00,30000.00,50000.00,");
    }

    @Test
    void aPricedOfferDownloadsEveryTableAsTheWorkbookAndEachAsCsv() throws Exception {
        OfferId id = farmGoodsAtZero("Farm goods at zero (download)");
        byte[] xlsx = perform(get("/offers/" + id.value() + "/priced.xlsx?year=2029&lang=en").with(VIEWER)).getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetName(0)).isEqualTo("By year");
            Row year = book.getSheet("By year").getRow(3);
            assertThat(year.getCell(0).getNumericCellValue()).isEqualTo(2030.0);
            assertThat(year.getCell(1).getNumericCellValue()).isEqualTo(40_000.0, within(0.005));
            // added, CIF: 57,558.95 + 38,372.63 = 95,931.58; US-valued ÷ 1.06 = 90,501.49
            assertThat(year.getCell(6).getNumericCellValue()).isEqualTo(95_931.58, within(0.02));
            assertThat(year.getCell(7).getNumericCellValue()).isEqualTo(90_501.49, within(0.02));
            Row product = book.getSheet("By product").getRow(3);
            assertThat(product.getCell(0).getStringCellValue()).isEqualTo("100590");
            assertThat(product.getCell(1).getNumericCellValue()).as("lines covered").isEqualTo(2.0);
            assertThat(product.getCell(4).getNumericCellValue()).isEqualTo(1_000_000.0);
            assertThat(product.getCell(5).getNumericCellValue()).as("from the others").isEqualTo(2_000_000.0);
            assertThat(product.getCell(8).getNumericCellValue()).isEqualTo(40_000.0, within(0.005));
            assertThat(product.getCell(13).getStringCellValue()).isEqualTo("averaged");
        }
        String csv = perform(get("/offers/" + id.value() + "/priced.csv?year=2029&table=years").with(VIEWER)).getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().toList().get(0)).isEqualTo("year,revenue_forgone_usd,revenue_low_usd,revenue_high_usd,created_usd,diverted_usd,"
                + "added_cif_usd,added_us_valued_usd,share_of_us_measured_deficit,share_of_vn_measured_surplus,data");
        assertThat(csv.lines().toList().get(1)).startsWith("2030,40000.00,30000.00,50000.00,");
        String vi = perform(get("/offers/" + id.value() + "/priced.csv?year=2029&table=products&lang=vi").with(VIEWER))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(vi.lines().toList().get(0)).startsWith("mã HS,số dòng được chào");
        assertThat(perform(get("/offers/" + id.value() + "/priced.csv?year=2029&table=nothing").with(VIEWER)).getStatus()).isEqualTo(400);
    }

    @Test
    void theFormsRefusalsStandBesideTheirFieldsAndNothingIsSaved() throws Exception {
        int before = offers.all().size();
        MockHttpServletResponse r = perform(post("/offers/new?lang=en").with(ANALYST).with(csrf()).param("name", "Too high")
                .param("scheduleOn", "2030-01-01").param("importDemand", "1.5")
                .param("parts[0].scope", "codes").param("parts[0].codes", "10059010")
                .param("parts[0].phases[0].year", "2030").param("parts[0].phases[0].rate", "7").param("action", "save"));
        assertThat(r.getStatus()).isEqualTo(422);
        String html = r.getContentAsString(StandardCharsets.UTF_8);
        // the rate above 1005.90.10's MFN 5% beside the rate, and nowhere else
        assertThat(input(html, "parts[0].phases[0].rate")).contains("is-invalid", "value=\"7\"");
        assertThat(input(html, "name")).doesNotContain("is-invalid");
        assertThat(input(html, "parts[0].codes")).doesNotContain("is-invalid");
        assertThat(html).contains("id=\"form-refused\"", "invalid-feedback");
        assertThat(offers.all()).hasSize(before);

        String typo = perform(post("/offers/new?lang=vi").with(ANALYST).with(csrf()).param("name", "Lỗi gõ")
                .param("parts[0].codes", "0201 12x").param("parts[0].phases[0].year", "26").param("parts[0].phases[0].rate", "0")
                .param("action", "save")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(input(typo, "parts[0].codes")).contains("is-invalid", "value=\"0201 12x\"");
        assertThat(input(typo, "parts[0].phases[0].year")).contains("is-invalid", "value=\"26\"");
        // said in Vietnamese beside the field
        assertThat(typo).contains("không phải là mã HS");
        assertThat(offers.all()).hasSize(before);

        // an elasticity out of its stated range [0, 10], beside the elasticity
        String elastic = perform(post("/offers/new?lang=en").with(ANALYST).with(csrf()).param("name", "Too elastic")
                .param("scheduleOn", "2030-01-01").param("importDemand", "12").param("parts[0].codes", "100590")
                .param("parts[0].phases[0].year", "2030").param("parts[0].phases[0].rate", "0").param("action", "save"))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(input(elastic, "importDemand")).contains("is-invalid", "value=\"12\"");
        assertThat(input(elastic, "substitution")).doesNotContain("is-invalid");
        assertThat(offers.all()).hasSize(before);
    }

    /** The form's input of that name, as the page writes it. */
    private static String input(String html, String name) {
        Matcher tag = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(html);
        assertThat(tag.find()).as(name).isTrue();
        return tag.group();
    }

    @Test
    void theFormsOwnButtonsAddAndRemoveRowsWithoutSaving() throws Exception {
        int before = offers.all().size();
        String html = perform(post("/offers/new").with(ANALYST).with(csrf()).param("name", "Rows")
                .param("parts[0].codes", "1005").param("parts[0].phases[0].year", "2030").param("parts[0].phases[0].rate", "2")
                .param("action", "addPhase-0")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("name=\"parts[0].phases[1].year\" value=\"2031\"", "value=\"Rows\"");
        assertThat(offers.all()).hasSize(before);
    }

    @Test
    void aViewerReadsAnOfferWithoutTheControlsThatChangeIt() throws Exception {
        OfferId id = farmGoodsAtZero("Farm goods at zero (viewer)");
        String html = page("/offers/" + id.value() + "?year=2029", VIEWER);
        assertThat(html).contains("id=\"table-years\"").doesNotContain("id=\"save\"", "id=\"delete\"", "id=\"add-part\"", "name=\"action\"");
        assertThat(page("/offers", VIEWER)).doesNotContain("id=\"link-new\"");
        assertThat(perform(post("/offers/" + id.value() + "/delete").with(VIEWER).with(csrf())).getStatus()).isEqualTo(403);
    }

    @Test
    void anOfferFileUploadedComesDownTheSameAndADeletedOfferIsGone() throws Exception {
        String yaml = """
                name: Farm goods at zero (file)
                schedule-on: 2030-01-01
                parts:
                  - scope: codes
                    codes: ["100590"]
                    phases: [{year: 2030, rate: 2}, {year: 2031, rate: 0}]
                """;
        MockHttpServletResponse r = perform(multipart("/offers/upload").file(new MockMultipartFile("file", "farm.yaml", "application/yaml",
                yaml.getBytes(StandardCharsets.UTF_8))).with(ANALYST).with(csrf()));
        assertThat(r.getStatus()).isEqualTo(302);
        Matcher m = Pattern.compile("/offers/(\\d+)").matcher(String.valueOf(r.getRedirectedUrl()));
        assertThat(m.find()).isTrue();
        Offer saved = offers.existing(new OfferId(Long.parseLong(m.group(1))));
        assertThat(saved.parts().get(0).phases()).hasSize(2);
        MockHttpServletResponse down = perform(get("/offers/" + saved.id().value() + "/offer.yaml").with(VIEWER));
        assertThat(down.getHeader("Content-Disposition")).contains("attachment", ".yaml");
        // the file downloaded reads back as the offer saved
        var again = offers.read("again.yaml", down.getContentAsString(StandardCharsets.UTF_8));
        assertThat(again.name()).isEqualTo(saved.name());
        assertThat(again.parts()).isEqualTo(saved.parts());
        assertThat(again.elasticities()).isEqualTo(saved.elasticities());

        String refused = perform(multipart("/offers/upload").file(new MockMultipartFile("file", "bad.yaml", "application/yaml",
                "name: Bad\nschedule-on: 2030-01-01\nparts:\n  - scope: codes\n    codes: [\"9999\"]\n    rate: 0\n".getBytes(StandardCharsets.UTF_8)))
                .with(ANALYST).with(csrf())).getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("id=\"upload-problems\"", "bad.yaml");

        assertThat(perform(post("/offers/" + saved.id().value() + "/delete").with(ANALYST).with(csrf())).getRedirectedUrl()).isEqualTo("/offers");
        assertThat(perform(get("/offers/" + saved.id().value()).with(VIEWER)).getStatus()).isEqualTo(404);
    }

    @Test
    void aYearTheStatisticsDoNotHoldIsRefusedByItsField() throws Exception {
        MockHttpServletResponse r = perform(get("/offers?year=1999&lang=en").with(VIEWER));
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("1999", "2029");
    }
}
