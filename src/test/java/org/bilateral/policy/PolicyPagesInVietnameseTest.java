package org.bilateral.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bilateral.WorkbenchTest;
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
 * The policy pages in Vietnamese (issue 30): the workbench's own words said by message, the source's words (an ask with
 * no Vietnamese statement, where it was said, an order's product, what a tariff action applies to) shown as quotations in
 * the source's English, with a note saying so; the English pages as they were, without the quotation marks.
 */
@WorkbenchTest
@AutoConfigureMockMvc
class PolicyPagesInVietnameseTest {

    private static final String QUOTED = "<q lang=\"en\">";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StatisticsImports imports;
    @Autowired Asks asks;
    @TempDir Path dir;

    @BeforeEach
    void syntheticStatisticsAndTwoAsks() throws Exception {
        TradeStatisticsFixture.clear(jdbc);
        jdbc.sql("delete from ask").update();
        Path file = Files.writeString(dir.resolve("demo-imports.json"), """
                [["CTY_CODE","CTY_NAME","I_COMMODITY","GEN_VAL_MO","CON_VAL_MO","time","SYNTHETIC"],
                ["5520","VIETNAM","8471300100","3000000","3000000","2031-04","true"]]
                """);
        imports.importFile(ImportFile.of(file, "test"));
        asks.importFile(Files.writeString(dir.resolve("asks.csv"), """
                date,side,ask,statement_vi,topic,where_said,who,source_url,quote,note
                2025-04-09,VN,Recognise Vietnam as a market economy,Công nhận quy chế kinh tế thị trường cho Việt Nam,market_economy_status,Washington,,,,
                2025-07-02,US,Stop transshipment through Vietnam,,trade_fraud,Truth Social post,,,,
                """), "asks.csv");
    }

    private String page(String path) throws Exception {
        return page(path, "VIEWER");
    }

    private String page(String path, String role) throws Exception {
        return mvc.perform(get(path).with(user("reader").roles(role))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theAsksPageQuotesAnEnglishOnlyStatementAndWhereItWasSaidAndShowsTheFilesColumnsAsCode() throws Exception {
        // an analyst sees the form that takes an asks file
        String vi = page("/asks?lang=vi", "ANALYST");
        assertThat(vi).contains("Công nhận quy chế kinh tế thị trường cho Việt Nam", QUOTED + "Stop transshipment through Vietnam</q>",
                QUOTED + "Truth Social post</q>", "Phần trong ngoặc kép là nguyên văn tiếng Anh của nguồn",
                "Tệp đề nghị, dạng CSV gồm các cột", "<code>date, side, ask, statement_vi, topic");
        String en = page("/asks?lang=en");
        assertThat(en).contains("Stop transshipment through Vietnam", "Truth Social post").doesNotContain(QUOTED + "Stop transshipment");
    }

    @Test
    void theTimelineSaysWhoAsksWhomInVietnameseAndQuotesTheSourcesWords() throws Exception {
        long us = asks.list(PolicyTopic.TRADE_FRAUD, null).get(0).id();
        long vn = asks.list(PolicyTopic.MARKET_ECONOMY_STATUS, null).get(0).id();
        String vi = page("/timeline?partner=VN&lang=vi");
        assertThat(vi).contains("A" + us + ": US đề nghị VN", QUOTED + "Stop transshipment through Vietnam</q>",
                "A" + vn + ": VN đề nghị US", "Công nhận quy chế kinh tế thị trường cho Việt Nam",
                QUOTED + "Truth Social post</q>", "Phần trong ngoặc kép là nguyên văn tiếng Anh của nguồn")
                // the test's tariff file: a rate on all goods from a day, said "… đối với" before what it applies to
                .contains("% đối với</span> " + QUOTED);
        // its download from the Vietnamese page says the same, the source's words in quotation marks
        assertThat(page("/timeline.csv?partner=VN&lang=vi")).contains("A" + us + ": US đề nghị VN: \u201cStop transshipment through Vietnam\u201d",
                "A" + vn + ": VN đề nghị US: Công nhận quy chế kinh tế thị trường cho Việt Nam", "lập trường về một đề nghị");
        assertThat(page("/timeline?partner=VN&lang=en")).contains("A" + us + " US asks VN: Stop transshipment through Vietnam")
                .doesNotContain(QUOTED);
    }

    @Test
    void theStakesTablesQuoteTheSourcesWordsColumnByColumnOnAVietnamesePage() throws Exception {
        String orders = page("/stakes?topic=market_economy_status&year=2031&lang=vi");
        assertThat(orders).contains("Các lệnh thuế chống bán phá giá và chống trợ cấp của", QUOTED,
                "Cột sản phẩm: nguyên văn tiếng Anh của nguồn",
                // the test's order of 2020 prints 8471.30.01.00: HS 2017's 847130, split in HS 2022
                "Phân nhóm 847130 của một lệnh ban hành năm 2020 (HS 2017) đã được tách thành nhiều phân nhóm trong HS 2022");
        // its download from the Vietnamese page says the workbench's words as the page does, the products as the file has them
        assertThat(page("/stakes.csv?topic=market_economy_status&year=2031&lang=vi")).contains("tất cả các lệnh", "Wooden furniture");
        String tariffs = page("/stakes?topic=tariffs&year=2031&lang=vi");
        assertThat(tariffs).contains(QUOTED + "Test court");
        assertThat(page("/stakes?topic=export_controls&year=2031&lang=vi")).contains(QUOTED);
        assertThat(page("/stakes?topic=tariffs&year=2031&lang=en")).contains("Test court").doesNotContain(QUOTED);
    }
}
