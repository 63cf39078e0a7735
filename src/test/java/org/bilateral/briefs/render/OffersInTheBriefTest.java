package org.bilateral.briefs.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.briefs.Brief;
import org.bilateral.briefs.BriefLanguage;
import org.bilateral.briefs.BriefSamples;
import org.junit.jupiter.api.Test;

/**
 * The offers section written by hand, read back from every format in both languages. The figures are the offers' use
 * case's (priced and checked there); the brief only says them: one offer on 2025's statistics at its 2026 rates, and the
 * gap's largest product.
 */
class OffersInTheBriefTest {

    private static final BriefDocuments DOCUMENTS = BriefRendering.documents();

    /**
     * Farm goods at zero (O3): revenue forgone 12,500,000 (10,000,000 to 15,000,000); added 50,000,000 as Vietnam records it
     * (30,000,000 created + 20,000,000 diverted), 50,000,000 / 1.06 = 47,169,811.32 as the US would; of a deficit of
     * 471,698,113.20 that is 47,169,811.32 / 471,698,113.20 = 10.0%. The targets' gap 20 bn, the deals 5 bn: 25.0%. Apples:
     * 2,000,000 × (9 − 1)% = 160,000.
     */
    static Brief.Offers offers(boolean synthetic) {
        return new Brief.Offers(null, false, 2025, 12, List.of(new Brief.OfferLine(3, "Farm goods at zero", 2026, 1234,
                new BigDecimal("12500000"), new BigDecimal("10000000"), new BigDecimal("15000000"), new BigDecimal("30000000"),
                new BigDecimal("20000000"), new BigDecimal("50000000"), new BigDecimal("47169811.32"), new BigDecimal("0.100000"),
                new BigDecimal("0.0023584906"))), new BigDecimal("471698113.20"), new BigDecimal("20000000000"),
                new BigDecimal("5000000000"), new BigDecimal("0.25"), LocalDate.of(2026, 1, 1),
                List.of(new Brief.GapProduct("080810", "Apples", new BigDecimal("2000000"), new BigDecimal("9.0000"), new BigDecimal("1.0000"),
                        List.of("acfta", "cptpp"), new BigDecimal("8.0000"), new BigDecimal("160000.00"))),
                new BigDecimal("5900000"), new BigDecimal("180000.00"), 2, 5, 6, synthetic);
    }

    static Brief withOffers(BriefLanguage language, boolean synthetic) {
        Brief b = BriefSamples.full(language, synthetic);
        List<Brief.Source> sources = new ArrayList<>(b.sources());
        sources.add(new Brief.Source(5, Brief.Source.Kind.MEASURES, "Vietnam's tariff schedule in force from 2026-01-01", "quyphong91/tariffvn@29f65b2", false));
        sources.add(new Brief.Source(6, Brief.Source.Kind.REGISTER, "Bilateral offers register", "", false));
        return new Brief(b.request(), b.preparedAt(), b.dataAsOf(), synthetic, b.balance(), b.commitments(), b.engagements(), b.asks(),
                b.risks(), null, List.copyOf(sources), b.held(), null, offers(synthetic));
    }

    static final List<String> EN = List.of(
            "Priced on Vietnam's statistics of its imports from the US in 2025, each offer at the rates of its final phase, against the tariff schedule in force from 1 January 2026",
            "Farm goods at zero (O3), at the rates of 2026 on 1,234 lines: revenue forgone $12.5 m (range $10 m – $15 m); US exports added $50 m as Vietnam records them ($30 m trade created, $20 m diverted from other suppliers), $47.2 m as the US would record them: 10.0% of the deficit the US measures ($471.7 m). [2] [5] [6]",
            "the projection holds the gap (Vietnam's surplus with the US in its base year, by US statistics) at $20 bn, of which the deals are expected to close $5 bn (25.0%).",
            "The preference gap in 2025: US goods paid $180,000 more duty than competitors favoured by an agreement would have, on $5.9 m of imports; the 1 largest:");
    static final List<String> VI = List.of(
            "Tính trên số liệu nhập khẩu của Việt Nam từ Mỹ năm 2025",
            "Farm goods at zero (O3), theo thuế suất năm 2026 trên 1.234 dòng thuế: giảm thu ngân sách 12,5 triệu USD (khoảng 10 triệu USD – 15 triệu USD); xuất khẩu của Mỹ tăng thêm 50 triệu USD theo số liệu của Việt Nam (30 triệu USD do tạo lập thương mại, 20 triệu USD do chuyển hướng từ các nhà cung cấp khác), 47,2 triệu USD theo cách Mỹ ghi nhận: bằng 10,0% mức thâm hụt do Mỹ tính (471,7 triệu USD). [2] [5] [6] (dữ liệu minh họa tổng hợp)",
            "dự báo giữ nguyên chênh lệch (thặng dư của Việt Nam với Mỹ trong năm gốc, theo số liệu của Mỹ) ở mức 20 tỷ USD, trong đó các thương vụ dự kiến thu hẹp 5 tỷ USD (25,0%).",
            "Khoảng cách ưu đãi năm 2025: hàng Mỹ đã chịu thêm 180.000 USD tiền thuế");

