package org.bilateral.tradestats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import org.bilateral.WorkbenchTest;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.HsLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The stores under the product flows and the statistics held (ProductFlowsStore, HeldStore) on the fixture. */
@WorkbenchTest
class ProductFlowsStoreTest {

    static final CountryCode US = CountryCode.of("US");
    static final CountryCode VN = CountryCode.of("VN");

    @Autowired StatisticsImports imports;
    @Autowired ProductFlowsStore flows;
    @Autowired HeldStore held;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @BeforeEach
    void usStatisticsOnVietnam() {
        TradeStatisticsFixture.clear(jdbc);
        imports.importFile(ImportFile.of(TradeStatisticsFixture.usImports(dir), "test"));
        imports.importFile(ImportFile.of(TradeStatisticsFixture.usExports(dir), "test"));
    }

    @Test
    void theProductFlowsStoreReadsEachYearsChaptersBesideTheFlowsTotal() {
        // US imports from Vietnam, chapter 84: 2023 = 1,000 + 800 = 1,800 over 2 months; 2024 = 1,200 in 1 month.
        // The flow's total: 2023 = 1,000 + 500 + 800 = 2,300; 2024 = 1,200 + 300 = 1,500
        assertThat(flows.yearsOfCodes(US, VN, Flow.IMPORT, new String[] {"total", "chapter"}, new String[] {"84"}, 2023, 2024))
                .usingRecursiveFieldByFieldElementComparatorOnFields("level", "year", "months")
                .containsExactlyInAnyOrder(
                        new ProductFlowsStore.YearLine("chapter", "84", 2023, BigDecimal.ZERO, 2),
                        new ProductFlowsStore.YearLine("chapter", "84", 2024, BigDecimal.ZERO, 1),
                        new ProductFlowsStore.YearLine("total", "", 2023, BigDecimal.ZERO, 2),
                        new ProductFlowsStore.YearLine("total", "", 2024, BigDecimal.ZERO, 1));
        assertThat(flows.yearsOfCodes(US, VN, Flow.IMPORT, new String[] {"total", "chapter"}, new String[] {"84"}, 2023, 2024))
                .filteredOn(l -> l.level().equals("chapter")).extracting(ProductFlowsStore.YearLine::valueUsd)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new BigDecimal("1800"), new BigDecimal("1200"));
        assertThat(flows.linesOfYears(US, VN, Flow.IMPORT, HsLevel.CHAPTER, 2023, 2024))
                .filteredOn(l -> l.level().equals("total")).extracting(ProductFlowsStore.YearLine::valueUsd)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new BigDecimal("2300"), new BigDecimal("1500"));
        // 2024's chapters, largest first: 84 = 1,200, then 94 = 300
        assertThat(flows.productsOfYear(US, VN, Flow.IMPORT, HsLevel.CHAPTER, 2024))
                .extracting(ProductFlows.ProductYear::code).containsExactly("84", "94");
        // the last month held of US imports from Vietnam is January 2024
        assertThat(flows.latestMonth(US, VN, Flow.IMPORT)).contains(YearMonth.of(2024, 1));
    }

    @Test
    void theHeldStoreSaysWhatIsHeldAndABenchmarkEmptiesIt() {
        assertThat(held.holds(US, VN)).isTrue();
        assertThat(held.holds(VN, US)).as("Vietnam's own statistics are not imported here").isFalse();
        assertThat(held.figures()).isPositive();
        held.clear();
        assertThat(held.figures()).isZero();
        assertThat(held.totals()).isZero();
        assertThat(held.holds(US, VN)).isFalse();
    }
}
