package org.bilateral.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.policy.measures.AntidumpingOrder;
import org.bilateral.policy.measures.HtsNumber;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.HsCode;
import org.bilateral.tradestats.CensusFile;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.ProductFlows;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An order's HTS numbers of an older HS edition are matched as the statistics hold them in HS 2022. */
@WorkbenchTest
class OrderNumbersTest {

    @Autowired OrderNumbers numbers;
    @Autowired StatisticsImports imports;
    @Autowired ProductFlows flows;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    private static AntidumpingOrder order(String caseNumber, LocalDate date, String... printed) {
        return new AntidumpingOrder(caseNumber, AntidumpingOrder.Kind.AD, "test", date,
                java.util.Arrays.stream(printed).map(p -> new HtsNumber(p, p.replace(".", ""))).toList(), null, null);
    }

    @Test
    void anOlderNumberSentWholeToAnotherSubheadingIsMatchedThereAndFindsTheTradeOfEitherEdition() {
        // An order of 2015 prints HTS of 2015 (HS 2012): 6201.93 went to 620193 of HS 2017 and then, whole, to 620140.
        OrderNumbers.Matched m = numbers.of(List.of(order("A-552-990", LocalDate.of(2015, 3, 1), "6201.93")));
        assertThat(m.digits()).containsEntry("6201.93", "620140");
        assertThat(m.notes()).containsExactly("HTS 6201.93 of A-552-990 (order of 2015, HS 2012) is counted under HS 2022 "
                + "subheading 620140, which took all of 620193.");

        TradeStatisticsFixture.clear(jdbc);
        imports.importFile(ImportFile.of(CensusFile.imports()
                .row("5520", "620193", "200", "2021-01")
                .row("5520", "620140", "600", "2022-01")
                .writeTo(dir, "coats.json"), "test"));
        // 2021: the HS 2017 line 620193 ($200) carried to 620140; 2022: 620140 as reported ($600)
        assertThat(flows.years(CountryCode.of("US"), CountryCode.of("VN"), Flow.IMPORT, List.of(HsCode.of("620140")), 2021, 2022))
                .extracting(c -> c.year() + " " + c.valueUsd().toPlainString()).containsExactly("2021 200", "2022 600");
    }

    @Test
    void aSplitNumberIsMatchedAsPrintedAndSaidToBeSplit() {
        OrderNumbers.Matched m = numbers.of(List.of(order("A-552-991", LocalDate.of(2020, 1, 15), "8541.40.60.20")));
        assertThat(m.digits()).containsEntry("8541.40.60.20", "8541406020");
        assertThat(m.notes()).singleElement().asString().isEqualTo("Subheading 854140 of an order of 2020 (HS 2017) was split in "
                + "HS 2022, and only trade reported under 854140 is counted, its share of the new codes unknown: A-552-991, "
                + "HTS 8541.40.60.20 → 854141, 854142, 854143, 854149, 854921, 854929 (+4)");
    }

    @Test
    void numbersBeforeHs2012OrWithoutADateOrOfHs2022AreMatchedAsPrinted() {
        OrderNumbers.Matched m = numbers.of(List.of(
                order("A-552-801", LocalDate.of(2003, 8, 12), "0304.20.60.30"),
                order("A-552-992", null, "8541.43"),
                order("A-552-841", LocalDate.of(2025, 6, 24), "8541.43.00.10")));
        assertThat(m.digits()).containsExactly(java.util.Map.entry("0304.20.60.30", "0304206030"),
                java.util.Map.entry("8541.43", "854143"), java.util.Map.entry("8541.43.00.10", "8541430010"));
        assertThat(m.notes()).containsExactly("HTS 0304.20.60.30 of A-552-801 (order of 2003, HS 2002): no correlation table "
                + "before HS 2012 is held, and 030420 is no HS 2022 subheading: statistics in HS 2022 hold no trade under it.");
    }
}
