package org.bilateral.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.bilateral.policy.measures.AntidumpingOrder;
import org.bilateral.policy.measures.HtsNumber;
import org.bilateral.shared.HsCode;
import org.bilateral.tradestats.ProductFlows;
import org.junit.jupiter.api.Test;

/**
 * What the market-economy headline may say it counted, on orders made by hand and one year of HS6 statistics (2025, nine
 * months): the shape of the reference data, where one order's six-digit numbers make the whole figure.
 */
class OrdersAtStakeTest {

    private static AntidumpingOrder order(String caseNumber, String... numbers) {
        return new AntidumpingOrder(caseNumber, AntidumpingOrder.Kind.AD, "goods", null,
                Arrays.stream(numbers).map(n -> new HtsNumber(n, n.replace(".", ""))).toList(), null, null);
    }

    /** 2025 at HS6: a six-digit code's trade as given, a longer code not known (beyond the statistics' detail). */
    private static Map<String, Map<Integer, ProductFlows.CodeYear>> hs6(Map<String, String> values, String... beyond) {
        Map<String, Map<Integer, ProductFlows.CodeYear>> byCode = new HashMap<>();
        values.forEach((code, value) -> byCode.put(code, Map.of(2025, new ProductFlows.CodeYear(HsCode.of(code), 2025,
                new BigDecimal(value), 9))));
        for (String code : beyond) {
            byCode.put(code, Map.of(2025, new ProductFlows.CodeYear(HsCode.of(code), 2025, null, 9)));
        }
        return byCode;
    }

    private static MarketEconomyStakes.Counted counted(List<AntidumpingOrder> orders, Map<String, Map<Integer, ProductFlows.CodeYear>> byCode) {
        Set<String> all = new TreeSet<>();
        orders.forEach(o -> o.codes().forEach(c -> all.add(c.digits())));
        YearFigure covered = StakesFigures.figures(StakesFigures.withoutCovered(all), List.of(2025), byCode).get(0);
        return OrdersAtStake.counted(covered, OrdersAtStake.lines(orders, List.of(2025), byCode, HtsNumber::digits), byCode,
                HtsNumber::digits, OptionalInt.of(6));
    }

    @Test
    void oneOrderAtSixDigitsMakesTheFigureAndTheOrdersBeyondTheDetailAreNamedApart() {
        List<AntidumpingOrder> orders = List.of(
                order("A-552-801", "0304.20.60.30"),
                order("A-552-802"),
                order("A-552-803", "9404.29.9010"),
                order("C-552-838", "030617", "160521"),
                order("A-552-839", "160521"));
        MarketEconomyStakes.Counted c = counted(orders, hs6(Map.of("030617", "5000000000", "160521", "490000000"),
                "0304206030", "9404299010"));
        // 030617 5,000,000,000 + 160521 490,000,000 = 5,490,000,000, 160521 once though two orders name it
        assertThat(c.year().valueUsd()).isEqualByComparingTo("5490000000");
        assertThat(c.counted()).containsExactly("C-552-838", "A-552-839");
        assertThat(c.beyond()).containsExactly("A-552-801", "A-552-803");
        assertThat(c.partly()).isEmpty();
        // C-552-838 alone: 5,490,000,000 of 5,490,000,000, more than half
        assertThat(c.leading()).containsExactly("C-552-838");
        assertThat(c.leadingUsd()).isEqualByComparingTo("5490000000");
        assertThat(c.allLeading()).isFalse();
        assertThat(c.detailDigits()).isEqualTo(6);
    }

    @Test
    void theFewestOrdersHoldingMoreThanHalfAreNamedAndNoneWhenMoreThanThreeAreNeeded() {
        // 400 + 350 + 250 = 1,000: the first alone holds 40%, the first two 75%
        MarketEconomyStakes.Counted two = counted(List.of(order("A-1", "010101"), order("A-2", "020202"), order("A-3", "030303")),
                hs6(Map.of("010101", "400", "020202", "350", "030303", "250")));
        assertThat(two.leading()).containsExactly("A-1", "A-2");
        assertThat(two.leadingUsd()).isEqualByComparingTo("750");
        // ten orders of 100 each: three hold 300 of 1,000, not more than half
        Map<String, String> values = new HashMap<>();
        List<AntidumpingOrder> ten = new java.util.ArrayList<>();
        for (int i = 10; i < 20; i++) {
            values.put(i + "0101", "100");
            ten.add(order("A-" + i, i + "0101"));
        }
        MarketEconomyStakes.Counted none = counted(ten, hs6(values));
        assertThat(none.year().valueUsd()).isEqualByComparingTo("1000");
        assertThat(none.leading()).isEmpty();
        assertThat(none.leadingUsd()).isNull();
        // one order counted, holding all: all of it is said to be in it
        MarketEconomyStakes.Counted one = counted(List.of(order("C-1", "030617"), order("A-2", "0304.20.60.30")),
                hs6(Map.of("030617", "90"), "0304206030"));
        assertThat(one.leading()).containsExactly("C-1");
        assertThat(one.allLeading()).isTrue();
    }
}
