package org.bilateral.briefs.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.briefs.Brief;
import org.bilateral.briefs.BriefLanguage;
import org.bilateral.briefs.BriefSamples;
import org.bilateral.shared.CountryCode;
import org.bilateral.world.Standing;
import org.bilateral.world.WorldHub;
import org.bilateral.world.WorldRun;
import org.junit.jupiter.api.Test;

/**
 * Issue 35: the world screen's line in the risks part of the brief, in both languages and every format that writes the
 * section's sentences. Vietnam in run #7 of CN → US 2017–2024, 187 hubs: 3rd by bound (12.3 ÷ 45.6 = 0.2697 = 27.0%)
 * and 1st by the Freund test (412 products).
 */
class WorldInTheBriefTest {

    private static final BriefDocuments DOCUMENTS = BriefRendering.documents();

    static Standing standing(boolean synthetic) {
        WorldRun run = new WorldRun(7, CountryCode.of("CN"), CountryCode.of("US"), 2017, 2024, 2018, 0.06, 50, "local[*]", "4.1.1",
                Instant.parse("2026-12-07T09:30:00Z"), Instant.parse("2026-12-07T09:31:10Z"), "/home/analyst/.bilateral/world", 1_234_567,
                synthetic, List.of("COMTRADE-FINAL-CA8422024H6.txt.gz"), Instant.parse("2026-12-07T09:32:00Z"), "analyst", 187);
        WorldHub vn = new WorldHub(CountryCode.of("VN"), 4321, 412, 2024, new BigDecimal("12300000000"), new BigDecimal("45600000000"),
                0.2697368421, List.of(), 3, 1);
        return new Standing(run, vn, 187);
    }

    static Brief withWorld(BriefLanguage language, boolean synthetic) {
        Brief b = BriefSamples.full(language, synthetic);
        Brief.Risks k = b.risks();
        Brief.Risks risks = new Brief.Risks(k.missing(), k.triangle(), k.screened(), k.lines(), k.boundShare(), k.boundYear(),
                k.missingFlows(), k.dutyUntil(), standing(synthetic));
        List<Brief.Source> sources = new ArrayList<>(b.sources());
        sources.add(new Brief.Source(5, Brief.Source.Kind.STATISTICS, "world run 7", "", synthetic));
        return new Brief(b.request(), b.preparedAt(), b.dataAsOf(), synthetic, b.balance(), b.commitments(), b.engagements(), b.asks(),
                risks, null, List.copyOf(sources), b.held(), null, null);
    }

    static final String EN = "Of 187 hubs screened for CN → US 2017–2024, Vietnam ranks 3rd by rerouting bound (27.0%: $12.3 bn of "
            + "$45.6 bn in 2024) and 1st by products passing the Freund test (412).";
    static final String VI = "Trong 187 nước trung chuyển được sàng lọc cho tuyến CN → US giai đoạn 2017–2024, Việt Nam đứng thứ 3 theo "
            + "giới hạn chuyển hướng (27,0%: 12,3 tỷ USD trên 45,6 tỷ USD năm 2024) và đứng thứ 1 theo số mặt hàng đạt kiểm định Freund (412).";

    @Test
    void theLineIsSaidInEachLanguageAndSaysSyntheticWhenTheRunIs() {
        assertThat(DOCUMENTS.words(withWorld(BriefLanguage.EN, false)).world(withWorld(BriefLanguage.EN, false).risks())).isEqualTo(EN);
        assertThat(DOCUMENTS.words(withWorld(BriefLanguage.VI, false)).world(withWorld(BriefLanguage.VI, false).risks())).isEqualTo(VI);
        assertThat(DOCUMENTS.words(withWorld(BriefLanguage.EN, true)).world(withWorld(BriefLanguage.EN, true).risks()))
                .isEqualTo(EN + " (Synthetic: the run read demonstration data.)");
        Brief without = BriefSamples.full(BriefLanguage.EN, false);
        assertThat(DOCUMENTS.words(without).world(without.risks())).isEmpty();
    }

    @Test
    void thePdfAndTheDocxHoldTheLineAndItsSource() throws Exception {
        assertThat(BriefRendering.pdfText(DOCUMENTS.pdf(withWorld(BriefLanguage.EN, false))).replaceAll("\\s+", " "))
                .contains("Vietnam ranks 3rd by rerouting bound", "1st by products passing the Freund test (412)", "World screen run #7");
        assertThat(BriefRendering.pdfText(DOCUMENTS.pdf(withWorld(BriefLanguage.VI, true))).replaceAll("\\s+", " "))
                .contains("Việt Nam đứng thứ 3 theo giới hạn chuyển hướng", "Dữ liệu tổng hợp: lần chạy đã đọc dữ liệu minh họa",
                        "Lần chạy sàng lọc toàn cầu số 7");
        assertThat(BriefRendering.docxText(DOCUMENTS.docx(withWorld(BriefLanguage.EN, false)))).contains(EN);
        assertThat(BriefRendering.docxText(DOCUMENTS.docx(withWorld(BriefLanguage.VI, false)))).contains(VI);
    }
}
