package org.bilateral.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.policy.measures.TariffAction;
import org.junit.jupiter.api.Test;

/** The rate on all goods as a step function of the date, and what it charges on a month's trade. */
class RatePathTest {

    private static TariffAction rate(String date, String percent, String appliesTo) {
        return new TariffAction(LocalDate.parse(date), percent == null ? null : new BigDecimal(percent), appliesTo, "order", null, null,
                TariffAction.Kind.of(percent == null ? null : new BigDecimal(percent), appliesTo));
    }

    private static final RatePath APRIL = RatePath.of(List.of(
            rate("2025-04-05", "10", "all articles of Vietnam (baseline)"),
            rate("2025-04-09", "46", "all articles of Vietnam (Annex I)"),
            rate("2025-04-10", "10", "all articles of Vietnam (suspended)"),
            rate("2025-05-28", null, "court ruling (all IEEPA tariff orders)"),
            rate("2025-07-02", "20", "all goods of Vietnam (announced, not yet in force)"),
            rate("2025-08-07", "40", "articles determined to have been transshipped"),
            rate("2025-08-07", "20", "originating goods of Vietnam")));

    @Test
    void aRateHoldsFromItsDateUntilTheNextAndThereIsNoneBeforeTheFirst() {
        assertThat(APRIL.on(LocalDate.parse("2025-04-04"))).isEqualByComparingTo("0");
        assertThat(APRIL.on(LocalDate.parse("2025-04-09"))).isEqualByComparingTo("46");
        assertThat(APRIL.on(LocalDate.parse("2025-07-15"))).as("an announcement is not a rate").isEqualByComparingTo("10");
        assertThat(APRIL.on(LocalDate.parse("2025-08-07"))).as("transshipped goods' rate is not all goods'").isEqualByComparingTo("20");
        assertThat(APRIL.steps()).extracting(RatePath.Step::from).extracting(LocalDate::toString)
                .containsExactly("2025-04-05", "2025-04-09", "2025-04-10", "2025-08-07");
        assertThat(APRIL.steps().get(2).until()).isEqualTo(LocalDate.parse("2025-08-07"));
        assertThat(APRIL.steps().get(3).until()).isNull();
    }

    @Test
    void aMonthWhoseRateChangedIsChargedDayByDay() {
        // April 2025: 4 days at 0%, 4 at 10%, 1 at 46%, 21 at 10% = 296 rate-days over 30 days
        LocalDate from = LocalDate.parse("2025-04-01");
        LocalDate until = LocalDate.parse("2025-05-01");
        assertThat(APRIL.rateDays(from, until)).isEqualByComparingTo("296");
        assertThat(APRIL.duty(new BigDecimal("3000000"), from, until)).isEqualByComparingTo("296000.00");
        assertThat(APRIL.average(from, until)).isEqualByComparingTo("9.866667");
        assertThat(APRIL.duty(new BigDecimal("1000.00"), LocalDate.parse("2025-09-01"), LocalDate.parse("2025-10-01")))
                .isEqualByComparingTo("200.00");
    }

    /** The reference data's last rows: the rate on transshipped goods ended with the IEEPA duties on 2026-02-20. */
    static final List<TariffAction> ENDED = List.of(
            rate("2025-08-07", "20", "originating goods of Vietnam"),
            rate("2025-08-07", "40", "articles determined to have been transshipped"),
            rate("2025-10-26", "0", "products to be identified (future, not yet identified)"),
            rate("2026-02-20", "0", "IEEPA reciprocal duties on goods of Vietnam ended"),
            rate("2026-02-20", null, "court ruling (all IEEPA tariff orders)"),
            rate("2026-02-24", "10", "all articles imported (surcharge)"));

    @Test
    void aRateOnTransshippedGoodsEndsWhenAllGoodsGoBackToNoDutyAndARateOnAllGoodsAtTheNext() {
        assertThat(RatePath.until(ENDED.get(1), ENDED)).isEqualTo(LocalDate.parse("2026-02-20"));
        assertThat(RatePath.until(ENDED.get(0), ENDED)).isEqualTo(LocalDate.parse("2026-02-20"));
        assertThat(RatePath.until(ENDED.get(3), ENDED)).isEqualTo(LocalDate.parse("2026-02-24"));
        assertThat(RatePath.until(ENDED.get(5), ENDED)).as("in force").isNull();
        assertThat(RatePath.until(ENDED.get(2), ENDED)).as("an announcement charges nothing to end").isNull();
        assertThat(RatePath.until(ENDED.get(4), ENDED)).as("a ruling").isNull();
        // a later rate on transshipped goods ends the earlier one, before any end of all goods' duties
        List<TariffAction> raised = List.of(ENDED.get(1), rate("2025-12-01", "50", "goods transshipped (raised)"), ENDED.get(3));
        assertThat(RatePath.until(raised.get(0), raised)).isEqualTo(LocalDate.parse("2025-12-01"));
    }

    @Test
    void twoRowsOfOneDayOnAllGoodsLeaveTheLaterInForce() {
        RatePath path = RatePath.of(List.of(rate("2026-02-20", "0", "IEEPA duties on goods of Vietnam ended"),
                rate("2026-02-20", "10", "all articles imported (surcharge)")));
        assertThat(path.on(LocalDate.parse("2026-03-01"))).isEqualByComparingTo("10");
        assertThat(path.steps()).hasSize(1);
    }
}
