package org.bilateral.tradestats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import org.bilateral.WorkbenchTest;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Quantities by subheading, unit and year, as each import sums them: from the year's months where it has any, from each
 * month's most detailed lines, and gone again when a revision brings none.
 */
@WorkbenchTest
class ProductFlowsQuantitiesTest {

    static final CountryCode US = CountryCode.of("US");
    static final CountryCode VN = CountryCode.of("VN");

    @Autowired StatisticsImports imports;
    @Autowired ProductFlows flows;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @BeforeEach
    void emptyDatabase() {
        TradeStatisticsFixture.clear(jdbc);
    }

    @Test
    void aSubheadingsQuantityIsTheSumOfItsNationalLinesInEachUnitOverTheYearsMonths() {
        imports.importFile(ImportFile.of(CensusFile.imports()
                .row("5520", "8504400010", "1000", "2023-01", "10", "NO")
                .row("5520", "8504400020", "500", "2023-02", "4", "NO")
                .row("5520", "8504400030", "300", "2023-02", "", "")
                .row("5520", "0304620020", "900", "2023-03", "300", "KG")
                .row("5520", "8504400010", "2000", "2024-01", "25", "NO")
                .writeTo(dir, "us-imports.json"), "test"));

        assertThat(flows.quantities(US, VN, Flow.IMPORT, 2023, 2024))
                .extracting(q -> q.subheading(), q -> q.year(), q -> q.unit(), q -> q.quantity().intValue(), q -> q.valueUsd().intValue())
                .containsExactlyInAnyOrder(tuple("850440", 2023, "NO", 14, 1500), tuple("030462", 2023, "KG", 300, 900),
                        tuple("850440", 2024, "NO", 25, 2000));
        assertThat(flows.quantities(US, VN, Flow.IMPORT, 2024, 2024)).hasSize(1);
    }

    @Test
    void aRevisionWithoutQuantitiesTakesTheOldOnesAway() {
        imports.importFile(ImportFile.of(CensusFile.imports().row("5520", "8504400010", "1000", "2023-01", "10", "NO")
                .writeTo(dir, "first.json"), "test"));
        imports.importFile(ImportFile.of(CensusFile.imports().row("5520", "8504400010", "1100", "2023-01")
                .writeTo(dir, "revised.json"), "test"));

        assertThat(flows.quantities(US, VN, Flow.IMPORT, 2023, 2023)).isEmpty();
    }
}
