package org.bilateral.tradestats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.bilateral.WorkbenchTest;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.Period;
import org.bilateral.shared.UsState;
import org.bilateral.tradestats.StateTrade.HeldYear;
import org.bilateral.tradestats.StateTrade.ProductYear;
import org.bilateral.tradestats.StateTrade.StateChange;
import org.bilateral.tradestats.StateTrade.StateYear;
import org.bilateral.tradestats.census.StateFigure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The state figures by year, product and state, like for like, over a small hand-countable history of US exports to
 * Vietnam (dollars):
 * <pre>
 * 2023-01 HS6  WA 880240 1,000   IA 120190 300   IA 100590 50   XX 120190 10
 * 2023-02 HS6  WA 880240   500   IA 120190 200
 * 2023-03 HS6                    IA 120190 100                                   (no row for WA: WA traded 0)
 * 2024-01 HS4  WA 8802   2,000   IA 1201   400   IL 1201   70
 * 2024-02 HS6                    IA 120190 250   IA 120110 30   TX 271111 90     (replaces an answer of IA 120190 999)
 * </pre>
 * 2024 holds January and February, compared with January and February 2023 (both held); 2023 holds January to March,
 * and 2022 holds nothing, so 2023 has no year before to compare with.
 */
@WorkbenchTest
class StateTradeTest {

    static final CountryCode VN = CountryCode.of("VN");

    @Autowired StateTrade stateTrade;
    @Autowired StateTradeStore store;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @BeforeEach
    void history() {
        jdbc.sql("truncate state_trade, state_trade_import").update();
        answer("2023-01", 6, "WA 880240 1000", "IA 120190 300", "IA 100590 50", "XX 120190 10");
        answer("2023-02", 6, "WA 880240 500", "IA 120190 200");
        answer("2023-03", 6, "IA 120190 100");
        answer("2024-01", 4, "WA 8802 2000", "IA 1201 400", "IL 1201 70");
        answer("2024-02", 6, "IA 120190 999");
        answer("2024-02", 6, "IA 120190 250", "IA 120110 30", "TX 271111 90");
    }

    @Test
    void aStatesYearsCountEveryMonthAnsweredEvenThoseWithoutARowForIt() {
        // WA 2023: 1,000 + 500 + 0 (March answered without WA) = 1,500 over 3 months; 2024: 2,000 + 0 = 2,000 over 2
        assertThat(stateTrade.years(UsState.of("WA"), VN, Flow.EXPORT)).containsExactly(
                new StateYear(2023, new BigDecimal("1500.00"), 3), new StateYear(2024, new BigDecimal("2000.00"), 2));
        // IL has a row only in January 2024: 2023 is 0 over the 3 months held, 2024 is 70 over 2
        assertThat(stateTrade.years(UsState.of("IL"), VN, Flow.EXPORT)).containsExactly(
                new StateYear(2023, BigDecimal.ZERO, 3), new StateYear(2024, new BigDecimal("70.00"), 2));
        assertThat(stateTrade.years(UsState.of("IA"), VN, Flow.IMPORT)).isEmpty();
    }

    @Test
    void aStatesProductsAreComparedWithTheSameMonthsAtTheCoarsestLevelHeld() {
        // 2024 against Jan–Feb 2023, at HS4 (January 2024 is held at HS4):
        // 1201: 400 + 250 + 30 = 680 against 300 + 200 = 500 (March 2023's 100 is not compared);
        // 1005: nothing in 2024 against 50
        assertThat(stateTrade.productsInYear(UsState.of("IA"), VN, Flow.EXPORT, 2024)).containsExactly(
                new ProductYear(HsCode.of("1201"), new BigDecimal("680.00"), new BigDecimal("500.00")),
                new ProductYear(HsCode.of("1005"), BigDecimal.ZERO, new BigDecimal("50.00")));
        // 2023 at HS6, no year before held: 120190 300 + 200 + 100 = 600, 100590 50
        assertThat(stateTrade.productsInYear(UsState.of("IA"), VN, Flow.EXPORT, 2023)).containsExactly(
                new ProductYear(HsCode.of("120190"), new BigDecimal("600.00"), null),
                new ProductYear(HsCode.of("100590"), new BigDecimal("50.00"), null));
        assertThat(stateTrade.productsInYear(UsState.of("IA"), VN, Flow.EXPORT, 2025)).isEmpty();
    }

