package org.bilateral.briefs.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.bilateral.briefs.Brief;
import org.bilateral.briefs.BriefLanguage;
import org.bilateral.briefs.BriefSamples;
import org.junit.jupiter.api.Test;

/**
 * A Vietnamese brief read back from each format (PDF through PDFBox, DOCX and XLSX through POI) says in Vietnamese what
 * it used to say in English: the pair and every country by its Vietnamese name from the JDK's locale data, the statistics
 * side of a target, the months of a year to date, the sources' words, the sheets' names and columns, and each ask in
 * Vietnamese where it has a Vietnamese statement, or its English one marked where it has none. The names the data
 * carries (people, organisations, documents, and the products, whose Vietnamese names come from the HS descriptions)
 * are left as they are.
 */
class BriefInVietnameseTest {

    private static final BriefDocuments DOCUMENTS = BriefRendering.documents();

    /** The English a Vietnamese brief showed before: the pair by its codes, the composer's and the tables' own words. */
    private static final List<String> ENGLISH = List.of("VN – US", "VN–US", "VN → US", "Số liệu của US", "của US", "CN→VN→US",
            "Jan–Mar", "exports to", "statistics", "import #", "press release", "Bilateral deal register", "deals of", "(low)",
            "(high)", "USD m", "Mirror", "Chart", "Sources", "Balance", "Page ", "Remove Vietnam from the export-control lists "
                    + "(in English only)");

    /** The sample brief, its target measured on the seller's exports as the commitments section says it, its asks as below. */
    static Brief brief() {
        Brief b = BriefSamples.full(BriefLanguage.VI, true);
        Brief.Commitments c = b.commitments();
        Brief.Target target = new Brief.Target("T1", "Agricultural purchases", List.of(new Brief.Attained(
                "US exports to VN (US statistics, FAS)", 2024, 12, new BigDecimal("2000"), new BigDecimal("1500"),
                new BigDecimal("0.75"), 1)));
        Brief.Commitments commitments = new Brief.Commitments(c.missing(), c.counted(), c.lowUsd(), c.highUsd(), c.stages(), c.moved(),
                List.of(target), c.projection(), c.source());
        // one ask stated in both languages, one in English only
        Brief.Asks asks = new Brief.Asks(null, List.of(
                new Brief.AskLine(5, BriefSamples.VN, BriefSamples.US, "MARKET_ECONOMY_STATUS", "Recognise Vietnam as a market economy",
                        "RAISED", LocalDate.of(2025, 3, 9), "Nguyễn Hồng Diên", "Bộ Công Thương, Hà Nội", null, 4,
                        "Công nhận quy chế kinh tế thị trường cho Việt Nam"),
                new Brief.AskLine(6, BriefSamples.VN, BriefSamples.US, "EXPORT_CONTROLS", "Remove Vietnam from the export-control lists",
                        "RAISED", null, null, null, null, 0)));
        return new Brief(b.request(), b.preparedAt(), b.dataAsOf(), b.synthetic(), b.balance(), commitments, b.engagements(), asks,
                b.risks(), null, b.sources(), b.held());
    }

    @Test
    void thePdfNamesThePairAndEveryCountryInVietnameseAndShowsNoneOfTheEnglishItUsedTo() throws Exception {
        String text = BriefRendering.pdfText(DOCUMENTS.pdf(brief()));
        assertThat(text).contains("Việt Nam – Hoa Kỳ", "Báo cáo tóm tắt cho phiên Việt Nam – Hoa Kỳ ngày 1/6",
                "Số liệu của Hoa Kỳ, 2024", "Việt Nam → Hoa Kỳ", "Trung Quốc → Việt Nam → Hoa Kỳ",
                "Xuất khẩu của Hoa Kỳ sang Việt Nam (số liệu của Hoa Kỳ, giá FAS)", "2025 tháng 1–3",
                "Công nhận quy chế kinh tế thị trường cho Việt Nam",
                "Remove Vietnam from the export-control lists (chưa có bản tiếng Việt; nguyên văn tiếng Anh)",
                "UN Comtrade (Việt Nam)", "vietnam.csv, đợt nhập số 2", "Sổ đăng ký thương vụ song phương",
                "2 thương vụ giữa Việt Nam và Hoa Kỳ", "thông cáo báo chí số 9", "Mã HS",
                // 0.712 with the Vietnamese decimal comma; 0.75 as 75,0%
                "0,712", "75,0%");
        assertThat(text).doesNotContain(ENGLISH.toArray(String[]::new));
        // the English statement that has a Vietnamese one is not shown
        assertThat(text).doesNotContain("Recognise Vietnam as a market economy");
    }

