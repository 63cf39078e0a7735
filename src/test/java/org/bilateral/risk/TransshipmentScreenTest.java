package org.bilateral.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.bilateral.WorkbenchTest;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.InvalidInput;
import org.bilateral.tradestats.CensusFile;
import org.bilateral.tradestats.ComtradeCsvFile;
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
 * The screen on the statistics as imported: US imports from China and Vietnam (Census), Vietnam's imports from China and
 * exports to the US (Comtrade), 2017–2020, the figures of {@link SignalsTest}: laptops rerouted after the 2018 event,
 * furniture merely growing, phones steady; with the world totals (Comtrade partner World, Census all countries) and the
 * laptops' quantities in kilograms.
 */
@WorkbenchTest
@AutoConfigureMockMvc
class TransshipmentScreenTest {

    @Autowired TransshipmentScreen screens;
    @Autowired StatisticsImports imports;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @TempDir Path dir;

    private static final ScreenRequest REQUEST = new ScreenRequest(Triangle.DEFAULT, 2017, 2020, HsLevel.SUBHEADING, 10, null);

    @BeforeEach
    void statistics() {
        TradeStatisticsFixture.clear(jdbc);
        CensusFile us = CensusFile.imports();
        long[][] china = {{1000, 1000, 400, 300}, {500, 500, 500, 500}, {200, 200, 200, 200}};
        long[][] vietnam = {{100, 100, 700, 800}, {300, 300, 300, 300}, {100, 120, 300, 500}};
        String[] codes = {"847130", "851713", "940360"};
        ComtradeCsvFile vn = ComtradeCsvFile.create();
        long[][] fromChina = {{50, 60, 650, 750}, {200, 200, 200, 200}, {10, 10, 10, 10}};
        long[][] toUs = {{100, 100, 300, 350}, {290, 290, 290, 290}, {100, 120, 290, 480}};
        long[][] chinaToWorld = {{11000, 11000, 12400, 12300}, {5000, 5000, 5000, 5000}, {2000, 2000, 2000, 2000}};
        long[][] vietnamToWorld = {{1100, 1100, 1400, 1450}, {1000, 1000, 1000, 1000}, {500, 600, 1500, 2400}};
        long[] laptopsFromChinaKg = {10, 12, 100, 120};
        long[] laptopsToUsKg = {10, 10, 105, 125};
        for (int p = 0; p < codes.length; p++) {
            for (int y = 0; y < 4; y++) {
                String year = String.valueOf(2017 + y);
                boolean laptops = p == 0;
                us.row("5700", codes[p], String.valueOf(china[p][y]), year + "-06");
                us.row("5520", codes[p], String.valueOf(vietnam[p][y]), year + "-06", laptops ? String.valueOf(laptopsToUsKg[y]) : "",
                        laptops ? "KG" : "");
                us.row("-", codes[p], String.valueOf(20 * (china[p][0] + vietnam[p][0])), year + "-06");
                vn.row(704, 156, "M", year, codes[p], String.valueOf(fromChina[p][y]), laptops ? String.valueOf(laptopsFromChinaKg[y]) : "",
                        laptops ? "kg" : "N/A");
                vn.row(704, 842, "X", year, codes[p], String.valueOf(toUs[p][y]));
                vn.row(156, 0, "X", year, codes[p], String.valueOf(chinaToWorld[p][y]));
                vn.row(704, 0, "X", year, codes[p], String.valueOf(vietnamToWorld[p][y]));
            }
        }
        imports.importFile(ImportFile.of(us.writeTo(dir, "us-imports.json"), "test"));
        imports.importFile(ImportFile.of(vn.writeTo(dir, "vietnam.csv"), "test"));
    }

    @Test
    void theReroutedProductRanksFirstOnEverySignalAndTheGrowerBelowIt() {
        Screen s = screens.screen(REQUEST);
        assertThat(s.request().event()).isEqualTo(LocalDate.of(2018, 7, 6));
        assertThat(s.missing()).isEmpty();
        assertThat(s.screened()).isEqualTo(3);
        assertThat(s.candidates()).extracting(Screen.Candidate::code).containsExactly("847130", "940360", "851713");
        Screen.Candidate first = s.candidates().get(0);
        assertThat(first.score()).isEqualTo(1.0);
        assertThat(first.signals()).extracting(sig -> sig.kind()).containsExactly(SignalKind.values());
        assertThat(first.signals().get(0).value()).isCloseTo(1000.0 / 1100 - 700.0 / 2200, within(1e-9));
        assertThat(first.tradeCarriedUsd()).isEqualByComparingTo("800");
        assertThat(first.tradeYear()).isEqualTo(2020);
        assertThat(s.candidates().get(1).score()).as("growth without a route through the hub").isZero();
        // 2020: min(750, 800) + min(200, 300) + min(10, 500) of 800 + 300 + 500
        assertThat(s.bound().share()).isCloseTo(960.0 / 1600, within(1e-9));
        assertThat(s.provenance().synthetic()).isFalse();
    }

