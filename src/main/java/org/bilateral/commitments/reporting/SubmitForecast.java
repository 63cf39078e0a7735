package org.bilateral.commitments.reporting;

import java.math.BigDecimal;
import java.util.Optional;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Period;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;

/** An enterprise's demand forecast for one product and year. */
public record SubmitForecast(long organisationId, Period period, HsCode hsCode, @Nullable String product, int year,
                             @Nullable BigDecimal quantity, @Nullable String unit, @Nullable BigDecimal valueUsd) {

    public SubmitForecast {
        if (period == null || hsCode == null) {
            throw refused(period == null ? Said.of("refusal.commitments.field.period") : Said.of("refusal.commitments.field.hsCode"), Said.of("refusal.commitments.missing"));
        }
        if (year < Limits.FIRST_YEAR || year > Limits.LAST_YEAR) {
            throw refused(Said.of("refusal.commitments.field.year"), Said.of("refusal.commitments.notAForecastYear", String.valueOf(year)));
        }
        if (quantity == null && valueUsd == null) {
            throw refused(Said.of("refusal.commitments.field.value"), Said.of("refusal.commitments.forecastNeedsFigure"));
        }
        if (quantity != null && quantity.signum() < 0 || valueUsd != null && valueUsd.signum() < 0) {
            throw refused(quantity != null && quantity.signum() < 0 ? Said.of("refusal.commitments.field.quantity") : Said.of("refusal.commitments.field.value"),
                    Said.of("refusal.commitments.negative"));
        }
        if (quantity != null) {
            refuse(Said.of("refusal.commitments.field.quantity"), Limits.numberSaid(quantity));
        }
        if (valueUsd != null) {
            refuse(Said.of("refusal.commitments.field.value"), Limits.numberSaid(valueUsd));
            refuse(Said.of("refusal.commitments.field.value"), Limits.centsSaid(valueUsd));
        }
        // One-line fields: a tab or line break, even a trailing one, is refused rather than trimmed away.
        if (product != null) {
            refuse(Said.of("refusal.commitments.field.product"), Limits.lineSaid(product));
        }
        if (unit != null) {
            refuse(Said.of("refusal.commitments.field.unit"), Limits.lineSaid(unit));
        }
        product = product == null || product.isBlank() ? "HS " + hsCode.digits() : product.strip();
        unit = unit == null || unit.isBlank() ? null : unit.strip();
    }

    private static void refuse(Said field, Optional<Said> problem) {
        if (problem.isPresent()) {
            throw refused(field, problem.get());
        }
    }

    /** "demand forecast, field value: …": the form's words, in the reporter's language. */
    private static InvalidInput refused(Said field, Said what) {
        return new InvalidInput(InputProblem.whole(Said.of("refusal.commitments.forecastField", field, what)));
    }
}