    @Test
    void theSentencesSayEachOfferAndTheGapInEnglishAndInVietnameseTheVietnameseWay() {
        BriefWords en = DOCUMENTS.words(withOffers(BriefLanguage.EN, false));
        assertThat(String.join("\n", en.offers().lines(offers(false)))).contains(EN).doesNotContain("synthetic");
        BriefWords vi = DOCUMENTS.words(withOffers(BriefLanguage.VI, true));
        assertThat(String.join("\n", vi.offers().lines(offers(true)))).contains(VI);
    }

    @Test
    void thePdfHoldsTheSectionAndTheGapsTableInBothLanguages() throws Exception {
        String en = BriefRendering.pdfText(DOCUMENTS.pdf(withOffers(BriefLanguage.EN, false)));
        assertThat(en).contains("What Vietnam can offer", "Farm goods at zero (O3)", "10.0% of the deficit the US measures", "080810",
                "Apples", "8 points", "$160,000", "Vietnam's tariff schedule in force from 1 January 2026", "Bilateral offers register");
        String vi = BriefRendering.pdfText(DOCUMENTS.pdf(withOffers(BriefLanguage.VI, true)));
        assertThat(vi).contains("Những gì Việt Nam có thể đưa ra", "bằng 10,0% mức thâm hụt do Mỹ tính", "8 điểm phần trăm",
                "160.000 USD", "dữ liệu minh họa tổng hợp");
    }

    @Test
    void theDocxHoldsTheSentencesAndTheTablesInBothLanguages() throws Exception {
        String en = BriefRendering.docxText(DOCUMENTS.docx(withOffers(BriefLanguage.EN, false)));
        assertThat(en).contains("What Vietnam can offer").contains(EN).contains("Apples", "$160,000");
        String vi = BriefRendering.docxText(DOCUMENTS.docx(withOffers(BriefLanguage.VI, true)));
        assertThat(vi).contains("Những gì Việt Nam có thể đưa ra").contains(VI).contains("Khoảng cách ưu đãi năm 2025");
    }

    @Test
    void theWorkbookHasTheOffersAndTheGapAsNumbersWithTheSyntheticMark() throws Exception {
        List<String> en = BriefRendering.xlsxCells(DOCUMENTS.xlsx(withOffers(BriefLanguage.EN, true)));
        assertThat(en).contains("sheet: Offers", "sheet: Preference gap", "Farm goods at zero (O3)", "1.25E7", "4.716981132E7", "0.1",
                "080810", "160000.0", "9.0", "8.0", "synthetic");
        List<String> vi = BriefRendering.xlsxCells(DOCUMENTS.xlsx(withOffers(BriefLanguage.VI, false)));
        assertThat(vi).contains("sheet: Phương án chào", "sheet: Khoảng cách ưu đãi").doesNotContain("synthetic", "tổng hợp");
    }

    @Test
    void withoutStatisticsTheSectionSaysSoInOneLine() {
        Brief.Offers none = new Brief.Offers("brief.offers.noStatistics", true, null, 0, List.of(), null, null, null, null, null, List.of(),
                null, null, 0, 0, 0, false);
        assertThat(DOCUMENTS.words(withOffers(BriefLanguage.EN, false)).offers().lines(none))
                .containsExactly("No statistics of Vietnam's imports from the US are held up to the brief's year: the offers cannot be priced.");
    }
}
