package org.bilateral.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.Period;
import org.junit.jupiter.api.Test;

/** What a reported delivery schedule is refused for, by delivery and field. */
class ScheduleProblemsTest {

    private static Deal.Delivery delivery(String period, String quantity, String value) {
        return new Deal.Delivery(Period.parse(period), quantity == null ? null : new BigDecimal(quantity),
                value == null ? null : new BigDecimal(value), "reported");
    }

    @Test
    void aScheduleOfSeparateMonthsWithQuantitiesOrValuesIsFine() {
        assertThat(ScheduleProblems.of(List.of(delivery("2026-Q1", "10", null), delivery("2026-Q2", null, "500000")))).isEmpty();
    }

    @Test
    void eachDeliveryIsRefusedByItsNumberAndField() {
        List<InputProblem> problems = ScheduleProblems.of(List.of(
                delivery("2026-Q1", null, null), delivery("2026-04", "0", null), delivery("2026-05", null, "-5")));

        assertThat(problems).extracting(InputProblem::location, InputProblem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple("delivery 1", null),
                org.assertj.core.groups.Tuple.tuple("delivery 2", "quantity"),
                org.assertj.core.groups.Tuple.tuple("delivery 3", "value"));
        assertThat(problems.get(1).message()).isEqualTo("'0' is not a delivery; a delivery is more than zero");
    }

    @Test
    void deliveriesThatShareAMonthAreRefused() {
        // 2026-Q1 is January to March; 2026-03/2026-05 begins in March, a month Q1 has already.
        List<InputProblem> problems = ScheduleProblems.of(List.of(delivery("2026-Q1", "1", null), delivery("2026-03/2026-05", "1", null)));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("delivery 2");
            assertThat(p.field()).isEqualTo("period");
            assertThat(p.message()).contains("overlaps delivery 1");
        });
    }
}
