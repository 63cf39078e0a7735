package org.bilateral.commitments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Period;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;

/** What is wrong with a reported delivery schedule, by delivery and field; empty when nothing is. */
final class ScheduleProblems {

    private ScheduleProblems() {
    }

    static List<InputProblem> of(List<Deal.Delivery> deliveries) {
        List<InputProblem> problems = new ArrayList<>();
        for (int i = 0; i < deliveries.size(); i++) {
            Deal.Delivery d = deliveries.get(i);
            Said where = Said.of("refusal.where.delivery", String.valueOf(i + 1));
            if (d.quantity() == null && d.valueUsd() == null) {
                problems.add(new InputProblem("schedule", where, null, Said.of("refusal.commitments.deliveryNeedsFigure")));
            }
            // A delivery brings something: a negative one would lower the projection, a zero one adds nothing to it.
            deliveryProblem(d.quantity(), d.quantity() == null ? Optional.empty() : Limits.quantitySaid(d.quantity()))
                    .ifPresent(p -> problems.add(new InputProblem("schedule", where, "quantity", p)));
            deliveryProblem(d.valueUsd(), d.valueUsd() == null ? Optional.empty() : Limits.moneySaid(d.valueUsd()))
                    .ifPresent(p -> problems.add(new InputProblem("schedule", where, "value", p)));
            overlap(deliveries, i).ifPresent(p -> problems.add(new InputProblem("schedule", where, "period", p)));
        }
        return problems;
    }

    /**
     * Deliveries are stored by the month they begin in: two that overlap would count the same months twice, and two
     * that begin in the same month would leave one of them standing for both.
     */
    private static Optional<Said> overlap(List<Deal.Delivery> deliveries, int i) {
        Period period = deliveries.get(i).period();
        for (int j = 0; j < i; j++) {
            Period earlier = deliveries.get(j).period();
            if (earlier != null && period != null && !period.first().isAfter(earlier.last())
                    && !earlier.first().isAfter(period.last())) {
                return Optional.of(Said.of("refusal.commitments.overlap", String.valueOf(period), String.valueOf(j + 1), String.valueOf(earlier)));
            }
        }
        return Optional.empty();
    }

    private static Optional<Said> deliveryProblem(@Nullable BigDecimal amount, Optional<Said> problem) {
        return problem.isPresent() || amount == null || amount.signum() > 0 ? problem
                : Optional.of(Said.of("refusal.commitments.notADelivery", Limits.shown(amount.toPlainString())));
    }
}
