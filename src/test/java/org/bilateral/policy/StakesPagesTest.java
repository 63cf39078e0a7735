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

/** The stakes, the what-if and the timeline on the pages, in their downloads and as JSON, synthetic data said in each. */
@WorkbenchTest
@AutoConfigureMockMvc
class StakesPagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StatisticsImports imports;
    @Autowired Asks asks;
    @TempDir Path dir;

    @BeforeEach
    void syntheticStatistics() throws Exception {
        TradeStatisticsFixture.clear(jdbc);
        jdbc.sql("delete from ask").update();
        // demonstration data, as the demo writes it: a SYNTHETIC column
        Path file = Files.writeString(dir.resolve("demo-imports.json"), """
                [["CTY_CODE","CTY_NAME","I_COMMODITY","GEN_VAL_MO","CON_VAL_MO","time","SYNTHETIC"],
                ["5520","VIETNAM","8471300100","3000000","3000000","2031-04","true"],
                ["5520","VIETNAM","9403600000","2000000","2000000","2031-07","true"]]
                """);
        imports.importFile(ImportFile.of(file, "test"));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user("viewer").roles("VIEWER"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theTariffPageDrawsTheRateStepsAndSaysTheDutiesAreSynthetic() throws Exception {
        String html = page("/stakes?partner=VN&topic=tariffs&year=2031");
        // issue 30: the partner by its name, not its code
        assertThat(html).contains("What is at stake for Vietnam: Tariffs", "data-echarts", "Rate on all goods", "Test court",
                "synthetic-banner", "MFN and Section 232 duties are not included", "$696,000");
        assertThat(page("/stakes.csv?partner=VN&topic=tariffs&table=rates").lines().findFirst().orElseThrow())
                .isEqualTo("from,until,rate,kind,applies to,instrument,source");
        // April: 3,000,000 x 296 / 3000 = 296,000; July: 2,000,000 x 20% = 400,000
    }

    @Test
    void theMarketEconomyPageAndItsDownloadCarryTheOrdersAndTheSyntheticMark() throws Exception {
        // A-552-901: 8471.30.01.00 3,000,000 + 8517.13 nothing = 3,000,000, all the orders' figure; C-552-902 counted at 0
        assertThat(page("/stakes?topic=market_economy_status&year=2031")).contains("A-552-901", "not known", "$3 m",
                "are in the HTS numbers its statistics (HS10) can count: those of 2 of the 3 anti-dumping",
                "Of it, $3 m is in the numbers of one order alone: A-552-901.");
        String csv = page("/stakes.csv?topic=market_economy_status&year=2031");
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("case,kind,product,order date,HTS numbers,imports 2031 (USD),data");
        assertThat(csv).contains("A-552-901,AD,Portable computers (test order with two HTS numbers),2020-01-15,8471.30.01.00 8517.13,3000000,synthetic");
        assertThat(page("/stakes.csv?topic=export_controls&table=chart")).startsWith("reason,VN,CN");
    }

    @Test
    void chinaAsThePartnerIsSetBesideVietnamWhenNoComparisonIsNamedAndRefusedOnlyWhenNamedAsItsOwnComparison() throws Exception {
        assertThat(page("/stakes?partner=CN")).contains("CN");
        assertThat(page("/stakes.csv?partner=CN&topic=export_controls&table=chart")).startsWith("reason,CN,VN");
        mvc.perform(get("/stakes?partner=CN&topic=export_controls&comparison=CN").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theJsonAnswersSayTheyAreSyntheticAndRefuseBadFieldsByName() throws Exception {
        assertThat(page("/api/stakes?topic=market_economy_status&year=2031")).contains("\"synthetic\":true",
                "\"syntheticNote\":\"Synthetic demonstration data");
        String refused = mvc.perform(get("/api/tariffs/what-if?rate=fifteen").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("rate").contains("fifteen").doesNotContain("Exception");
        mvc.perform(get("/api/stakes?topic=market_access").with(user("viewer").roles("VIEWER"))).andExpect(status().isBadRequest());
        mvc.perform(get("/stakes?year=20x4").with(user("viewer").roles("VIEWER"))).andExpect(status().isBadRequest());
    }

    @Test
    void theWhatIfPageShowsTheChangeAndItsDownload() throws Exception {
        String html = page("/tariffs/what-if?partner=VN&rate=15&zero=94&year=2031&on=2031-07-15");
        assertThat(html).contains("synthetic-banner", "$450,000", "a change of −$550,000");
        String csv = page("/tariffs/what-if.csv?partner=VN&rate=15&zero=94&year=2031&on=2031-07-15");
        assertThat(csv.lines().findFirst().orElseThrow()).contains("duties in force, 20% (USD)", "duties tried, 15% (USD)");
        assertThat(csv).contains("94,Furniture,2000000,2000000,400000.00,0.00,-400000.00,synthetic");
        assertThat(page("/stakes?partner=MX&topic=tariffs")).contains("no dated tariff history for MX").doesNotContain("chart-tariff");
    }

    @Test
    void theTimelineFiltersByTopicAndSideAndLinksPositionsToTheirAsks() throws Exception {
        Path f = Files.writeString(dir.resolve("asks.csv"), """
                date,side,ask,topic,where_said,who,source_url,quote,note
                2031-04-20,VN,Lower the additional tariff,tariffs,Round 1,Minister,https://example.org/r1,,
                2031-04-21,US,Open the market to farm goods,market_access,Round 1,Trade Representative,,,
                2031-06-02,US,Stop goods transshipped through Vietnam,trade_fraud,Round 2,Trade Representative,,,
                """);
        asks.importFile(f, "asks.csv");
        String html = page("/timeline?topic=tariffs");
        // Newest first: the court ruling of 1 May 2031 (test measure file) comes before the position said on 20 April 2031.
        assertThat(html.indexOf("Test court")).isPositive().isLessThan(html.indexOf("Lower the additional tariff"));
        String all = page("/timeline");
        assertThat(all.indexOf("Open the market to farm goods")).isPositive()
                .isLessThan(all.indexOf("Lower the additional tariff"));
        assertThat(html).contains("Test court", "Lower the additional tariff", "href=\"/asks/A").doesNotContain("MOIT");
        assertThat(page("/timeline?side=US")).doesNotContain("Lower the additional tariff").contains("Test order 5");
        assertThat(page("/timeline.csv?topic=market_economy_status")).contains("2002,event,Market-economy status,US");
        String ask = page("/asks/A" + asks.list(PolicyTopic.TARIFFS, null).get(0).id());
        assertThat(ask).contains("What is at stake", "The additional United States tariff on goods of Vietnam");
        // the test history's 40% on transshipped goods has not ended: from its day, no end
        assertThat(page("/asks/A" + asks.list(PolicyTopic.TRADE_FRAUD, null).get(0).id()))
                .contains("From 2031-06-01, 40% on articles found transshipped to evade duties (Test order 4).");
    }
}