    @Test
    void everyStatesYearIsComparedLikeForLikeWithUnidentifiedTradeAsItsOwnRow() {
        // WA 2,000 against 1,000 + 500 = 1,500; IA 680 against 300 + 50 + 200 = 550; TX 90 and IL 70 against 0;
        // XX 0 against 10; the replaced February answer (IA 999) counts nowhere
        assertThat(stateTrade.yearOnYear(VN, Flow.EXPORT, 2024, List.of())).containsExactly(
                new StateChange("WA", new BigDecimal("2000.00"), new BigDecimal("1500.00"), 2),
                new StateChange("IA", new BigDecimal("680.00"), new BigDecimal("550.00"), 2),
                new StateChange("TX", new BigDecimal("90.00"), BigDecimal.ZERO, 2),
                new StateChange("IL", new BigDecimal("70.00"), BigDecimal.ZERO, 2),
                new StateChange("XX", BigDecimal.ZERO, new BigDecimal("10.00"), 2));
        // 2023 (January to March) has no 2022 to compare with: WA 1,500; IA 300 + 50 + 200 + 100 = 650; XX 10
        assertThat(stateTrade.yearOnYear(VN, Flow.EXPORT, 2023, List.of())).containsExactly(
                new StateChange("WA", new BigDecimal("1500.00"), null, 3),
                new StateChange("IA", new BigDecimal("650.00"), null, 3),
                new StateChange("XX", new BigDecimal("10.00"), null, 3));
    }

    @Test
    void aCodeFinerThanTheLevelHeldIsMatchedAtItsPrefixAndSaidShort() {
        // 880240 counts January 2024's 8802 (held at HS4): WA 2,000 against 2023's 880240 1,000 + 500 = 1,500
        List<HsCode> aircraft = List.of(HsCode.of("880240"));
        assertThat(stateTrade.yearOnYear(VN, Flow.EXPORT, 2024, aircraft)).containsExactly(
                new StateChange("WA", new BigDecimal("2000.00"), new BigDecimal("1500.00"), 2));
        assertThat(stateTrade.detailShort(VN, Flow.EXPORT, 2024, aircraft)).isTrue();
        // 2023 is held at HS6 throughout: nothing short
        assertThat(stateTrade.detailShort(VN, Flow.EXPORT, 2023, aircraft)).isFalse();
        assertThat(stateTrade.detailShort(VN, Flow.EXPORT, 2024, List.of(HsCode.of("1201")))).isFalse();
    }

    @Test
    void overlappingCodesCountAHeldCodeOnce() {
        // 12 and 1201 both match every soybean row; each is counted once: IA 400 + 250 + 30 = 680 against 300 + 200 = 500,
        // IL 70 against 0, XX 0 against 10 (not 1,360 / 1,000 / 140 / 20)
        assertThat(stateTrade.yearOnYear(VN, Flow.EXPORT, 2024, List.of(HsCode.of("12"), HsCode.of("1201")))).containsExactly(
                new StateChange("IA", new BigDecimal("680.00"), new BigDecimal("500.00"), 2),
                new StateChange("IL", new BigDecimal("70.00"), BigDecimal.ZERO, 2),
                new StateChange("XX", BigDecimal.ZERO, new BigDecimal("10.00"), 2));
        // corn: nothing in 2024, 50 in January 2023
        assertThat(stateTrade.yearOnYear(VN, Flow.EXPORT, 2024, List.of(HsCode.of("1005")))).containsExactly(
                new StateChange("IA", BigDecimal.ZERO, new BigDecimal("50.00"), 2));
    }

    @Test
    void theMonthsHeldAndTheLatestYearAreThoseAnswered() {
        assertThat(stateTrade.held(VN, Flow.EXPORT)).contains(new Period(YearMonth.of(2023, 1), YearMonth.of(2024, 2)));
        assertThat(stateTrade.latestYear(VN, Flow.EXPORT)).contains(new HeldYear(2024, 2));
        assertThat(stateTrade.held(VN, Flow.IMPORT)).isEmpty();
        assertThat(stateTrade.latestYear(VN, Flow.IMPORT)).isEmpty();
    }

    @Test
    void figuresAreSyntheticOnlyWhenADemonstrationAnswerIsHeld() {
        assertThat(stateTrade.synthetic(VN)).isFalse();
        store.store(VN, Flow.IMPORT, YearMonth.of(2024, 1), 6, "demo", "sha-demo", "demo", List.of(), 0, Optional.empty(), true);
        assertThat(stateTrade.synthetic(VN)).isTrue();
        assertThat(stateTrade.synthetic(CountryCode.of("CN"))).isFalse();
    }

    /** Stores an answer for a month ("STATE CODE DOLLARS" rows), replacing the one held. */
    private void answer(String month, int level, String... rows) {
        YearMonth ym = YearMonth.parse(month);
        List<StateFigure> figures = java.util.Arrays.stream(rows).map(r -> r.split(" "))
                .map(r -> new StateFigure(r[0], r[1], new BigDecimal(r[2]), 0)).toList();
        // in one transaction, as every store is: the old answer points to its replacement before that is inserted
        new TransactionTemplate(transactions).executeWithoutResult(status -> store.store(VN, Flow.EXPORT, ym, level, "answer-" + month,
                "sha-" + String.join(",", rows), "test", figures, 0, store.current(VN, Flow.EXPORT, ym)));
    }
}
