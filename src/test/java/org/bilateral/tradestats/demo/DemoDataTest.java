package org.bilateral.tradestats.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Granularity;
import org.bilateral.shared.HsLevel;
import org.bilateral.tradestats.Balance;
import org.bilateral.tradestats.BalanceRequest;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.ImportReport;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.tradestats.TradeBalances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@WorkbenchTest
@AutoConfigureMockMvc
class DemoDataTest {

    static final CountryCode US = CountryCode.of("US");
    static final CountryCode VN = CountryCode.of("VN");

    @Autowired StatisticsImports imports;
    @Autowired TradeBalances balances;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void theSameSeedWritesTheSameFiles(@TempDir Path a, @TempDir Path b) throws Exception {
        List<Path> first = new DemoData(7).write(a);
        List<Path> second = new DemoData(7).write(b);
        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.mismatch(first.get(i), second.get(i))).isEqualTo(-1L);
        }
        List<Path> other = new DemoData(8).write(b);
        assertThat(Files.mismatch(first.get(0), other.get(0))).isNotEqualTo(-1L);
    }

    @Test
    @WithMockUser(roles = "ANALYST")
    void demonstrationFilesGoThroughTheRealImportersMatchPublishedTotalsAndAreLabelledSynthetic(@TempDir Path dir)
            throws Exception {
        TradeStatisticsFixture.clear(jdbc);
        for (Path file : new DemoData(20250731L).write(dir)) {
            ImportReport report = imports.importFile(ImportFile.of(file, "test"));
            assertThat(report.synthetic()).as(file.getFileName().toString()).isTrue();
        }

        List<Balance.Row> us = balances.balance(BalanceRequest.of(US, VN, Granularity.YEAR, HsLevel.TOTAL)).rows();
        assertThat(us).extracting(Balance.Row::period).containsExactly("2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024");
        for (Balance.Row row : us) {
            long[] published = DemoData.US_TOTALS.get(Integer.parseInt(row.period()));
            assertThat(row.imports()).isEqualByComparingTo(BigDecimal.valueOf(published[0]));
            assertThat(row.exports()).isEqualByComparingTo(BigDecimal.valueOf(published[1]));
            assertThat(row.synthetic()).isTrue();
        }
        assertThat(us.get(6).imports()).isEqualByComparingTo("114400000000");
        // 2017: between the published 2014 (30.6 bn) and 2019 (66.7 bn), three fifths of the way
        assertThat(us.get(0).imports()).isEqualByComparingTo("52260000000");

        List<Balance.Row> vietnam = balances.balance(BalanceRequest.of(VN, US, Granularity.YEAR, HsLevel.TOTAL)).rows();
        assertThat(vietnam).allSatisfy(row -> {
            assertThat(row.exports()).as("Vietnam records its exports below the US record of them arriving")
                    .isLessThan(us.stream().filter(u -> u.period().equals(row.period())).findFirst().orElseThrow().imports());
            assertThat(row.imports()).as("Vietnam records its imports above the US record (CIF, third-country routing)")
                    .isGreaterThan(us.stream().filter(u -> u.period().equals(row.period())).findFirst().orElseThrow().exports());
        });

        mvc.perform(get("/balance").param("reporter", "US").param("partner", "VN"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Synthetic demonstration data")));
    }

    @Test
    void calibrationAnchorsAreThePublishedFigures() throws Exception {
        Path published = Path.of("..", "shared", "data", "figures", "published-figures.csv");
        assumeTrue(Files.isRegularFile(published), "../shared/data is absent: cannot compare with published-figures.csv");
        List<String> lines = Files.readAllLines(published);
        for (int year : List.of(2014, 2019, 2023, 2024)) {
            for (String flow : List.of("import", "export")) {
                String line = lines.stream().filter(l -> l.startsWith(year + ",US,VN," + flow + ",")).findFirst().orElseThrow();
                long value = Long.parseLong(line.split(",")[4]);
                assertThat(DemoData.anchor(year)[flow.equals("import") ? 0 : 1]).as(year + " " + flow).isEqualTo(value);
            }
        }
    }
}
