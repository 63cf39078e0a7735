package org.bilateral.worldjob.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.bilateral.risk.ProductSeries;
import org.junit.jupiter.api.Test;

class FlowGridTest {

    private static BigDecimal usd(String value) {
        return new BigDecimal(value);
    }

    private static FlowGrid flow() {
        FlowGrid.Builder b = new FlowGrid.Builder();
        // 2017: TOTAL, a chapter and a subheading; 2018: two chapters and a subheading, no TOTAL; 2019: subheadings only;
        // 2020: the TOTAL alone
        b.add(2017, 0, "", usd("1000"));
        b.add(2017, 2, "", usd("700"));
        b.add(2017, 6, "850440", usd("400"));
        b.add(2018, 2, "", usd("500"));
        b.add(2018, 2, "", usd("300"));
        b.add(2018, 6, "850440", usd("200"));
        b.add(2019, 6, "850440", usd("100"));
        b.add(2019, 6, "850440", usd("25"));
        b.add(2019, 6, "940360", usd("50"));
        b.add(2020, 0, "", usd("50"));
        return b.build();
    }

    @Test
    void aFlowsYearsAreThoseItHasAnyLineIn() {
        assertThat(flow().years()).containsExactly(2017, 2018, 2019, 2020);
    }

    @Test
    void aYearsTotalIsItsTotalLineElseTheSumOfItsCoarsestLines() {
        // 2017 its TOTAL 1000 (not the chapter's 700); 2018 its chapters 500 + 300 = 800; 2019 its subheadings
        // 100 + 25 + 50 = 175; 2020 its TOTAL 50
        assertThat(flow().totalByYear()).containsExactly(Map.entry(2017, usd("1000")), Map.entry(2018, usd("800")),
                Map.entry(2019, usd("175")), Map.entry(2020, usd("50")));
    }

    @Test
    void aProductIsZeroInAYearTheFlowHoldsWithoutIt() {
        // 850440's two lines of 2019 add up: 100 + 25 = 125; 2020 holds only the TOTAL, so 850440 is zero there
        assertThat(flow().yearsOf("850440")).containsExactly(Map.entry(2017, usd("400")), Map.entry(2018, usd("200")),
                Map.entry(2019, usd("125")), Map.entry(2020, BigDecimal.ZERO));
        assertThat(flow().yearsOf("010121")).containsOnlyKeys(2017, 2018, 2019, 2020).allSatisfy((y, v) -> assertThat(v).isZero());
        assertThat(flow().codes()).containsExactly("850440", "940360");
    }

    @Test
    void aFlowWithoutAnyLineIsMissing() {
        assertThat(new FlowGrid.Builder().build()).isNull();
    }

    @Test
    void aYearsQuantityIsInTheUnitCarryingMostOfItsValueAndOnlyAboveZero() {
        FlowUnits units = new FlowUnits();
        units.add("850440", 2019, 8, usd("30"), usd("200"));
        units.add("850440", 2019, 8, usd("20"), usd("150"));
        units.add("850440", 2019, 5, usd("10"), usd("400"));
        // litres carrying the most value, but no quantity: no unit value
        units.add("850440", 2019, 7, usd("0"), usd("900"));
        // a code Comtrade gives no unit for
        units.add("850440", 2020, 14, usd("5"), usd("10"));

        Map<String, Map<Integer, ProductSeries.UnitValue>> built = units.build(Units.commonByComtradeCode());

        // kg: 30 + 20 = 50 for 200 + 150 = 350; items (Comtrade "u"): 10 for 400, the most value
        assertThat(built).containsOnlyKeys("850440");
        assertThat(built.get("850440")).containsOnlyKeys(2019);
        assertThat(built.get("850440").get(2019)).isEqualTo(new ProductSeries.UnitValue("items", usd("10"), usd("400")));
    }

    @Test
    void comtradesUnitCodesAreSaidInTheWorkbenchsCommonWords() {
        // ComtradeQuantityUnits then QuantityUnits.common: 8 "kg" → kg, 5 "u" → items, 6 "2u" → pairs, 2 "m2" → m²
        assertThat(Units.commonByComtradeCode()).containsEntry(8, "kg").containsEntry(5, "items").containsEntry(6, "pairs")
                .containsEntry(2, "m²").doesNotContainKey(1);
    }
}
