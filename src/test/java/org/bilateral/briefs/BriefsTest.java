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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bilateral.WorkbenchTest;
import org.bilateral.commitments.Instrument;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.commitments.ReportedDeal;
import org.bilateral.commitments.ReportedValue;
import org.bilateral.engagements.Directory;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.engagements.Engagements;
import org.bilateral.engagements.MergeProposals;
import org.bilateral.engagements.MergeSubject;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.engagements.Talks;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.ReportedDate;
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
    void aVietnameseBriefNamesItsProductsInVietnamsNomenclatureAndAnEnglishOneInEnglishWhateverThePageAsked() {
        // the fixture's hs2022-vi.csv and harmonized-system.csv, at whichever level the brief's top products are held
        java.util.Map<String, String> vi = java.util.Map.of(
                "84", "Lò phản ứng hạt nhân, nồi hơi, máy và thiết bị cơ khí; các bộ phận của chúng",
                "8471", "Máy xử lý dữ liệu tự động và các khối chức năng của chúng; đầu đọc từ tính hoặc đầu đọc quang học, máy truyền dữ liệu"
                        + " lên các phương tiện truyền dữ liệu dưới dạng mã hóa và máy xử lý những dữ liệu này, chưa được chi tiết hoặc ghi ở nơi khác",
                "12", "Hạt dầu và quả có dầu; các loại hạt, hạt giống và quả khác; cây công nghiệp hoặc cây dược liệu; rơm, rạ và cỏ khô",
                "1201", "Đậu tương, đã hoặc chưa vỡ mảnh",
                "847130", "Máy xử lý dữ liệu tự động và các khối chức năng của chúng; đầu đọc từ tính hoặc đầu đọc quang học, máy truyền dữ"
                        + " liệu lên các phương tiện truyền dữ liệu dưới dạng mã hóa và máy xử lý những dữ liệu này, chưa được chi tiết hoặc ghi ở"
                        + " nơi khác; Máy xử lý dữ liệu tự động loại xách tay, có khối lượng không quá 10 kg, gồm ít nhất một đơn vị xử lý dữ liệu"
                        + " trung tâm, một bàn phím và một màn hình",
                "120190", "Đậu tương, đã hoặc chưa vỡ mảnh; Loại khác");
        java.util.Map<String, String> en = java.util.Map.of("84", "Nuclear reactors, boilers, machinery and mechanical appliances",
                "8471", "Automatic data processing machines", "12", "Oil seeds and oleaginous fruits", "1201", "Soya beans; whether or not broken",
                "847130", "Portable automatic data processing machines, weighing not more than 10kg",
                "120190", "Soya beans; other than seed, whether or not broken");
        // asked from an English page: the brief's language, not the page's, names the products
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
        try {
            Brief b = briefs.make(REQUEST, "analyst").brief();
            assertThat(b.balance().top()).isNotEmpty().allSatisfy(p -> assertThat(p.label()).as(p.code()).isEqualTo(vi.get(p.code())));
            Brief english = briefs.make(new BriefRequest(VN, US, LocalDate.of(2025, 6, 2), LocalDate.of(2025, 1, 1), null,
                    BriefLanguage.EN), "analyst").brief();
            assertThat(english.balance().top()).isNotEmpty().allSatisfy(p -> assertThat(p.label()).as(p.code()).isEqualTo(en.get(p.code())));
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
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
    void theFirstPageLearnsWhenThePairsLastBriefWasMadeEitherWayRound() {
        assertThat(briefs.madeAt(VN, US)).isEmpty();
        Briefs.Kept first = briefs.make(REQUEST, "analyst");
        Briefs.Kept later = briefs.make(new BriefRequest(US, VN, LocalDate.of(2025, 6, 2), LocalDate.of(2025, 1, 1), null,
                BriefLanguage.EN), "analyst");

        // the moment the latest was made, whichever side came first in it
        // (kept to the microsecond, as PostgreSQL keeps a moment)
        assertThat(briefs.madeAt(VN, US).orElseThrow()).isCloseTo(later.brief().preparedAt(),
                org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS))
                .isAfter(first.brief().preparedAt());
        assertThat(briefs.madeAt(US, VN)).isEqualTo(briefs.madeAt(VN, US));
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

    // --- engagements of the pair, and the round the brief is for -------------------------------------------------

    /**
     * Five engagements: the third round of the US–VN talks on 15–17 March 2026 reported with Vietnam's minister alone; a
     * call of the minister with the US trade representative; a meeting of the minister with USTR, an organisation; a
     * meeting of the minister with Indonesia's minister in Washington; and the Indonesia–US round on the same day.
     */
    private Map<String, Long> fiveEngagements() {
        long dien = directory.recordPerson(new Directory.RecordPerson("Nguyễn Hồng Diên", "Bộ trưởng", "VN", null, null)).value();
        long greer = directory.recordPerson(new Directory.RecordPerson("Jamieson Greer", "USTR", "US", null, null)).value();
        long airlangga = directory.recordPerson(new Directory.RecordPerson("Airlangga Hartarto", null, "ID", null, null)).value();
        long ustr = directory.recordOrganisation(new Directory.RecordOrganisation("Office of the United States Trade Representative",
                "USTR", "US", OrganisationKind.AGENCY)).value();
        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put("round", engagement(EngagementKind.NEGOTIATION_ROUND, "2026-03-15", "2026-03-17", "Washington", 3, Talks.of("VN", "US"),
                List.of(dien), List.of(), 1));
        ids.put("call", engagement(EngagementKind.CALL, "2026-02-10", null, null, null, null, List.of(dien, greer), List.of(), 2));
        ids.put("withUstr", engagement(EngagementKind.MEETING, "2026-03-14", null, "Washington", null, null, List.of(dien), List.of(ustr), 3));
        ids.put("withIndonesia", engagement(EngagementKind.MEETING, "2026-02-20", null, "Washington", null, null, List.of(dien, airlangga),
                List.of(), 4));
        ids.put("otherTalks", engagement(EngagementKind.NEGOTIATION_ROUND, "2026-03-15", null, "Washington", 3, Talks.of("ID", "US"),
                List.of(greer), List.of(), 5));
        return ids;
    }

    private long engagement(EngagementKind kind, String day, String ended, String place, Integer round, Talks talks, List<Long> people,
                            List<Long> organisations, long pressRelease) {
        return engagements.record(new Engagements.RecordEngagement(kind, ReportedDate.parse(day), ended == null ? null : ReportedDate.parse(ended),
                place, round, talks, people.stream().map(Directory.PersonId::new).toList(),
                organisations.stream().map(Directory.OrganisationId::new).toList(), List.of(), null, pressRelease, "report-" + pressRelease + ".txt",
                "reported in report " + pressRelease)).value();
    }

    @Test
    void theBriefForARoundHoldsThatRoundAndEveryEngagementOfThePairByItsTalksOrItsParticipants() throws Exception {
        Map<String, Long> e = fiveEngagements();
        BriefRequest forTheRound = new BriefRequest(VN, US, LocalDate.of(2026, 3, 15), LocalDate.of(2026, 1, 1), null, BriefLanguage.EN);
        Brief.Engagements section = briefs.make(forTheRound, "analyst").brief().engagements();
        // the round by its talks though only Vietnam's minister is reported in it; the call by its two sides' people; the
        // meeting by USTR's country; not the meeting with Indonesia in Washington (one side, and a place), nor the
        // Indonesia–US round of the same day: three, by day
        assertThat(section.lines()).extracting(Brief.EngagementLine::id).containsExactly(e.get("call"), e.get("withUstr"), e.get("round"));
        assertThat(section.round()).isEqualTo(e.get("round"));
        // the round lasts 15–17 March: a brief for its second day is for it too, and lists it though it began before the
        // brief's day
        BriefRequest midRound = new BriefRequest(VN, US, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 16).minusDays(1), null, BriefLanguage.EN);
        Brief.Engagements second = briefs.make(midRound, "analyst").brief().engagements();
        assertThat(second.round()).isEqualTo(e.get("round"));
        assertThat(second.lines()).extracting(Brief.EngagementLine::id).containsExactly(e.get("round"));
        // a day with no round of the pair is for no round
        BriefRequest noRound = new BriefRequest(VN, US, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 1, 1), null, BriefLanguage.EN);
        assertThat(briefs.make(noRound, "analyst").brief().engagements().round()).isNull();

        Briefs.Kept kept = briefs.make(forTheRound, "analyst");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(files.write(kept, BriefFormat.DOCX).bytes()));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains("This brief is for the round of 15 March 2026, in Washington.");
        }
        try (PDDocument pdf = Loader.loadPDF(files.write(kept, BriefFormat.PDF).bytes())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("This brief is for the round of 15 March 2026, in Washington.", "the round this brief is for");
        }
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(files.write(kept, BriefFormat.XLSX).bytes()))) {
            assertThat(cells(book.getSheet("Engagements"))).contains("negotiation round (the round this brief is for)");
        }
        Briefs.Kept vi = briefs.make(new BriefRequest(VN, US, LocalDate.of(2026, 3, 15), LocalDate.of(2026, 1, 1), null, BriefLanguage.VI),
                "analyst");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(files.write(vi, BriefFormat.DOCX).bytes()));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains("Báo cáo này chuẩn bị cho phiên đàm phán ngày 15/3/2026 tại Washington.");
        }
    }

    // --- since the last brief -------------------------------------------------------------------------------------

    @Autowired PurchaseCommitments commitments;
    @Autowired MergeProposals merges;
    @Autowired Directory directory;
    @Autowired Engagements engagements;

    private long deal(long buyer, long seller, String goods, String hs, String low, String high, Instrument instrument, LocalDate on) {
        return commitments.record(new ReportedDeal(new Directory.OrganisationId(buyer), new Directory.OrganisationId(seller),
                List.of(new ReportedDeal.Item(goods, HsCode.of(hs))), null, null, null,
                low == null ? null : ReportedValue.usd(new BigDecimal(low), high == null ? null : new BigDecimal(high)), instrument, null, on,
                null, false, new ReportedDeal.Source("user", null, "test", null, null, null, null, null), null)).deal().value();
    }

    /**
     * After the first brief (for 1 June 2025): the aircraft deal, an MOU of $12 bn, is signed as a purchase agreement of
     * $13 bn; two soybean and cotton deals and a corn deal without a value are recorded; a proposed merge of two names of
     * the minister is confirmed and one of the soybean and cotton deals is rejected; the ask is under discussion, with a
     * new position; and the US statistics gain April 2025.
     */
    @Test
    void theNextBriefSaysEveryChangeSinceTheLastFromWhatItHeld() throws Exception {
        long airline = directory.recordOrganisation(new Directory.RecordOrganisation("Vietnam Airlines", null, "VN", OrganisationKind.COMPANY)).value();
        long feedMill = directory.recordOrganisation(new Directory.RecordOrganisation("Khai Anh Binh Thuan", null, "VN", OrganisationKind.COMPANY)).value();
        long boeing = directory.recordOrganisation(new Directory.RecordOrganisation("Boeing", null, "US", OrganisationKind.COMPANY)).value();
        long agp = directory.recordOrganisation(new Directory.RecordOrganisation("AGP", null, "US", OrganisationKind.COMPANY)).value();
        long aircraft = deal(airline, boeing, "737 MAX 8 aircraft", "880240", "12000000000", null, Instrument.MOU, LocalDate.of(2025, 5, 2));
        Briefs.Kept first = briefs.make(REQUEST, "analyst");
        assertThat(first.brief().held().deals()).extracting(Brief.HeldDeal::id).containsExactly(aircraft);

        long again = deal(airline, boeing, "737 MAX 8 aircraft", "880240", "13000000000", null, Instrument.PURCHASE_AGREEMENT,
                LocalDate.of(2025, 7, 1));
        assertThat(again).as("another report of the aircraft deal").isEqualTo(aircraft);
        long soybeans = deal(feedMill, agp, "soybean meal", "230400", "300000000", "380000000", Instrument.MOU, LocalDate.of(2025, 7, 10));
        long cotton = deal(feedMill, agp, "raw cotton", "520100", "45500000", null, Instrument.MOU, LocalDate.of(2025, 7, 10));
        long corn = deal(airline, agp, "maize for feed", "100590", null, null, Instrument.MOU, LocalDate.of(2025, 7, 20));
        long dien = directory.recordPerson(new Directory.RecordPerson("Nguyễn Hồng Diên", null, "VN", null, null)).value();
        long dienAgain = directory.recordPerson(new Directory.RecordPerson("Bộ trưởng Diên", null, "VN", null, null)).value();
        merges.propose(MergeSubject.PERSON, dien, dienAgain, "one minister, two ways of naming him");
        merges.propose(MergeSubject.DEAL, soybeans, cotton, "same buyer and seller, same day");
        for (MergeProposals.Proposal p : merges.open()) {
            if (p.subject() == MergeSubject.PERSON) {
                merges.confirm(p.id(), "analyst");
            } else {
                merges.reject(p.id(), "analyst");
            }
        }
        long ask = first.brief().asks().lines().get(0).number();
        asks.setStatus(ask, org.bilateral.policy.AskStatus.UNDER_DISCUSSION);
        asks.take(new Asks.TakePosition(ask, LocalDate.of(2025, 8, 20), "Bùi Thanh Sơn", "Hà Nội", "Hoa Kỳ cân nhắc", null, null, null), "test");
        CensusFile april = CensusFile.imports();
        april.row("5520", "847130", "150", "2025-04");
        imports.importFile(ImportFile.of(april.writeTo(dir, "us-imports-april.json"), "test"));

        Briefs.Kept next = briefs.make(new BriefRequest(VN, US, LocalDate.of(2025, 9, 1), null, null, BriefLanguage.EN), "analyst");
        Brief.Changes c = next.brief().changes();
        assertThat(c.compared()).isTrue();
        // newly counted: soybeans $300 m – $380 m, cotton $45.5 m, corn with no value; the total's low end is
        // 300,000,000 + 45,500,000 + 0 = 345,500,000 and its high end 380,000,000 + 45,500,000 + 0 = 425,500,000
        assertThat(c.counted()).extracting(Brief.NewDeal::id).containsExactly(soybeans, cotton, corn);
        assertThat(c.countedLowUsd()).isEqualByComparingTo("345500000");
        assertThat(c.countedHighUsd()).isEqualByComparingTo("425500000");
        // the aircraft: from MOU to contract, and from $12 bn to $13 bn
        assertThat(c.deals()).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(aircraft);
            assertThat(d.from()).isEqualTo("MOU");
            assertThat(d.to()).isEqualTo("CONTRACT");
            assertThat(d.fromLowUsd()).isEqualByComparingTo("12000000000");
            assertThat(d.lowUsd()).isEqualByComparingTo("13000000000");
        });
        assertThat(c.merges()).extracting(Brief.Merge::subject, Brief.Merge::merged, Brief.Merge::kept, Brief.Merge::confirmed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("person", "Bộ trưởng Diên", "Nguyễn Hồng Diên", true),
                        org.assertj.core.groups.Tuple.tuple("deal", "D" + cotton + " Khai Anh Binh Thuan – AGP: raw cotton",
                                "D" + soybeans + " Khai Anh Binh Thuan – AGP: soybean meal", false));
        assertThat(c.asks()).singleElement().satisfies(a -> assertThat(a.to()).isEqualTo("UNDER_DISCUSSION"));
        assertThat(c.positions()).extracting(Brief.NewPosition::saidOn, Brief.NewPosition::who)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 8, 20), "Bùi Thanh Sơn"));
        assertThat(c.previousMonth()).isEqualTo(java.time.YearMonth.of(2025, 3));
        assertThat(c.month()).isEqualTo(java.time.YearMonth.of(2025, 4));

        String[] english = {
            "The statistics held months up to March 2025 then; they now hold up to April 2025.",
            "3 deals newly counted, worth $345.5 m – $425.5 m in all:",
            "D" + soybeans + " Khai Anh Binh Thuan – AGP: soybean meal (MOU), $300 m – $380 m",
            "D" + cotton + " Khai Anh Binh Thuan – AGP: raw cotton (MOU), $45.5 m",
            "D" + corn + " Vietnam Airlines – AGP: maize for feed (MOU), value not reported",
            "Deal D" + aircraft + " Vietnam Airlines – Boeing: 737 MAX 8 aircraft: MOU → contract; value $12 bn → $13 bn",
            "Merged: person Bộ trưởng Diên into Nguyễn Hồng Diên.",
            "Not merged (rejected): deal D" + cotton + " Khai Anh Binh Thuan – AGP: raw cotton and D" + soybeans
                    + " Khai Anh Binh Thuan – AGP: soybean meal.",
            "Ask A" + ask + ": raised → under discussion",
            "Ask A" + ask + ": new position of 20 August 2025, taken by Bùi Thanh Sơn, at Hà Nội."};
        String page = mvc.perform(get("/briefs/" + next.id()).with(user("v").roles("VIEWER"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page)).contains(english);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(files.write(next, BriefFormat.DOCX).bytes()));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains(english);
        }
        try (PDDocument pdf = Loader.loadPDF(files.write(next, BriefFormat.PDF).bytes())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains(english);
        }
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(files.write(next, BriefFormat.XLSX).bytes()))) {
            var sheet = book.getSheet("Since the last brief");
            assertThat(cells(sheet)).contains(english);
            var total = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .filter(r -> r.getCell(0) != null && r.getCell(0).toString().startsWith("3 deals newly counted")).findFirst().orElseThrow();
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(345_500_000.0);
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(425_500_000.0);
        }
        Briefs.Kept nextVi = briefs.make(new BriefRequest(VN, US, LocalDate.of(2025, 9, 2), null, null, BriefLanguage.VI), "analyst");
        assertThat(nextVi.brief().changes().previousBrief()).as("compared with the English brief of the day before").isEqualTo(next.id());
        assertThat(nextVi.brief().changes().none()).isTrue();
        try (PDDocument pdf = Loader.loadPDF(files.write(nextVi, BriefFormat.PDF).bytes())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Số liệu thống kê vẫn chỉ có đến tháng 4/2025, như khi đó.", "Không có thay đổi nào về thương vụ hay đề nghị kể từ đó.");
        }
    }

    @Test
    void theVietnameseBriefSaysTheChangesInVietnamese() throws Exception {
        long airline = directory.recordOrganisation(new Directory.RecordOrganisation("Vietnam Airlines", null, "VN", OrganisationKind.COMPANY)).value();
        long agp = directory.recordOrganisation(new Directory.RecordOrganisation("AGP", null, "US", OrganisationKind.COMPANY)).value();
        long cotton = deal(airline, agp, "raw cotton", "520100", "45500000", null, Instrument.MOU, LocalDate.of(2025, 5, 2));
        briefs.make(REQUEST, "analyst");
        commitments.recordStage(new org.bilateral.shared.DealId(cotton), org.bilateral.commitments.DealStage.CANCELLED, LocalDate.of(2025, 8, 1), "analyst", null);
        long corn = deal(airline, agp, "maize for feed", "100590", "1500000", null, Instrument.MOU, LocalDate.of(2025, 7, 20));
        Briefs.Kept next = briefs.make(new BriefRequest(VN, US, LocalDate.of(2025, 9, 1), null, null, BriefLanguage.VI), "analyst");
        assertThat(next.brief().changes().uncounted()).extracting(Brief.NewDeal::id).containsExactly(cotton);
        // one deal of 1,500,000: 1.5 million, written "1,5 triệu USD"; the cotton, cancelled, no longer adds its 45.5 million
        String[] vietnamese = {"1 thương vụ mới được tính, tổng trị giá 1,5 triệu USD:",
            "D" + corn + " Vietnam Airlines – AGP: maize for feed (biên bản ghi nhớ), 1,5 triệu USD",
            "Không còn được tính: D" + cotton + " Vietnam Airlines – AGP: raw cotton (biên bản ghi nhớ), 45,5 triệu USD",
            "Thương vụ D" + cotton + " Vietnam Airlines – AGP: raw cotton: biên bản ghi nhớ → đã hủy",
            "Số liệu thống kê vẫn chỉ có đến tháng 3/2025, như khi đó."};
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(files.write(next, BriefFormat.DOCX).bytes()));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains(vietnamese);
        }
        try (PDDocument pdf = Loader.loadPDF(files.write(next, BriefFormat.PDF).bytes())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains(vietnamese);
        }
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(files.write(next, BriefFormat.XLSX).bytes()))) {
            assertThat(cells(book.getSheet("Kể từ báo cáo trước"))).contains(vietnamese);
        }
    }

    /** A brief kept before briefs kept what they held reopens, and the next compares with what it showed, saying so. */
    @Test
    void aBriefKeptBeforeBriefsKeptWhatTheyHeldReopensAndTheNextComparesWhatItShowed() {
        Briefs.Kept first = briefs.make(REQUEST, "analyst");
        jdbc.sql("update brief set brief = (brief - 'held') #- '{engagements,round}' where id = ?").param(first.id()).update();
        Briefs.Kept old = briefs.kept(first.id());
        assertThat(old.brief().held()).isNull();
        assertThat(old.brief().engagements().round()).isNull();
        asks.setStatus(first.brief().asks().lines().get(0).number(), org.bilateral.policy.AskStatus.UNDER_DISCUSSION);
        Briefs.Kept next = briefs.make(new BriefRequest(VN, US, LocalDate.of(2025, 9, 1), null, null, BriefLanguage.EN), "analyst");
        Brief.Changes c = next.brief().changes();
        assertThat(c.compared()).isNull();
        assertThat(c.asks()).singleElement().satisfies(a -> assertThat(a.from()).isEqualTo("RAISED"));
        assertThat(c.counted()).isEmpty();
        assertThat(c.positions()).isEmpty();
        assertThat(new org.bilateral.briefs.render.BriefWords(messages, BriefLanguage.EN.locale()).changeLines(c)).startsWith(
                "The previous brief was made before briefs kept what they were made from: only the deals and asks it showed are compared.",
                "The statistics still hold months up to March 2025, as then.");
    }

    @Autowired org.springframework.context.MessageSource messages;

    /** A position with no one recorded (as the press-release reader left them) names the side that asks, and no line has ", ,". */
    @Test
    void aPositionWithNoOneRecordedNamesTheSideAndLeavesNoEmptySlot() throws Exception {
        long ask = asks.list(null, null).get(0).id();
        asks.take(new Asks.TakePosition(ask, LocalDate.of(2025, 4, 2), null, "report-7.txt", "Việt Nam đề nghị", null, null, null),
                "press release #7, report-7.txt");
        String english = countries.byCode(VN).map(org.bilateral.reference.Country::name).orElse("VN");
        for (BriefLanguage language : BriefLanguage.values()) {
            // a Vietnamese brief names the side in Vietnamese, from the JDK's locale data
            String side = language == BriefLanguage.VI ? "Việt Nam" : english;
            Briefs.Kept kept = briefs.make(new BriefRequest(VN, US, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 1, 1), null, language), "analyst");
            assertThat(kept.brief().asks().lines().get(0).latestWho()).isEqualTo(side);
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(files.write(kept, BriefFormat.DOCX).bytes()));
                 XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
                assertThat(words.getText()).contains(", " + side + ", report-7.txt").doesNotContain(", ,");
            }
            try (PDDocument pdf = Loader.loadPDF(files.write(kept, BriefFormat.PDF).bytes())) {
                assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).doesNotContain(", ,");
            }
            try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(files.write(kept, BriefFormat.XLSX).bytes()))) {
                assertThat(String.join("\n", cells(book.getSheet(language == BriefLanguage.EN ? "Asks" : "Đề nghị")))).doesNotContain(", ,")
                        .contains(side + ", report-7.txt");
            }
        }
    }

    @Autowired org.bilateral.reference.CountryDirectory countries;

    private static List<String> cells(org.apache.poi.ss.usermodel.Sheet sheet) {
        List<String> out = new java.util.ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> out.add(cell.toString())));
        return out;
    }
}
