package org.bilateral.briefs.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.bilateral.briefs.Brief;
import org.bilateral.briefs.BriefLanguage;
import org.bilateral.briefs.BriefSamples;
import org.junit.jupiter.api.Test;

/**
 * The Hill written by hand ({@link BriefSamples#hill}: Tennessee sells Vietnam 1.25 bn in 2024 against 1 bn in 2023, 400 m
 * in January–March 2025 against 500 m a year before), read back from every format in both languages.
 */
class HillInTheBriefTest {

    private static final BriefDocuments DOCUMENTS = BriefRendering.documents();

    // (1,250,000,000 − 1,000,000,000) / 1,000,000,000 = 25.0%; (400,000,000 − 500,000,000) / 500,000,000 = −20.0%
    static final String EN = "Senator Bill Hagerty (Republican, Tennessee)";
    static final List<String> EN_PARAGRAPH = List.of(
            "Trade-relevant committees: Senate Committee on Foreign Relations; Senate Committee on Commerce, Science, and Transportation"
                    + " (Chairman); Trade Things (subcommittee of Senate Committee on Finance) (Ranking Member) [6].",
            "Met on 4 February 2025 [4]; expected again on 3 June 2025 [5].",
            "Tennessee's exports to VN in 2024: $1.25 bn, up 25.0% ($250 m) on 2023 [7]",
            "In 2025 so far (January–March): $400 m, down 20.0% ($100 m) on the same months of 2024 [7]",
            "Largest products in 2024: 8802 Aircraft (40.0%); 1201 Soya beans (20.0%); 8411 Turbojets (10.0%).",
            "Deals of the pair that buy from Tennessee: D7 Vietnam Airlines – Boeing: 737 MAX 8 aircraft (contract, $13 bn, made in the state) [3].");
    static final String VI = "Thượng nghị sĩ Bill Hagerty (Đảng Cộng hòa, bang Tennessee)";
    static final List<String> VI_PARAGRAPH = List.of(
            "Các ủy ban liên quan đến thương mại: Ủy ban Đối ngoại Thượng viện; Ủy ban Thương mại, Khoa học và Giao thông Thượng viện"
                    + " (Chủ tịch); Tiểu ban Trade Things thuộc Ủy ban Tài chính Thượng viện (Thành viên cấp cao phe thiểu số) [6].",
            "Đã gặp ngày 4/2/2025 [4]; dự kiến gặp lại ngày 3/6/2025 [5].",
            "Xuất khẩu của bang Tennessee sang Việt Nam năm 2024: 1,25 tỷ USD, tăng 25,0% (250 triệu USD) so với năm 2023 [7]",
            "Năm 2025 đến nay (tháng 1–3): 400 triệu USD, giảm 20,0% (100 triệu USD) so với cùng kỳ năm 2024 [7]",
            "Các mặt hàng lớn nhất năm 2024: 8802 Aircraft (40,0%); 1201 Soya beans (20,0%); 8411 Turbojets (10,0%).",
            "Các thương vụ giữa hai nước mua hàng từ bang Tennessee: D7 Vietnam Airlines – Boeing: 737 MAX 8 aircraft (hợp đồng, 13 tỷ USD,"
                    + " sản xuất tại bang) [3].");

    @Test
    void theParagraphSaysTheSeatsTheMeetingsTheStatesFiguresLikeForLikeAndItsDealsInEnglish() {
        BriefWords w = DOCUMENTS.words(BriefSamples.withHill(BriefLanguage.EN, false));
        Brief.Hill h = BriefSamples.hill(false);
        assertThat(w.hill().heading(h.legislators().get(0))).isEqualTo(EN);
        String paragraph = w.hill().paragraph(h, h.legislators().get(0));
        assertThat(paragraph).contains(EN_PARAGRAPH).doesNotContain("synthetic");
    }

    @Test
    void theParagraphInVietnameseWritesItsNumbersTheVietnameseWayAndSaysSyntheticFigures() {
        BriefWords w = DOCUMENTS.words(BriefSamples.withHill(BriefLanguage.VI, true));
        Brief.Hill h = BriefSamples.hill(true);
        assertThat(w.hill().heading(h.legislators().get(0))).isEqualTo(VI);
        String paragraph = w.hill().paragraph(h, h.legislators().get(0));
        assertThat(paragraph).contains(VI_PARAGRAPH);
        // both figures' sentences of the state say they are demonstration data
        assertThat(paragraph.split("\\(dữ liệu minh họa tổng hợp\\)", -1)).hasSize(3);
    }

