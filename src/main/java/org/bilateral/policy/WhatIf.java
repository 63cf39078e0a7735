package org.bilateral.policy;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Period;
import org.bilateral.shared.Provenance;
import org.bilateral.shared.Said;

/**
 * A tariff what-if: another additional rate on the partner's goods, or some products at zero, against the rate in
 * force on a day, applied to one year's imports product by product.
 *
 * @param ratePercent the rate to try, 0 to 100 percent with at most two decimals; null keeps the rate in force
 * @param zero        chapters, headings or subheadings (2, 4 or 6 digits) charged nothing; at most {@value #MAX_ZERO}
 * @param year        the year of imports; null for the latest the statistics hold whole
 * @param baselineOn  the day whose rate the what-if is compared with; null for today
 * @param level       the level products are shown at: chapter, heading or subheading
 */
public record WhatIf(CountryCode partner, @Nullable BigDecimal ratePercent, List<HsCode> zero, @Nullable Integer year,
                     @Nullable LocalDate baselineOn,
                     HsLevel level) {

    /** The form's field the day of the compared rate is named by. */
    private static final String BASELINE_FIELD = "compared with the rate of";

    public static final int MAX_ZERO = 500;

    public WhatIf {
        List<InputProblem> problems = new ArrayList<>();
        if (partner == null) {
            problems.add(InputProblem.from(Said.of("refusal.where.whatIf"), null, "partner", Said.of("refusal.policy.nameChargedPartner")));
        }
        if (ratePercent != null && (ratePercent.signum() < 0 || ratePercent.compareTo(BigDecimal.valueOf(100)) > 0
                || ratePercent.stripTrailingZeros().scale() > 2)) {
            problems.add(InputProblem.from(Said.of("refusal.where.whatIf"), null, "rate", Said.of("refusal.policy.notARate", ratePercent.toPlainString())));
        }
        zero = zero == null ? List.of() : List.copyOf(zero);
        if (zero.size() > MAX_ZERO) {
            problems.add(InputProblem.from(Said.of("refusal.where.whatIf"), null, "zero", Said.of("refusal.policy.tooManyCodes", String.valueOf(zero.size()), String.valueOf(MAX_ZERO))));
        }
        for (HsCode code : zero) {
            if (code.level() > 6) {
                problems.add(InputProblem.from(Said.of("refusal.where.whatIf"), null, "zero", Said.of("refusal.policy.zeroTooFine", String.valueOf(code), String.valueOf(code.level()))));
            }
        }
        if (year != null && !Period.withinYears(year)) {
            problems.add(InputProblem.from(Said.of("refusal.where.whatIf"), null, "year", Said.of("refusal.policy.notAYearOf", String.valueOf(year),
                    String.valueOf(Period.FIRST_YEAR), String.valueOf(Period.LAST_YEAR))));
        }
        if (baselineOn != null && !Period.withinYears(baselineOn.getYear())) {
            problems.add(InputProblem.from(Said.of("refusal.where.whatIf"), null, BASELINE_FIELD, Said.of("refusal.policy.notADayOf", String.valueOf(baselineOn),
                    String.valueOf(Period.FIRST_YEAR), String.valueOf(Period.LAST_YEAR))));
        }
        level = level == null ? HsLevel.CHAPTER : level;
        if (level != HsLevel.CHAPTER && level != HsLevel.HEADING && level != HsLevel.SUBHEADING) {
            problems.add(InputProblem.from(Said.of("refusal.where.whatIf"), null, "level", Said.of("refusal.policy.levelShown", level.label())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** Whether a product is one the what-if charges nothing. */
    boolean zeroes(String code) {
        return zero.stream().anyMatch(z -> code.startsWith(z.digits()));
    }

    /** What the what-if changes, product by product, and in total. */
    /**
     * @param unplaced the parts of the imports a code at zero may cover but the statistics do not detail down to it,
     *                 charged at the rate
     */
    public record Result(CountryCode importer, CountryCode partner, int year, int months, LocalDate baselineOn,
                         BigDecimal baselineRatePercent, BigDecimal whatIfRatePercent, List<HsCode> zero, List<Unplaced> unplaced,
                         List<Line> lines, Line total, Provenance provenance) {
    }

    /**
     * Imports held only at a code coarser than a code at zero (the rest of chapter 94, held at HS2, for 9403 at zero): how
     * much of them the code at zero covers is not known, so they are charged at the rate.
     *
     * @param heldAt the coarser code the imports are held at ("" for imports with no product named)
     */
    public record Unplaced(HsCode zero, String heldAt, BigDecimal importsUsd) {
    }

    /**
     * @param zeroedUsd the part of the imports the what-if charges nothing
     */
    public record Line(String code, String label, BigDecimal importsUsd, BigDecimal zeroedUsd, BigDecimal baselineDutiesUsd,
                       BigDecimal whatIfDutiesUsd, BigDecimal changeUsd) {
    }
}