    @Test
    void unitValuesAndTheFreundTestReadTheQuantitiesAndWorldTotalsAsImported() {
        Screen.Candidate laptops = screens.screen(REQUEST).candidates().get(0);
        Signal unitValues = laptops.signals().get(SignalKind.UNIT_VALUE.ordinal());
        // Census "KG" and Comtrade "kg" are one unit: the figures of SignalsTest, ratio 0.5 in 2017 and 0.98 after 2018
        assertThat(unitValues.value()).isCloseTo((1400.0 / 220) / (1500.0 / 230) / 0.5 - 1 - 0.06, within(1e-9));
        assertThat(laptops.signals().get(SignalKind.FREUND.ordinal()).value()).isCloseTo(640.0 / 750, within(1e-9));
        Screen.Candidate phones = screens.screen(REQUEST).candidates().stream().filter(c -> c.code().equals("851713")).findFirst()
                .orElseThrow();
        assertThat(phones.signals().get(SignalKind.UNIT_VALUE.ordinal()).computed()).as("no quantities").isFalse();
        assertThat(phones.signals().get(SignalKind.FREUND.ordinal()).value()).as("the origin's sales did not fall").isZero();
    }

    @Test
    void withoutWorldTotalsTheFreundTestIsNotComputedAndWhatToImportIsSaid() {
        jdbc.sql("delete from trade_slice where partner = 'XW'").update();
        jdbc.sql("delete from trade_total_list where partner = 'XW'").update();
        Screen s = screens.screen(REQUEST);
        assertThat(s.missing()).contains(
                "no world totals of CN's exports: import Comtrade for reporter CN with partner World (0); the Freund test needs them");
        assertThat(s.candidates().get(0).signals().get(SignalKind.FREUND.ordinal()).computed()).isFalse();
    }

    @Test
    void aMissingFlowIsSaidPlainlyAndItsSignalsAreNotComputedNotZero() {
        jdbc.sql("delete from trade_slice where reporter = 'VN'").update();
        jdbc.sql("delete from trade_total_list where reporter = 'VN'").update();
        jdbc.sql("delete from trade_quantity where reporter = 'VN'").update();
        Screen s = screens.screen(REQUEST);
        assertThat(s.missing()).anyMatch(m -> m.contains("no statistics of VN's imports from CN, nor of CN's exports to VN"))
                .anyMatch(m -> m.contains("no statistics of VN's exports to US"));
        Screen.Candidate laptops = s.candidates().get(0);
        assertThat(laptops.signals().get(1).computed()).isFalse();
        assertThat(laptops.signals().get(1).arithmetic()).startsWith("not computed");
        assertThat(s.bound().share()).isNull();
    }

    @Test
    void aScreenOutsideItsRangesIsRefusedByField() {
        assertThatThrownBy(() -> new ScreenRequest(Triangle.DEFAULT, 2020, 2017, HsLevel.SECTOR, 0, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("from, to", "level", "top"));
        assertThatThrownBy(() -> new ScreenRequest(Triangle.DEFAULT, 2017, 2020, null, 10, LocalDate.of(2020, 3, 1)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("no whole year before or after");
        assertThatThrownBy(() -> new Triangle(Triangle.DEFAULT.hub(), Triangle.DEFAULT.hub(), Triangle.DEFAULT.destination()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("three different countries");
    }

    @Test
    void thePageTheDownloadAndTheJsonCarryTheSameRanking() throws Exception {
        assertThat(page("/risk")).as("the years default to those the statistics hold").contains("2017–2020");
        String html = page("/risk?from=2017&to=2020");
        assertThat(html).contains("Transshipment screen: CN → VN → US", "evidence-847130", "Rerouting bound in 2020", "60.0%")
                .doesNotContain("synthetic-banner");
        String csv = page("/risk.csv?from=2017&to=2020");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("1,847130,");
        assertThat(page("/api/risk/screen?from=2017&to=2020")).contains("\"code\":\"847130\"", "\"synthetic\":false");
        mvc.perform(get("/api/risk/screen?from=2017&to=2020&hub=CN").with(user("v").roles("VIEWER"))).andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/risk?top=many").with(user("v").roles("VIEWER"))).andExpect(status().isBadRequest());
    }

    @Test
    void aProductIsLookedAtWithEachRecordOfItsFlowsItsChartAndItsRank() throws Exception {
        ProductView v = screens.product(REQUEST, org.bilateral.shared.HsCode.of("847130"));
        assertThat(v.candidate().rank()).isEqualTo(1);
        assertThat(v.series()).extracting(ProductView.Series::record)
                .containsExactly("US's imports from CN", "US's imports from VN", "VN's exports to US", "VN's imports from CN",
                        "CN's exports to the world", "VN's exports to the world", "US's imports from the world");
        assertThat(v.series().get(1).values()).containsEntry(2019, new java.math.BigDecimal("700"));
        String html = page("/risk/products/8471.30?from=2017&to=2020");
        assertThat(html).contains("Ranked 1 of 3", "chart-product", "event 2018-07-06", "diversion");
        assertThat(page("/risk/products/847130.csv?from=2017&to=2020"))
                .contains("hub → destination,US's imports from VN,100,100,700,800,");
        mvc.perform(get("/risk/products/120190?from=2017&to=2020").with(user("v").roles("VIEWER"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/risk/products/84713001?from=2017&to=2020").with(user("v").roles("VIEWER"))).andExpect(status().isBadRequest());
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user("v").roles("VIEWER"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