    @Test
    void thePdfHoldsTheParagraphInBothLanguages() throws Exception {
        String en = BriefRendering.pdfText(DOCUMENTS.pdf(BriefSamples.withHill(BriefLanguage.EN, false)));
        assertThat(en).contains("The Hill", EN).contains(EN_PARAGRAPH);
        String vi = BriefRendering.pdfText(DOCUMENTS.pdf(BriefSamples.withHill(BriefLanguage.VI, true)));
        assertThat(vi).contains("Nghị sĩ Quốc hội Hoa Kỳ", VI).contains(VI_PARAGRAPH)
                .contains("Cục Điều tra dân số Hoa Kỳ, xuất khẩu theo bang xuất xứ sang Việt Nam (số liệu thống kê, từ tháng 1/2023 đến tháng 3/2025)");
    }

    @Test
    void theDocxHoldsTheHeadingAndTheParagraphInBothLanguages() throws Exception {
        String en = BriefRendering.docxText(DOCUMENTS.docx(BriefSamples.withHill(BriefLanguage.EN, false)));
        assertThat(en).contains(EN + ". ").contains(EN_PARAGRAPH).contains("Members of Congress and their committees (congress-legislators, CC0)");
        String vi = BriefRendering.docxText(DOCUMENTS.docx(BriefSamples.withHill(BriefLanguage.VI, false)));
        assertThat(vi).contains(VI + ". ").contains(VI_PARAGRAPH);
    }

    @Test
    void theWorkbookHasTheHillsSheetWithTheFiguresAsNumbersAndTheSyntheticMark() throws Exception {
        List<String> en = BriefRendering.xlsxCells(DOCUMENTS.xlsx(BriefSamples.withHill(BriefLanguage.EN, true)));
        int at = en.indexOf("sheet: The Hill");
        assertThat(at).isNotNegative();
        // the sheet up to the next: its title, its headings and the data column, then the row: the figures as numbers, the
        // change as a fraction of the year before (250,000,000 / 1,000,000,000 = 0.25)
        int next = at + 1;
        while (next < en.size() && !en.get(next).startsWith("sheet: ")) {
            next++;
        }
        List<String> sheet = en.subList(at, next);
        assertThat(sheet).contains("Member", "State exports to VN", EN, "2024", "1.25E9", "1.0E9", "0.25", "2025 (January–March)", "4.0E8",
                "5.0E8", "8802 Aircraft (40.0%); 1201 Soya beans (20.0%); 8411 Turbojets (10.0%)", "synthetic", "[6] [4] [5] [7] [3]");
        List<String> vi = BriefRendering.xlsxCells(DOCUMENTS.xlsx(BriefSamples.withHill(BriefLanguage.VI, false)));
        assertThat(vi).contains("sheet: Nghị sĩ Quốc hội Hoa Kỳ", "Nghị sĩ", VI, "2025 (tháng 1–3)").doesNotContain("synthetic", "tổng hợp");
    }

    @Test
    void aChangeWithoutTheYearBeforeOrFromNothingOrOfOneMonthIsSaidAsSuch() {
        BriefWords w = DOCUMENTS.words(Locale.UK);
        HillWords hw = w.hill();
        assertThat(hw.change(new BigDecimal("100"), null, "2023")).isEqualTo(" (no figures of 2023 to compare)");
        assertThat(hw.change(new BigDecimal("100"), BigDecimal.ZERO, "2023")).isEqualTo(", up $100 on 2023, from nothing");
        assertThat(hw.change(new BigDecimal("100"), new BigDecimal("100"), "2023")).isEqualTo(", unchanged on 2023");
        Brief.StateFigures january = new Brief.StateFigures(null, null, null, 2026, 1, 1, new BigDecimal("5"), null, 2026, List.of(), false, 1);
        assertThat(hw.months(january)).isEqualTo("January");
        assertThat(DOCUMENTS.words(Locale.forLanguageTag("vi")).hill().months(january)).isEqualTo("tháng 1");
    }

    @Test
    void noLegislatorIsSaidInOneLine() throws Exception {
        Brief b = BriefSamples.withHill(BriefLanguage.EN, false);
        Brief none = new Brief(b.request(), b.preparedAt(), b.dataAsOf(), false, b.balance(), b.commitments(), b.engagements(), b.asks(),
                b.risks(), null, b.sources(), b.held(), new Brief.Hill("brief.hill.none", b.request().since(), b.request().forDate(),
                BriefSamples.VN, List.of()));
        assertThat(BriefRendering.pdfText(DOCUMENTS.pdf(none)))
                .contains("No member of Congress took part in an engagement of the pair in this window.");
        assertThat(BriefRendering.xlsxCells(DOCUMENTS.xlsx(none))).doesNotContain("sheet: The Hill");
    }
}
