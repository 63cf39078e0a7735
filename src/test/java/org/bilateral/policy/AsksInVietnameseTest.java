package org.bilateral.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bilateral.WorkbenchTest;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An ask may carry its statement in Vietnamese: read from the asks file's optional {@code statement_vi} column, checked as
 * the English statement is, set on the ask's page, the API and the command line, shown on Vietnamese pages (the English
 * marked where there is none) and exported beside the English.
 */
@WorkbenchTest
@AutoConfigureMockMvc
class AsksInVietnameseTest {

    static final String HEADER = "date,side,ask,statement_vi,topic,where_said,who,source_url,quote,note\n";

    @Autowired Asks asks;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @TempDir Path dir;

    @BeforeEach
    void empty() {
        jdbc.sql("delete from ask").update();
    }

    private Path file(String rows) throws Exception {
        return Files.writeString(dir.resolve("asks.csv"), HEADER + rows);
    }

    @Test
    void anAsksFilesVietnameseStatementIsStoredShownOnVietnamesePagesAndExportedBesideTheEnglish() throws Exception {
        asks.importFile(file("""
                2025-04-09,VN,Recognise Vietnam as a market economy,Công nhận quy chế kinh tế thị trường cho Việt Nam,market_economy_status,Washington,,,,
                2025-07-02,US,Stop transshipment through Vietnam,,trade_fraud,Truth Social post,,,,
                """), "asks.csv");
        Asks.Ask mes = asks.list(PolicyTopic.MARKET_ECONOMY_STATUS, null).get(0);
        assertThat(mes.statementVi()).isEqualTo("Công nhận quy chế kinh tế thị trường cho Việt Nam");
        assertThat(asks.list(null, CountryCode.of("US")).get(0).statementVi()).isNull();

        var viewer = user("v").roles("VIEWER");
        String vi = mvc.perform(get("/asks").param("lang", "vi").with(viewer)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(vi).contains("Công nhận quy chế kinh tế thị trường cho Việt Nam")
                .doesNotContain("Recognise Vietnam as a market economy")
                .contains("Stop transshipment through Vietnam").contains("(chưa có bản tiếng Việt; nguyên văn tiếng Anh)");
        String en = mvc.perform(get("/asks").param("lang", "en").with(viewer)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(en).contains("Recognise Vietnam as a market economy").doesNotContain("Công nhận quy chế kinh tế thị trường");
        assertThat(mvc.perform(get("/asks/A" + mes.id()).param("lang", "vi").with(viewer)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("Công nhận quy chế kinh tế thị trường cho Việt Nam");
        String csv = mvc.perform(get("/asks.csv").param("lang", "en").with(viewer)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(csv).contains("Recognise Vietnam as a market economy,Công nhận quy chế kinh tế thị trường cho Việt Nam,");
        // a Vietnamese page downloads the same rows under Vietnamese headings
        assertThat(mvc.perform(get("/asks.csv").param("lang", "vi").with(viewer)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).startsWith("đề nghị,bên,đối với,chủ đề,nội dung,nội dung bằng tiếng Việt,tình trạng,lần đầu nêu")
                .contains("Recognise Vietnam as a market economy,Công nhận quy chế kinh tế thị trường cho Việt Nam,đã nêu,")
                .contains(",Gian lận thương mại và chuyển tải,");
    }

    @Test
    void aRowAgainWithATranslationFillsAnAskWithoutOneAndNeverOverwritesOne() throws Exception {
        // an asks file is about two sides: each file has the US's ask too
        String us = "2025-07-02,US,Stop transshipment through Vietnam,,trade_fraud,Truth Social post,,,,\n";
        asks.importFile(file("2025-04-09,VN,Recognise Vietnam as a market economy,,market_economy_status,Washington,,,,\n" + us), "asks.csv");
        asks.importFile(file("2025-05-09,VN,Recognise Vietnam as a market economy,Công nhận quy chế kinh tế thị trường,"
                + "market_economy_status,Hanoi,,,,\n" + us), "asks.csv");
        asks.importFile(file("2025-06-09,VN,Recognise Vietnam as a market economy,Một bản dịch khác,market_economy_status,Hue,,,,\n" + us),
                "asks.csv");
        assertThat(asks.list(null, CountryCode.of("VN"))).singleElement()
                .satisfies(a -> assertThat(a.statementVi()).isEqualTo("Công nhận quy chế kinh tế thị trường"));
    }

    @Test
    void aVietnameseStatementTooLongOrWithAControlCharacterIsRefusedByFileLineAndFieldAndNothingIsStored() throws Exception {
        String tooLong = "đ".repeat(2001);
        Path f = file("2025-04-09,VN,Recognise Vietnam as a market economy,Công nhận,market_economy_status,Washington,,,,\n"
                + "2025-05-02,VN,Another,Một đề nghị\u0007,tariffs,,,,,\n"
                + "2025-07-02,US,Stop transshipment," + tooLong + ",trade_fraud,,,,,\n");
        assertThatThrownBy(() -> asks.importFile(f, "asks.csv")).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.problems()).extracting(p -> p.source() + ", " + p.location() + ", " + p.field())
                        .containsExactly("asks.csv, line 3, statement_vi", "asks.csv, line 4, statement_vi"));
        assertThat(asks.list(null, null)).as("nothing stored").isEmpty();
    }

    @Test
    void theVietnameseStatementIsGivenWhenAnAskIsOpenedAndSetOnItsPageAndTheApiWithinTheSameBounds() throws Exception {
        var analyst = user("analyst-a").roles("ANALYST");
        mvc.perform(post("/asks").with(analyst).with(csrf()).param("side", "VN").param("addressee", "US")
                .param("topic", "digital_trade").param("statement", "Recognise Vietnam's data rules")
                .param("statementVi", "Công nhận các quy định về dữ liệu của Việt Nam")).andExpect(status().is3xxRedirection());
        Asks.Ask opened = asks.list(PolicyTopic.DIGITAL_TRADE, null).get(0);
        assertThat(opened.statementVi()).isEqualTo("Công nhận các quy định về dữ liệu của Việt Nam");

        mvc.perform(post("/asks/A" + opened.id() + "/statement-vi").with(analyst).with(csrf())
                .param("statementVi", "  Công nhận quy định dữ liệu  ")).andExpect(status().is3xxRedirection());
        assertThat(asks.ask(opened.id()).statementVi()).isEqualTo("Công nhận quy định dữ liệu");

        var admin = httpBasic("admin", WorkbenchTest.ADMIN_PASSWORD);
        assertThat(mvc.perform(post("/api/asks/A" + opened.id() + "/statement-vi").with(admin).contentType("application/json")
                .content("{\"statementVi\":\"Thừa nhận quy định dữ liệu\"}")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("\"statementVi\":\"Thừa nhận quy định dữ liệu\"");
        assertThat(mvc.perform(post("/api/asks/A" + opened.id() + "/statement-vi").with(admin).contentType("application/json")
                .content("{\"statementVi\":\"" + "đ".repeat(2001) + "\"}")).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString()).contains("statement_vi");
        // an empty one removes it
        mvc.perform(post("/api/asks/A" + opened.id() + "/statement-vi").with(admin).contentType("application/json")
                .content("{\"statementVi\":\"\"}")).andExpect(status().isOk());
        assertThat(asks.ask(opened.id()).statementVi()).isNull();
        // viewers change nothing
        mvc.perform(post("/asks/A" + opened.id() + "/statement-vi").with(user("v").roles("VIEWER")).with(csrf())
                .param("statementVi", "x")).andExpect(status().isForbidden());
    }
}
