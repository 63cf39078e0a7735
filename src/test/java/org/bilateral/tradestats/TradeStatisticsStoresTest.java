package org.bilateral.tradestats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.bilateral.WorkbenchTest;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The stores under the statistics' use cases (BalanceStore, MirrorStore, SourcesStore, PublishedStore) on the fixture. */
@WorkbenchTest
class TradeStatisticsStoresTest {

    static final CountryCode US = CountryCode.of("US");
    static final CountryCode VN = CountryCode.of("VN");

    @Autowired StatisticsImports imports;
    @Autowired BalanceStore balances;
    @Autowired MirrorStore mirrors;
    @Autowired SourcesStore sources;
    @Autowired PublishedStore published;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @BeforeEach
    void usStatisticsOnVietnam() {
        TradeStatisticsFixture.clear(jdbc);
        imports.importFile(ImportFile.of(TradeStatisticsFixture.usImports(dir), "test"));
        imports.importFile(ImportFile.of(TradeStatisticsFixture.usExports(dir), "test"));
    }

    @Test
    void theBalanceStoreReadsTheMonthsEachFlowHoldsAndTheLargestProducts() {
        HeldMonths held = balances.held(US, VN);
        assertThat(held.months().get("X")).containsExactly(YearMonth.of(2023, 1), YearMonth.of(2024, 1));
        assertThat(held.months().get("M")).containsExactly(YearMonth.of(2023, 1), YearMonth.of(2023, 2), YearMonth.of(2024, 1));
        assertThat(held.wholeYears()).as("years held month by month are not whole years").isEmpty();
        // chapters over 2023–2024, both flows: 84 = 1000 + 800 + 1200 = 3000; 85 = 500; 88 = 400 + 100 = 500; 94 = 300;
        // 12 = 250. The two largest: 84, then 85 before 88 (a tie at 500, by code)
        assertThat(balances.largestCodes(US, VN, HsLevel.CHAPTER, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31), 2))
                .containsExactly("84", "85");
        // no year holds twelve months: the latest year held at all
        assertThat(balances.latestFullYear(US, VN)).contains(2024);
    }

    @Test
    void theMirrorStoreReadsBothSidesOfADirection() {
        MirrorStore.Sides sides = mirrors.sides(US, VN, LocalDate.of(2024, 1, 1), HsLevel.CHAPTER);
        // US exports to Vietnam in 2024: soybeans (12) 250, aircraft (88) 100; Vietnam's imports are not held
        assertThat(sides.byCode()).containsOnlyKeys("12", "88");
        assertThat(sides.byCode().get("12")[0]).isEqualByComparingTo(new BigDecimal("250"));
        assertThat(sides.byCode().get("88")[0]).isEqualByComparingTo(new BigDecimal("100"));
        assertThat(sides.byCode().get("88")[1]).isNull();
        assertThat(sides.months()).containsExactly(1, 0);
        assertThat(mirrors.valuation(VN, US, "M", LocalDate.of(2024, 1, 1))).isEmpty();
    }

    @Test
    void theSourcesStoreNamesTheImportsHoldingEachYear() {
        assertThat(sources.sources(US, VN)).hasSize(2);
        assertThat(sources.imports()).hasSize(2);
        assertThat(sources.hasStatistics()).isTrue();
        assertThat(sources.provenanceByYear(US, VN)).containsOnlyKeys(2023, 2024);
        assertThat(sources.provenanceByYear(US, VN).get(2024).datasets()).startsWith("US statistics: ");
        assertThat(sources.isSynthetic(US, VN, 2024)).isFalse();
        assertThat(sources.olderEditions(US, VN, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31), 2022)).isEmpty();
        assertThat(Set.copyOf(sources.provenanceByYear(VN, US).keySet())).isEmpty();
    }

    @Test
    void thePublishedStoreHoldsNothingUntilFiguresAreImported() {
        assertThat(published.figures(US, VN)).isEmpty();
    }
}
