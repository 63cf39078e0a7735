package org.bilateral.tradestats.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
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
import org.bilateral.tradestats.PublishedComparison;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.tradestats.TradeBalances;
import org.bilateral.tradestats.PublishedFigures;
import org.bilateral.workbench.DemoRequested;
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

    /** The day the demonstration is asked for in these tests: 2026-12-06, so its latest whole month is 2026-11. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-06T09:00:00Z"), ZoneOffset.UTC);
    static final YearMonth THROUGH = YearMonth.of(2026, 11);

    @Autowired StatisticsImports imports;
    @Autowired TradeBalances balances;
    @Autowired PublishedFigures publishedFigures;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void theSameSeedWritesTheSameFiles(@TempDir Path a, @TempDir Path b) throws Exception {
        List<Path> first = new DemoData(7, THROUGH).write(a);
        List<Path> second = new DemoData(7, THROUGH).write(b);
        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.mismatch(first.get(i), second.get(i))).isEqualTo(-1L);
        }
        List<Path> other = new DemoData(8, THROUGH).write(b);
        assertThat(Files.mismatch(first.get(0), other.get(0))).isNotEqualTo(-1L);
    }

    @Test
    void theLatestWholeMonthIsTheOneBeforeTheClocksToday() {
        assertThat(DemoRequested.on(TODAY).through()).isEqualTo(THROUGH);
        assertThat(DemoData.latestWholeMonth(TODAY)).isEqualTo(THROUGH);
        // on the first of a month the month before is the latest whole one, and across a new year
        assertThat(DemoRequested.on(Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC)).through())
                .isEqualTo(YearMonth.of(2026, 12));
        assertThat(new DemoData(1, YearMonth.of(2026, 12)).lastWholeYear()).isEqualTo(2026);
        assertThat(new DemoData(1, THROUGH).lastWholeYear()).as("November's year is not whole yet").isEqualTo(2025);
    }

    @Test
    void aClockBeforeTheLastPublishedUsYearIsRefused() {
        assertThatThrownBy(() -> new DemoData(1, YearMonth.of(2024, 11))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-12 at least").hasMessageContaining("clock");
    }

    @Test
    void theUs2025YearIsVietnamsPublishedNineMonthsMadeAYearAsTheDemonstrationsVietnamRecordsIt() {
        // imports: Vietnam's exports Jan–Sep 2025, 112.8 bn, times 12/9 = 150.4 bn a year; Vietnam records 0.86 of what the US
        // records arriving (0.90 in 2017, half a point less a year: 0.90 − 8 × 0.005): 150.4 / 0.86 = 174,883,720,930.23
        assertThat(DemoData.usTotals(2025)[0]).isEqualTo(174_883_720_930L);
        // exports: Vietnam's imports Jan–Sep 2025, 13.7 bn, × 12/9 = 18,266,666,666.67; Vietnam records 1.06 of what the US
        // records leaving (1.30 in 2017, three points less a year: 1.30 − 8 × 0.03): 18,266,666,666.67 / 1.06 = 17,232,704,402.52
        assertThat(DemoData.usTotals(2025)[1]).isEqualTo(17_232_704_403L);
        // nothing published says where 2026 goes: it stays at 2025's level
        assertThat(DemoData.usTotals(2026)).containsExactly(174_883_720_930L, 17_232_704_403L);
    }

    @Test
    @WithMockUser(roles = "ANALYST")
    void demonstrationFilesGoThroughTheRealImportersReachTheLatestWholeMonthMatchPublishedTotalsAndAreLabelledSynthetic(
            @TempDir Path dir) throws Exception {
        TradeStatisticsFixture.clear(jdbc);
        for (Path file : new DemoData(20250731L, THROUGH).write(dir)) {
            ImportReport report = imports.importFile(ImportFile.of(file, "test"));
            assertThat(report.synthetic()).as(file.getFileName().toString()).isTrue();
        }

        List<Balance.Row> us = balances.balance(BalanceRequest.of(US, VN, Granularity.YEAR, HsLevel.TOTAL)).rows();
        assertThat(us).extracting(Balance.Row::period)
                .containsExactly("2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026");
        for (Balance.Row row : us.subList(0, 9)) {
            long[] calibrated = DemoData.usTotals(Integer.parseInt(row.period()));
            assertThat(row.imports()).isEqualByComparingTo(BigDecimal.valueOf(calibrated[0]));
            assertThat(row.exports()).isEqualByComparingTo(BigDecimal.valueOf(calibrated[1]));
            assertThat(row.months()).isEqualTo(12);
        }
        assertThat(us).allSatisfy(row -> assertThat(row.synthetic()).isTrue());
        assertThat(us.get(6).imports()).isEqualByComparingTo("114400000000");
        // 2017: between the published 2014 (30.6 bn) and 2019 (66.7 bn), three fifths of the way
        assertThat(us.get(0).imports()).isEqualByComparingTo("52260000000");
        assertThat(us.get(8).imports()).isEqualByComparingTo("174883720930");
        assertThat(us.get(9).months()).as("2026 through November, the latest whole month on 2026-12-06").isEqualTo(11);

        List<Balance.Row> usMonths = balances.balance(BalanceRequest.of(US, VN, Granularity.MONTH, HsLevel.TOTAL)).rows();
        // 2017-01 to 2024-12 is 96 months, 2025 twelve more, 2026 eleven: 119
        assertThat(usMonths).hasSize(119);
        assertThat(usMonths.get(usMonths.size() - 1).period()).isEqualTo("2026-11");

        List<Balance.Row> vietnamMonths = balances.balance(BalanceRequest.of(VN, US, Granularity.MONTH, HsLevel.TOTAL)).rows();
        assertThat(vietnamMonths.get(vietnamMonths.size() - 1).period()).isEqualTo("2026-11");
        BigDecimal exports = BigDecimal.ZERO;
        BigDecimal imported = BigDecimal.ZERO;
        for (Balance.Row row : vietnamMonths) {
            if (row.period().compareTo("2025-01") >= 0 && row.period().compareTo("2025-09") <= 0) {
                exports = exports.add(row.exports());
                imported = imported.add(row.imports());
            }
        }
        // Vietnam's nine months of 2025 are its published figures (Ministry of Industry and Trade): 112.8 bn exported to the
        // US, 13.7 bn imported from it
        assertThat(exports).isEqualByComparingTo("112800000000");
        assertThat(imported).isEqualByComparingTo("13700000000");

        List<Balance.Row> vietnam = balances.balance(BalanceRequest.of(VN, US, Granularity.YEAR, HsLevel.TOTAL)).rows();
        assertThat(vietnam).extracting(Balance.Row::period).endsWith("2025", "2026");
        assertThat(vietnam).allSatisfy(row -> {
            assertThat(row.exports()).as("Vietnam records its exports below the US record of them arriving, " + row.period())
                    .isLessThan(us.stream().filter(u -> u.period().equals(row.period())).findFirst().orElseThrow().imports());
            assertThat(row.imports()).as("Vietnam records its imports above the US record (CIF, third-country routing), " + row.period())
                    .isGreaterThan(us.stream().filter(u -> u.period().equals(row.period())).findFirst().orElseThrow().exports());
        });

        mvc.perform(get("/balance").param("reporter", "US").param("partner", "VN"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Synthetic demonstration data")));

        Path published = Path.of("..", "shared", "data", "figures", "published-figures.csv");
        assumeTrue(Files.isRegularFile(published), "../shared/data is absent: the published 2025 figures are not compared on the balance");
        imports.importFile(ImportFile.of(published, "test"));
        List<PublishedComparison> of2025 = publishedFigures.published(US, VN).stream().filter(p -> p.period().startsWith("2025")).toList();
        assertThat(of2025).as("the 2025 figures of published-figures.csv").hasSize(2).allSatisfy(p -> {
            assertThat(p.imported()).as(p.period() + " " + p.flow()).isEqualByComparingTo(p.published());
            assertThat(p.disagrees()).isFalse();
        });
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
        // every 2025 figure the file holds, of either side, is one the demonstration is calibrated to: today Vietnam's
        // January–September exports (112.8 bn) and imports (13.7 bn); the US published none for 2025 there
        List<String> of2025 = lines.stream().filter(l -> l.startsWith("2025")).toList();
        assertThat(of2025).hasSize(DemoData.PUBLISHED_2025.size());
        for (String line : of2025) {
            String[] f = line.split(",");
            assertThat(f[1]).as("reporter").isEqualTo("VN");
            DemoData.Published p = DemoData.PUBLISHED_2025.stream().filter(c -> c.export() == f[3].equals("export")).findFirst().orElseThrow();
            assertThat(p.first() + "/" + p.last()).isEqualTo(f[0]);
            assertThat(p.valueUsd()).as(line).isEqualTo(Long.parseLong(f[4]));
        }
    }
}
