package org.bilateral.commitments.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.commitments.Deal;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.Limits;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Period;
import org.bilateral.shared.Said;
import org.bilateral.shared.InvalidValue;
import java.util.Objects;

/** A delivery schedule as a person types it: one line per period, "2026-Q3 10 1200000000" (period, quantity, value in USD). */
public final class DeliverySchedule {

    private DeliverySchedule() {
    }

    public static List<Deal.Delivery> parse(String text, String source) {
        List<Deal.Delivery> deliveries = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("[\\s;]+");
            Said where = InputProblem.line(i + 1);
            try {
                Period period = Period.parse(parts[0]);
                BigDecimal quantity = parts.length > 1 && !parts[1].equals("-") ? Limits.number(parts[1]) : null;
                BigDecimal value = parts.length > 2 ? Limits.number(parts[2]) : null;
                if (quantity == null && value == null) {
                    problems.add(new InputProblem(source, where, null, Said.of("refusal.commitments.deliveryNeedsFigure")));
                } else if (quantity != null && quantity.signum() <= 0 || value != null && value.signum() <= 0) {
                    // Said by the line the person typed, before the register numbers the deliveries among themselves.
                    problems.add(new InputProblem(source, where, quantity != null && quantity.signum() <= 0 ? "quantity" : "value",
                            Said.of("refusal.commitments.notADelivery",
                                    Limits.shown(Objects.requireNonNull(quantity != null && quantity.signum() <= 0 ? quantity : value).toPlainString()))));
                } else if (value != null && Limits.centsSaid(value).isPresent()) {
                    problems.add(new InputProblem(source, where, "value", Limits.centsSaid(value).get()));
                } else {
                    deliveries.add(new Deal.Delivery(period, quantity, value, "reported"));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new InputProblem(source, where, null, Said.of("refusal.commitments.writeDelivery",
                        e instanceof InvalidValue v ? v.said() : Said.asWritten(String.valueOf(e.getMessage())))));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return deliveries;
    }
}
