package org.bilateral.tariffs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.bilateral.WorkbenchTest;
import org.bilateral.tariffs.TariffFixture;
import org.bilateral.tariffs.TariffLoads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** /tariffs in both languages on a small schedule written here: a line's every rate, a heading's lines, the versions, refusals. */
@WorkbenchTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TariffsPageTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TariffLoads loads;

    @TempDir static Path dir;

    static final String MFN = "hscode,mfn_rate_percent,year,source,out_of_quota_rate_percent,mfn_rate_text,general_rate_text\n"
            + "01012900,5,2026,quyphong91/tariffvn@29f65b2,,,7.5\n"
            + "04072100,40,2026,quyphong91/tariffvn@29f65b2,80,,60 (NHN: 120)\n"
            + "87032311,,2026,quyphong91/tariffvn@29f65b2,,Theo hướng dẫn tại điểm b.5.3 và b.5.4 khoản 2.2 Chương 98,150% thuế MFN\n";
    static final String PREFERENTIAL = "hscode,acfta,atiga,ajcep,vjepa,akfta,aanzfta,aifta,vkfta,vcfta,vn_eaeu,cptpp,ahkfta,evfta,"
            + "ukvfta,vifta,rcep_a,rcep_b,rcep_c,rcep_d,rcep_e,rcep_f\n"
            + "01012900,5,5,5,5,5,5,5,5,5,5,\"2,7; M: 5,4\",5,1.8/9,5,2.9,5,5,5,5,5,5\n"
            + "04072100,0,0,0,0,0(-KR),0,0,0,0,Q,\"12,3; M: 15,3\",0,*,*,*,*,*,*,*,*,*\n"
            + "87032311,70,0,0,0,0,0,0,0,0,*,\"0/1,8\",0,0,0,0,0,0,0,0,0,0\n";

    @BeforeAll
    void aSmallSchedule() throws IOException {
        TariffFixture.clear(jdbc);
        Files.writeString(dir.resolve("vietnam-mfn-applied.csv"), MFN);
        Files.writeString(dir.resolve("vietnam-preferential-rates.csv"), PREFERENTIAL);
        loads.load(dir, LocalDate.of(2026, 1, 1), "test");
    }

    @AfterAll
    void noScheduleLeftForOthers() {
        TariffFixture.clear(jdbc);
    }

    private String page(String address) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(address).with(user("admin").roles("ADMIN"))).andReturn().getResponse();
        assertThat(r.getStatus()).as(address).isEqualTo(200);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aLineShowsEveryAgreementsRateAsPrintedAndAsReadInVietnamese() throws Exception {
        String vi = page("/tariffs?code=01012900&on=2026-06-01&lang=vi");
        // MFN 5 written the Vietnamese way; the best is EVFTA's 1,8 (split 1,8/9), below VIFTA's 2,9 and CPTPP's 2,7
        assertThat(vi).contains("0101.29.00", "Biểu thuế nhập khẩu của Việt Nam", "Thuế suất của từng hiệp định cho dòng 0101.29.00",
                ">5%<", ">1,8%<", "Việt Nam – Liên minh châu Âu (EVFTA)", "từ 1,8% đến 9% (dòng có nhiều mức thuế)",
                "2,7%; Mexico: 5,4%", "<code>2,7; M: 5,4</code>", "Biểu thuế có hiệu lực từ", "nông sản", "27 nước thành viên Liên minh châu Âu")
                .doesNotContain("Every agreement's rate", "As printed", "not eligible", "several rates");
        String en = page("/tariffs?code=01012900&on=2026-06-01&lang=en");
        assertThat(en).contains(">5%<", ">1.8%<", "EU–Vietnam (EVFTA)", "1.8% to 9% (several rates on the line)", "2.7%; Mexico: 5.4%",
                "agricultural");
    }

    @Test
    void eggsShowTheirQuotaAndTheUnexplainedQAndTheCarIsUnpriced() throws Exception {
        String vi = page("/tariffs?code=04072100&lang=vi");
        assertThat(vi).contains(">80%<", "<code>Q</code>", "giữ nguyên như bản in: nguồn không giải thích ký hiệu này",
                "0%, trừ hàng hóa từ Hàn Quốc", "không được hưởng ưu đãi");
        String car = page("/tariffs?code=870323&lang=vi");
        assertThat(car).contains("Theo hướng dẫn tại điểm b.5.3 và b.5.4 khoản 2.2 Chương 98",
                "1 dòng thuế, trong đó 1 dòng không có thuế suất MFN bằng số", "Dòng này không có thuế suất MFN bằng số", "công nghiệp");
    }

    @Test
    void theVersionsHeldAndTheRefusalsAreSaidInBothLanguages() throws Exception {
        assertThat(page("/tariffs?lang=vi")).contains("Các phiên bản đang lưu", "đang có hiệu lực", "Chương 98 (");
        assertThat(page("/tariffs?lang=en")).contains("Versions held", "in force now", "Chapter 98 (");
        assertThat(page("/tariffs?code=12ab&lang=vi")).contains("12ab không phải mã HS gồm 2, 4, 6 hoặc 8 chữ số.");
        assertThat(page("/tariffs?code=9801&lang=vi")).contains("Không lưu Chương 98");
        assertThat(page("/tariffs?code=0302&lang=en")).contains("The schedule has no line under 0302.");
        assertThat(page("/tariffs?on=2020-01-01&lang=en")).contains("No tariff schedule of Vietnam in force on");
    }

    @Test
    void theSearchFindsALineByItsCode() throws Exception {
        String found = page("/search?q=0407.21&lang=vi");
        assertThat(found).contains("0407.21.00", "/tariffs?code=04072100");
    }

    @Test
    void noEnglishSentenceOfThePageIsOnItsVietnameseSide() throws Exception {
        Properties en = new Properties();
        try (var in = new InputStreamReader(getClass().getResourceAsStream("/messages_en.properties"), StandardCharsets.UTF_8)) {
            en.load(in);
        }
        List<String> shown = new ArrayList<>();
        for (String address : List.of("/tariffs?lang=vi", "/tariffs?code=01012900&lang=vi", "/tariffs?code=04072100&lang=vi",
                "/tariffs?code=04&lang=vi")) {
            String html = page(address);
            en.stringPropertyNames().stream().filter(k -> k.startsWith("tariffs.") || k.equals("nav.tariffs"))
                    .map(en::getProperty).filter(t -> !t.contains("{") && t.length() > 12 && !t.startsWith("RCEP") && !t.contains("(ACFTA)"))
                    .filter(html::contains).forEach(t -> shown.add(address + ": " + t));
        }
        assertThat(shown).isEmpty();
    }
}
