package org.bilateral.tradestats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bilateral.WorkbenchTest;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.HsLevel;
import org.bilateral.tradestats.ProductYearGrid.FlowOf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several flows' products by year read in one query as arrays (what the transshipment screen reads), and the raw
 * figures the benchmarks give DuckDB, on the fixture's US statistics.
 */
@WorkbenchTest
class ProductFlowsYearGridsTest {

    static final CountryCode US = CountryCode.of("US");
    static final CountryCode VN = CountryCode.of("VN");
    static final CountryCode CN = CountryCode.of("CN");

    @Autowired StatisticsImports imports;
    @Autowired ProductFlows flows;
    @Autowired RawFigures raw;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @BeforeEach
    void usStatisticsOnVietnamAndChina() {
        TradeStatisticsFixture.clear(jdbc);
        imports.importFile(ImportFile.of(TradeStatisticsFixture.usImports(dir), "test"));
        imports.importFile(ImportFile.of(TradeStatisticsFixture.usExports(dir), "test"));
    }

    @Test
    void eachFlowsSubheadingsAreReadByYearWithZeroWhereAProductWasNotTradedThatYear() {
        FlowOf importsFromVietnam = new FlowOf(US, VN, Flow.IMPORT);
        FlowOf exportsToVietnam = new FlowOf(US, VN, Flow.EXPORT);
        FlowOf importsFromChina = new FlowOf(US, CN, Flow.IMPORT);
        FlowOf vietnamsImports = new FlowOf(VN, US, Flow.IMPORT);
        Map<FlowOf, ProductYearGrid> grids = flows.yearGrids(List.of(importsFromVietnam, exportsToVietnam, importsFromChina,
                vietnamsImports), HsLevel.SUBHEADING, 2023, 2024);

        ProductYearGrid m = grids.get(importsFromVietnam);
        assertThat(m.years()).containsExactly(2023, 2024);
        // totals: 2023 = 1,000 + 500 + 800 = 2,300 over 2 months; 2024 = 1,200 + 300 = 1,500 in 1 month
        assertThat(m.total()).usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("2300"), new BigDecimal("1500"));
        assertThat(m.months()).containsExactly(2, 1);
        // 2023 lists 847130 and 851713, 2024 lists 847130 and 940360: the grid holds all three, in order
        assertThat(m.codes()).containsExactly("847130", "851713", "940360");
        // 847130: 2023 = 1,000 + 800 = 1,800, 2024 = 1,200; 851713: 500 then none; 940360: none then 300
        assertThat(m.valuesOf(m.indexOf("847130"))).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1800"), new BigDecimal("1200"));
        assertThat(m.valuesOf(m.indexOf("851713"))).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("500"), BigDecimal.ZERO);
        assertThat(m.valuesOf(m.indexOf("940360"))).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.ZERO, new BigDecimal("300"));
        assertThat(m.indexOf("880240")).isEqualTo(-1);

        ProductYearGrid x = grids.get(exportsToVietnam);
        // exports: 2023 = 400 (880240); 2024 = 250 (120190) + 100 (880240) = 350
        assertThat(x.codes()).containsExactly("120190", "880240");
        assertThat(x.total()).usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("400"), new BigDecimal("350"));
        assertThat(x.valuesOf(x.indexOf("880240"))).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("400"), new BigDecimal("100"));

        ProductYearGrid c = grids.get(importsFromChina);
        // China (5700) only in January 2024: 9,999 of 847130; 2023 is not held, so not a year of the grid
        assertThat(c.years()).containsExactly(2024);
        assertThat(c.codes()).containsExactly("847130");
        assertThat(c.valuesOf(0)).usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("9999"));

        assertThat(grids.get(vietnamsImports).isEmpty()).as("Vietnam's own statistics are not imported").isTrue();
    }

    @Test
    void theGridSaysWhatTheYearsByProductSayOfTheSameFlow() {
        FlowOf importsFromVietnam = new FlowOf(US, VN, Flow.IMPORT);
        ProductYearGrid grid = flows.yearGrids(List.of(importsFromVietnam), HsLevel.CHAPTER, 2023, 2024).get(importsFromVietnam);
        ProductFlows.YearsByProduct years = flows.yearsByProduct(US, VN, Flow.IMPORT, HsLevel.CHAPTER, 2023, 2024);
        // chapters: 84 = 1,800 and 1,200; 85 = 500 and 0; 94 = 0 and 300
        assertThat(grid.codes()).containsExactly("84", "85", "94");
        for (String code : grid.codes()) {
            assertThat(grid.valuesOf(grid.indexOf(code))).usingElementComparator(BigDecimal::compareTo)
                    .containsExactlyElementsOf(years.yearsOf(code).values());
        }
        assertThat(grid.totalByYear()).isEqualTo(years.total());
    }

    @Test
    void theRawFiguresAreTheLinesOfTheSlicesHeld() {
        // US imports from Vietnam in 2023: 847130 1,000 (January) and 800 (February), 851713 500 (January)
        assertThat(raw.ofYear(US, VN, Flow.IMPORT, 2023))
                .extracting(RawFigures.Figure::freq, RawFigures.Figure::year, RawFigures.Figure::month, RawFigures.Figure::hsCode,
                        f -> f.valueUsd().intValueExact())
                .containsExactlyInAnyOrder(tuple('M', 2023, 1, "847130", 1000), tuple('M', 2023, 1, "851713", 500),
                        tuple('M', 2023, 2, "847130", 800));
        assertThat(raw.ofYear(US, VN, Flow.IMPORT, 2022)).isEmpty();
    }
}
