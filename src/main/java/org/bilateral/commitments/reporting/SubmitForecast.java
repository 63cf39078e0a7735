package org.bilateral.commitments.reporting;

import java.math.BigDecimal;
import java.util.Optional;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Period;
import org.jspecify.annotations.Nullable;

/** An enterprise's demand forecast for one product and year. */
public record SubmitForecast(long organisationId, Period period, HsCode hsCode, @Nullable String product, int year,
                             @Nullable BigDecimal quantity, @Nullable String unit, @Nullable BigDecimal valueUsd) {

    public SubmitForecast {
        if (period == null || hsCode == null) {
            throw new InvalidInput(new InputProblem("demand forecast", null, period == null ? "period" : "HS code", "is missing"));
        }
        if (year < Limits.FIRST_YEAR || year > Limits.LAST_YEAR) {
            throw new InvalidInput(new InputProblem("demand forecast", null, "year", year + " is not a forecast year"));
        }
        if (quantity == null && valueUsd == null) {
            throw new InvalidInput(new InputProblem("demand forecast", null, "value", "a forecast needs a quantity or a value"));
        }
        if (quantity != null && quantity.signum() < 0 || valueUsd != null && valueUsd.signum() < 0) {
            throw new InvalidInput(new InputProblem("demand forecast", null, quantity != null && quantity.signum() < 0 ? "quantity" : "value",
                    "cannot be negative"));
        }
        if (quantity != null) {
            refuse("quantity", Limits.numberProblem(quantity));
        }
        if (valueUsd != null) {
            refuse("value", Limits.numberProblem(valueUsd));
            refuse("value", Limits.centsProblem(valueUsd));
        }
        // One-line fields: a tab or line break, even a trailing one, is refused rather than trimmed away.
        if (product != null) {
            refuse("product", Limits.lineProblem(product));
        }
        if (unit != null) {
            refuse("unit", Limits.lineProblem(unit));
        }
        product = product == null || product.isBlank() ? "HS " + hsCode.digits() : product.strip();
        unit = unit == null || unit.isBlank() ? null : unit.strip();
    }

    private static void refuse(String field, Optional<String> problem) {
        if (problem.isPresent()) {
            throw new InvalidInput(new InputProblem("demand forecast", null, field, problem.get()));
        }
    }
}
