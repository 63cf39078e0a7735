package org.bilateral.briefs.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bilateral.briefs.Brief;
import org.bilateral.briefs.BriefLanguage;
import org.bilateral.briefs.BriefSamples;
import org.junit.jupiter.api.Test;

/**
 * Each format of a brief written by hand, read back: the PDF through PDFBox, the DOCX and the XLSX through POI, in both
 * languages, and the synthetic mark on every page and sheet of a brief from demonstration data, and on none otherwise.
 */
class BriefDocumentsTest {

    private static final BriefDocuments DOCUMENTS = BriefRendering.documents();

    @Test
    void thePdfSaysTheBriefInVietnameseWithThePageNumbersAndTheMarkOnEveryPage() throws Exception {
        byte[] pdf = DOCUMENTS.pdf(BriefSamples.full(BriefLanguage.VI, true));
        String text = BriefRendering.pdfText(pdf);
        // US: 120 − 1,200 = −1,080, written with the Vietnamese grouping mark
        assertThat(text).contains("Báo cáo tóm tắt cho phiên Việt Nam – Hoa Kỳ ngày 1/6", "cán cân −1.080 USD", "Nguyễn Hồng Diên",
                "Bộ Công Thương, Hà Nội", "Trang 1 / ", "tháng 3/2025");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String mark = "Dữ liệu minh họa tổng hợp";
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(2);
            // the mark in the head of every page, and once more on the cover
            assertThat(text.split(mark, -1).length - 1).isEqualTo(pages + 1);
            assertThat(text).contains("Trang " + pages + " / " + pages);
        }
    }

    @Test
    void thePdfInEnglishSaysItsFiguresInEnglishAndABriefFromRealDataCarriesNoMark() throws Exception {
        String text = BriefRendering.pdfText(DOCUMENTS.pdf(BriefSamples.full(BriefLanguage.EN, false)));
        assertThat(text).contains("Brief for the VN–US round of 1 June 2025", "balance −$1,080", "Page 1 of ", "Static converters",
                "CN→VN→US");
        assertThat(text).doesNotContain("Synthetic demonstration data");
    }

    @Test
    void theDocxSaysTheSameInBothLanguagesWithTheMarkInItsHeader() throws Exception {
        String en = BriefRendering.docxText(DOCUMENTS.docx(BriefSamples.full(BriefLanguage.EN, true)));
        assertThat(en).contains("US's statistics, 2024: exports $120, imports $1,200, balance −$1,080", "Nguyễn Hồng Diên",
                "Synthetic demonstration data: the statistics of this brief are generated, not official.", "[1] US Census (US)");
        String vi = BriefRendering.docxText(DOCUMENTS.docx(BriefSamples.full(BriefLanguage.VI, false)));
        assertThat(vi).contains("cán cân −1.080 USD", "Nguồn").doesNotContain("Dữ liệu minh họa tổng hợp");
    }

    @Test
    void theWorkbookHasASheetATableAndMarksEveryRowOfASyntheticBrief() throws Exception {
        List<String> cells = BriefRendering.xlsxCells(DOCUMENTS.xlsx(BriefSamples.full(BriefLanguage.EN, true)));
        assertThat(cells).contains("sheet: Balance", "sheet: Sources", "data", "-1080.0", "1200.0",
                "The balance, 2024 (Synthetic demonstration data: the statistics of this brief are generated, not official.)");
        // the balance sheet: title, header of 6 + data, two sides of 6 figures + the mark
        int at = cells.indexOf("sheet: Balance");
        assertThat(cells.subList(at, at + 24)).filteredOn("synthetic"::equals).hasSize(2);
        List<String> real = BriefRendering.xlsxCells(DOCUMENTS.xlsx(BriefSamples.full(BriefLanguage.VI, false)));
        assertThat(real).contains("sheet: Nguồn").doesNotContain("synthetic", "tổng hợp");
    }

    @Test
    void theViewGivesTheTemplateTheBriefItsWordsItsChartAndItsStyle() {
        Brief brief = BriefSamples.full(BriefLanguage.EN, false);
        java.util.Map<String, Object> model = new java.util.HashMap<>();
        DOCUMENTS.view(brief).into(model::put);
        assertThat(model).containsKeys("brief", "w", "chart", "css");
        assertThat((String) model.get("css")).contains(".brief td.n { text-align: right; white-space: nowrap; }");
        assertThat((String) model.get("chart")).startsWith("<svg");
        assertThat(DOCUMENTS.html(brief)).contains("@page { size: A4;", "content: \"Page \" counter(page) \" of \" counter(pages)")
                .doesNotContain("@top-center");
        assertThat(DOCUMENTS.html(BriefSamples.full(BriefLanguage.EN, true))).contains("@top-center { content: \"Synthetic demonstration data");
    }
}
