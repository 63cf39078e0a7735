package org.bilateral.tradestats.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import org.bilateral.WorkbenchTest;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Granularity;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.Unavailable;
import org.bilateral.tradestats.BalanceRequest;
import org.bilateral.tradestats.CensusFile;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.tradestats.TradeBalances;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** After a crash has emptied the totals, statistics are refused with the reason until they are whole again: never answered empty. */
@WorkbenchTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "ANALYST")
class TotalsRecoveryTest {

    static final BalanceRequest US_VN = BalanceRequest.of(CountryCode.of("US"), CountryCode.of("VN"), Granularity.YEAR, HsLevel.TOTAL);

    @Autowired TotalsRecovery recovery;
    @Autowired TotalsState state;
    @Autowired StatisticsImports imports;
    @Autowired TradeBalances balances;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @TempDir Path dir;

    @AfterEach
    void whole() {
        state.whole();
    }

    @Test
    void lostTotalsAreNoticedBeforeAnyoneAsksAndStatisticsAreRefusedWithTheReasonUntilRebuilt() throws Exception {
        TradeStatisticsFixture.clear(jdbc);
        imports.importFile(ImportFile.of(CensusFile.imports().row("5520", "847130", "1000", "2024-01").writeTo(dir, "census.json"), "test"));
        jdbc.sql("truncate trade_total_list").update(); // what PostgreSQL does to an unlogged table after a crash

        recovery.afterSingletonsInstantiated(); // as at a start, before the web server opens

        assertThatThrownBy(() -> balances.balance(US_VN)).isInstanceOf(Unavailable.class)
                .hasMessageContaining("being rebuilt").hasMessageContaining("Nothing is lost");
        mvc.perform(get("/api/balance").param("reporter", "US").param("partner", "VN"))
                .andExpect(status().isServiceUnavailable()).andExpect(header().string("Retry-After", "60"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("being rebuilt")));
        mvc.perform(get("/balance")).andExpect(status().isServiceUnavailable())
                .andExpect(content().string(Matchers.containsString("The statistics totals are being rebuilt")));
        assertThatThrownBy(() -> imports.importFile(ImportFile.of(CensusFile.imports().row("5520", "847130", "5", "2024-02")
                .writeTo(dir, "during.json"), "test"))).isInstanceOf(Unavailable.class);

        recovery.run(new DefaultApplicationArguments());

        assertThat(balances.balance(US_VN).rows()).singleElement().satisfies(r -> assertThat(r.imports()).isEqualByComparingTo("1000"));
    }

    @Test
    void wholeTotalsAreLeftAloneAtAStart() {
        TradeStatisticsFixture.clear(jdbc);
        imports.importFile(ImportFile.of(CensusFile.imports().row("5520", "847130", "1000", "2024-01").writeTo(dir, "census.json"), "test"));

        recovery.afterSingletonsInstantiated();

        assertThat(state.isWhole()).isTrue();
        assertThat(balances.balance(US_VN).rows()).hasSize(1);
    }
}
