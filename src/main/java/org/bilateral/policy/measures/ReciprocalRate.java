package org.bilateral.policy.measures;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.util.List;
import org.bilateral.shared.CountryCode;

/**
 * A country's reciprocal rate in the executive order's annex, as printed ("20%", "15% minus Column 1 Duty Rate").
 *
 * @param countries the countries the line names: one, the European Union's members, or none where the name matched no
 *                  country (then the line is shown as printed and left out of comparisons)
 * @param percent   the rate when the line prints one number, null when it prints a formula
 */
public record ReciprocalRate(String printedName, List<CountryCode> countries, String printedRate, @Nullable BigDecimal percent) {
}
