package org.bilateral.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class EnglishWordsTest {

    @Test
    void vietnameseSyllablesWithoutTheirDiacriticsAreNotTakenForEnglish() {
        // each is a Vietnamese syllable with its marks taken off: nguyễn, quyết, nghiệp, khuya, rượu, hoặc, giếng, tuần, xoong
        for (String syllable : Set.of("do", "con", "tin", "an", "cam", "mua", "nguyen", "quyet", "nghiep", "khuya",
                "ruou", "hoac", "gieng", "tuan", "xoong", "chinh", "thuong", "viet", "nam", "bay", "so", "cho", "ban")) {
            assertThat(EnglishWords.vietnameseSyllable(syllable)).as(syllable).isTrue();
        }
        assertThat(EnglishWords.inText("Cam kết mua hàng do Bộ Công Thương ban hành, tin con số", Set.of())).isEmpty();
    }

    @Test
    void vietnameseWordsWrittenWithoutDiacriticsAndTheNomenclaturesLoanWordsAreNotTakenForEnglish() {
        // "than" (coal), "pin" (battery), "men" (enamel), "bin" (of "tua-bin", turbine) have no marks to take off;
        // "meslin" and "alpha" are written so in Vietnam's nomenclature (1001 "Lúa mì và meslin", 27101291 "Alpha olefins")
        assertThat(EnglishWords.inText("Than đá; Pin và bộ pin; men sứ; Tua-bin khí; Lúa mì và meslin; mã alpha-3",
                Set.of())).isEmpty();
        // yet the English words beside them are still found: "then", "coal", "battery"
        assertThat(EnglishWords.inText("Than then coal, pin battery", Set.of())).containsExactly("battery", "coal", "then");
    }

    @Test
    void englishWordsThatNoVietnameseSyllableSpellsAreFound() {
        // "exports": no rhyme ends in "xp"; "round": "ou" takes no "nd"; "risk": "sk" closes nothing; "score": "sc" opens nothing
        for (String word : Set.of("exports", "round", "risk", "score", "negotiation", "status", "year", "deal", "of",
                "and", "is", "download", "what", "signal", "rate", "bn")) {
            assertThat(EnglishWords.vietnameseSyllable(word)).as(word).isFalse();
        }
        assertThat(EnglishWords.inText("Điểm rủi ro theo năm: negotiation_round, Exports y/y, The deal", Set.of()))
                .containsExactly("Exports", "The", "deal", "negotiation", "round");
    }

    @Test
    void acronymsUnitsAndAllowedNamesPassButShortEnglishWordsDoNot() {
        assertThat(EnglishWords.inText("4,77 tỷ USD; HS 8504; VN và US; CSV, PDF, AD/CVD; 12 kg", Set.of())).isEmpty();
        assertThat(EnglishWords.inText("Steve Daines gặp Boeing", Set.of("steve", "daines", "boeing"))).isEmpty();
        assertThat(EnglishWords.inText("Steve Daines gặp Boeing", Set.of())).containsExactly("Boeing", "Daines", "Steve");
        // "the", "by" and "on" spell syllables, yet a page that writes its diacritics never writes them bare
        assertThat(EnglishWords.inText("the figures by year on file", Set.of())).containsExactly("by", "figures", "file", "on", "the", "year");
        assertThat(EnglishWords.inText("xem https://www.trade.gov/data và help@ministry.gov.vn", Set.of())).isEmpty();
    }

    @Test
    void onlyWhatAReaderSeesIsRead() {
        String html = """
                <html lang="vi"><head><title>Cán cân</title><style>.chart { width: auto }</style>
                <script>const download = "Download";</script></head>
                <body class="container"><h1 title="Imports by year">Cán cân thương mại</h1>
                <!-- a comment in English is not seen -->
                <input type="text" name="q" value="boeing" placeholder="Tìm kiếm"><input type="submit" value="Search">
                <img src="x.png" alt="Balance chart"><a href="/balance?level=chapter" aria-label="Chapter level">Chương</a>
                <div class="chart" data-echarts="{&quot;series&quot;:[{&quot;name&quot;:&quot;Exports&quot;,&quot;type&quot;:&quot;bar&quot;}]}"></div>
                <script id="chart-data" type="application/json">[{"option":{"yAxis":[{"type":"value","name":"tỷ USD"}],
                  "series":[{"name":"Balance","type":"line","stack":"total"}]}}]</script>
                <p>Xuất khẩu &amp; nhập&nbsp;khẩu</p><blockquote>Minister Diên said</blockquote></body></html>
                """;
        // seen: the h1's title, the button's value, the image's alt, the link's label, both charts' series names;
        // not seen: the style, the script, the comment, tag names, class names, the text field's value, "bar", "line",
        // and the press release quoted in its own words
        assertThat(EnglishWords.in(html, Set.of()))
                .containsExactlyInAnyOrder("Balance", "Chapter", "Exports", "Imports", "Search", "by", "chart", "level", "year");
    }
}
