package org.bilateral.briefs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bilateral.WorkbenchTest;
import org.bilateral.policy.Asks;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.extraction.RegisterFixture;
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
import org.springframework.test.web.servlet.MockMvc;

/**
 * A brief on small statistics counted by hand: US imports from Vietnam of 100 a month in 2024 (1,200) and 150 a month in
 * January–March 2025, US exports of 10 and 20; Vietnam's own 2024 record of 1,000 exports and 130 imports; one ask of
 * Vietnam's with a position taken by Nguyễn Hồng Diên of Bộ Công Thương.
 */
@WorkbenchTest
@AutoConfigureMockMvc
class BriefsTest {

    static final CountryCode VN = CountryCode.of("VN");
    static final CountryCode US = CountryCode.of("US");
    static final BriefRequest REQUEST = new BriefRequest(VN, US, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 1, 1), null,
            BriefLanguage.VI);

    @Autowired Briefs briefs;
    @Autowired BriefFiles files;
    @Autowired StatisticsImports imports;
    @Autowired Asks asks;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @TempDir Path dir;

    @BeforeEach
    void record() {
        TradeStatisticsFixture.clear(jdbc);
        // nothing else on record: a test class run before this one may leave the demonstration's deals, engagements and
        // targets
        RegisterFixture.clear(jdbc);
        jdbc.sql("delete from purchase_target").update();
        jdbc.sql("delete from brief").update();
        jdbc.sql("delete from ask").update();
        CensusFile usImports = CensusFile.imports();
        CensusFile usExports = CensusFile.exports();
        for (int m = 1; m <= 12; m++) {
            usImports.row("5520", "847130", "100", String.format("2024-%02d", m));
            usExports.row("5520", "120190", "10", String.format("2024-%02d", m));
        }
        for (int m = 1; m <= 3; m++) {
            usImports.row("5520", "847130", "150", String.format("2025-%02d", m));
            usExports.row("5520", "120190", "20", String.format("2025-%02d", m));
        }
        imports.importFile(ImportFile.of(usImports.writeTo(dir, "us-imports.json"), "test"));
        imports.importFile(ImportFile.of(usExports.writeTo(dir, "us-exports.json"), "test"));
        imports.importFile(ImportFile.of(ComtradeCsvFile.create().row(704, 842, "X", "2024", "847130", "1000")
                .row(704, 842, "M", "2024", "120190", "130").writeTo(dir, "vietnam.csv"), "test"));
        long ask = asks.open(new Asks.OpenAsk(VN, US, PolicyTopic.MARKET_ECONOMY_STATUS, "Công nhận quy chế kinh tế thị trường")).id();
        asks.take(new Asks.TakePosition(ask, LocalDate.of(2025, 3, 9), "Nguyễn Hồng Diên", "Bộ Công Thương, Hà Nội",
                "Đề nghị Hoa Kỳ sớm công nhận", null, null, null), "test");
    }

    @Test
    void theBalanceIsEachSidesStatisticsForTheLatestWholeYearAndTheYearToDate() {
        Brief b = briefs.make(REQUEST, "analyst").brief();
        assertThat(b.balance().year()).isEqualTo(2024);
        assertThat(b.balance().sides()).extracting(s -> s.reporter().value(), Brief.Side::exports, Brief.Side::imports, Brief.Side::balance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("US", new BigDecimal("120"), new BigDecimal("1200"), new BigDecimal("-1080")),
                        org.assertj.core.groups.Tuple.tuple("VN", new BigDecimal("1000"), new BigDecimal("130"), new BigDecimal("870")));
        assertThat(b.balance().yearToDate()).singleElement().satisfies(s -> {
            assertThat(s.months()).isEqualTo(3);
            assertThat(s.imports()).isEqualByComparingTo("450");
            assertThat(s.balance()).isEqualByComparingTo("-390");
            assertThat(s.balanceYearEarlier()).isEqualByComparingTo("-270");
        });
        assertThat(b.dataAsOf()).isEqualTo(java.time.YearMonth.of(2025, 3));
        assertThat(b.sources()).extracting(Brief.Source::kind).contains(Brief.Source.Kind.STATISTICS);
        assertThat(b.synthetic()).isFalse();
    }

    @Test
    void aSectionWithoutDataSaysSoInOneLineAndTheAsksCarryTheirLatestPosition() {
        Brief b = briefs.make(REQUEST, "analyst").brief();
        assertThat(b.commitments().missing()).isEqualTo("brief.commitments.none");
        assertThat(b.engagements().missing()).isEqualTo("brief.engagements.none");
        assertThat(b.asks().lines()).singleElement().satisfies(a -> {
            assertThat(a.latestWho()).isEqualTo("Nguyễn Hồng Diên");
            assertThat(a.latestOn()).isEqualTo(LocalDate.of(2025, 3, 9));
            assertThat(a.status()).isEqualTo("RAISED");
        });
        assertThat(b.risks().missingFlows()).as("the screen names what it lacks")
                .anyMatch(m -> m.contains("no statistics of VN's imports from CN"));
    }

    @Test
    void thePdfHoldsTheVietnameseNamesExactlyWithVietnameseNumbersAndRendersAPage() throws Exception {
        Briefs.Kept kept = briefs.make(REQUEST, "analyst");
        byte[] pdf = files.write(kept, BriefFormat.PDF).bytes();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // a table cell wraps a long name onto two lines: the words are exact, the line breaks the layout's
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Nguyễn Hồng Diên", "Bộ Công Thương", "ngày 1/6/2025", "−1.080 USD", "Trang 1 / ");
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).as("A4").isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            assertThat(text).as("the page margins in the embedded font too").contains("Trang 2 / ");
            var image = new PDFRenderer(doc).renderImageWithDPI(1, 60);
            assertThat(image.getWidth()).isGreaterThan(100);
            javax.imageio.ImageIO.write(image, "png", dir.resolve("page-2.png").toFile());
        }
    }

    @Test
    void theDocxAndTheXlsxHoldTheSameFigures() throws Exception {
        Briefs.Kept kept = briefs.make(new BriefRequest(VN, US, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 1, 1), null,
                BriefLanguage.EN), "analyst");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(files.write(kept, BriefFormat.DOCX).bytes()));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains("US's statistics, 2024: exports $120, imports $1,200, balance −$1,080",
                    "Nguyễn Hồng Diên", "1 June 2025");
            assertThat(doc.getCharts()).as("the months as a native chart").hasSize(1);
        }
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(files.write(kept, BriefFormat.XLSX).bytes()))) {
            var sheet = book.getSheet("Balance");
            assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(120.0);
            assertThat(sheet.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(-1080.0);
            assertThat(book.getSheet("Sources")).isNotNull();
        }
    }

    @Test
    void aKeptBriefReopensAsItWasAndTheNextSaysWhatChanged() {
        Briefs.Kept first = briefs.make(REQUEST, "analyst");
        asks.setStatus(first.brief().asks().lines().get(0).number(), org.bilateral.policy.AskStatus.UNDER_DISCUSSION);
        Briefs.Kept again = briefs.kept(first.id());
        assertThat(again.brief()).isEqualTo(first.brief());
        Briefs.Kept next = briefs.make(new BriefRequest(VN, US, LocalDate.of(2025, 9, 1), null, null, BriefLanguage.VI), "analyst");
        assertThat(next.brief().request().since()).as("from the previous brief's date").isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(next.brief().changes().previousBrief()).isEqualTo(first.id());
        assertThat(next.brief().changes().asks()).singleElement().satisfies(c -> {
            assertThat(c.from()).isEqualTo("RAISED");
            assertThat(c.to()).isEqualTo("UNDER_DISCUSSION");
        });
        assertThat(briefs.history(US, VN)).extracting(Briefs.Made::id).containsExactly(next.id(), first.id());
    }

    @Test
    void aBriefOutsideItsRangesIsRefusedByField() {
        assertThatThrownBy(() -> new BriefRequest(VN, VN, LocalDate.of(2025, 6, 1), null, null, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("a, b"));
        assertThatThrownBy(() -> new BriefRequest(VN, US, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 1), EnumSet.noneOf(BriefSection.class), null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("not before");
        assertThatThrownBy(() -> new BriefForm("VN", "US", "15/3/2026", null, null, "vi").request())
                .isInstanceOf(InvalidInput.class).hasMessageContaining("for: '15/3/2026' is not a date");
        assertThatThrownBy(() -> new BriefForm("VN", "US", "2026-03-15", null, java.util.List.of("weather"), "fr").request())
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void thePageComposesAndDownloadsAndTheApiAnswersJson() throws Exception {
        String location = mvc.perform(post("/briefs").with(user("analyst").roles("ANALYST")).with(csrf()).param("a", "VN").param("b", "US")
                        .param("forDate", "2025-06-01").param("since", "2025-01-01").param("lang", "en").param("sections", "balance", "asks"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(location).with(user("v").roles("VIEWER"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Brief for the VN–US round of 1 June 2025", "Nguyễn Hồng Diên", "download-pdf").doesNotContain("Risk signals of transshipment</h2>");
        byte[] docx = mvc.perform(get(location + ".docx").with(user("v").roles("VIEWER"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        assertThat(docx).isNotEmpty();
        mvc.perform(post("/briefs").with(user("v").roles("VIEWER")).with(csrf()).param("forDate", "2025-06-01")).andExpect(status().isForbidden());
        mvc.perform(post("/briefs").with(user("analyst").roles("ANALYST")).with(csrf()).param("forDate", "soon")).andExpect(status().isBadRequest());
        String json = mvc.perform(post("/api/briefs").with(user("analyst").roles("ANALYST")).with(csrf())
                        .contentType("application/json").content("{\"a\":\"VN\",\"b\":\"US\",\"forDate\":\"2025-06-01\",\"lang\":\"vi\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"synthetic\":false", "\"latestWho\":\"Nguyễn Hồng Diên\"");
        assertThat(mvc.perform(get("/briefs?lang=vi").with(user("v").roles("VIEWER"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Báo cáo tóm tắt", "Cán cân");
    }
}