    @Test
    void theDocxSaysTheSameInVietnamese() throws Exception {
        String text = BriefRendering.docxText(DOCUMENTS.docx(brief()));
        assertThat(text).contains("Việt Nam – Hoa Kỳ", "Số liệu của Hoa Kỳ, 2024", "Việt Nam → Hoa Kỳ",
                "Xuất khẩu của Hoa Kỳ sang Việt Nam (số liệu của Hoa Kỳ, giá FAS)", "Công nhận quy chế kinh tế thị trường cho Việt Nam",
                "(chưa có bản tiếng Việt; nguyên văn tiếng Anh)", "Trị giá (mức thấp)", "Số tháng", "Mã HS");
        assertThat(text).doesNotContain(ENGLISH.toArray(String[]::new)).doesNotContain("Recognise Vietnam as a market economy");
    }

    @Test
    void theWorkbooksSheetsColumnsAndCellsAreVietnamese() throws Exception {
        List<String> cells = BriefRendering.xlsxCells(DOCUMENTS.xlsx(brief()));
        assertThat(cells).contains("sheet: Cán cân", "sheet: Đối chiếu", "sheet: Biểu đồ", "sheet: Nguồn", "dữ liệu", "tổng hợp",
                "Hoa Kỳ ([1])", "Việt Nam → Hoa Kỳ", "Công nhận quy chế kinh tế thị trường cho Việt Nam", "Trị giá (mức cao)",
                "Sổ đăng ký thương vụ song phương", "2 thương vụ giữa Việt Nam và Hoa Kỳ");
        assertThat(cells).filteredOn(cell -> ENGLISH.stream().anyMatch(cell::contains)).isEmpty();
        assertThat(cells).doesNotContain("data", "months", "HS", "synthetic", "Recognise Vietnam as a market economy");
    }

    @Test
    void theWordsSayTheStatisticsLinesAndTheYearToDateInVietnamese() {
        BriefWords vi = new BriefWords(BriefRendering.messages(), Locale.forLanguageTag("vi"));
        Brief.Source line = new Brief.Source(11, Brief.Source.Kind.STATISTICS, "VN statistics on XW: UN Comtrade #7 (world.csv), synthetic",
                "", true);
        assertThat(vi.sourceLabel(line)).isEqualTo("Số liệu của Việt Nam về thế giới: UN Comtrade, đợt nhập số 7 (world.csv), tổng hợp");
        assertThat(vi.period("2026-01/2026-11")).isEqualTo("tháng 1–11/2026");
        assertThat(vi.period("2025 (Jan, Feb, Apr)")).isEqualTo("2025 (tháng 1, 2, 4)");
        BriefWords en = new BriefWords(BriefRendering.messages(), Locale.ENGLISH);
        assertThat(en.sourceLabel(line)).isEqualTo("VN statistics on XW: UN Comtrade #7 (world.csv), synthetic");
        assertThat(en.period("2026-01/2026-11")).isEqualTo("2026-01/2026-11");
    }

    @Test
    void anEnglishBriefKeepsTheCodesAndTheEnglishStatement() throws Exception {
        Brief vi = brief();
        Brief en = new Brief(BriefSamples.request(BriefLanguage.EN), vi.preparedAt(), vi.dataAsOf(), vi.synthetic(), vi.balance(),
                vi.commitments(), vi.engagements(), vi.asks(), vi.risks(), null, vi.sources(), vi.held());
        String text = BriefRendering.docxText(DOCUMENTS.docx(en));
        assertThat(text).contains("VN – US", "US exports to VN (US statistics, FAS)", "Recognise Vietnam as a market economy",
                "Remove Vietnam from the export-control lists", "UN Comtrade (VN)", "vietnam.csv, import #2", "2 deals of VN and US",
                "Bilateral deal register").doesNotContain("Công nhận quy chế", "(in English only)");
    }
}
