package org.bilateral.risk;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Period;
import org.bilateral.shared.Said;

/**
 * A screen of one triangle's products over some years.
 *
 * @param event  the tariff event on origin → destination the diversion and surge are measured around; null for the
 *               first of {@link #EVENTS} with a whole year of statistics before and after it
 * @param top    how many products to rank, 1 to {@value #MAX_TOP}
 */
public record ScreenRequest(Triangle triangle, int fromYear, int toYear, HsLevel level, int top, @Nullable LocalDate event) {

    /** The form's fields a problem is named by, as the form writes them. */
    private static final String COUNTRIES = "origin, hub, destination";
    private static final String YEARS = "from, to";

    public static final int MAX_TOP = 1000;

    /**
     * The US tariff events on Chinese goods the screen knows: Section 301 lists 1 and 2 (2018-07-06), list 3 raised to
     * 25% (2019-05-10), the reciprocal tariffs (2025-04-05).
     */
    public static final List<LocalDate> EVENTS = List.of(LocalDate.of(2018, 7, 6), LocalDate.of(2019, 5, 10), LocalDate.of(2025, 4, 5));

    public ScreenRequest {
        List<InputProblem> problems = new ArrayList<>();
        if (triangle == null) {
            problems.add(InputProblem.from(Said.of("refusal.where.screen"), null, COUNTRIES, Said.of("refusal.risk.nameThree")));
        }
        if (!Period.withinYears(fromYear) || !Period.withinYears(toYear) || fromYear > toYear) {
            problems.add(InputProblem.from(Said.of("refusal.where.screen"), null, YEARS, Said.of("refusal.risk.notASpan", String.valueOf(fromYear), String.valueOf(toYear),
                    String.valueOf(Period.FIRST_YEAR), String.valueOf(Period.LAST_YEAR))));
        } else if (toYear - fromYear > 30) {
            problems.add(InputProblem.from(Said.of("refusal.where.screen"), null, YEARS, Said.of("refusal.risk.atMost31")));
        }
        level = level == null ? HsLevel.SUBHEADING : level;
        if (level != HsLevel.CHAPTER && level != HsLevel.HEADING && level != HsLevel.SUBHEADING) {
            problems.add(InputProblem.from(Said.of("refusal.where.screen"), null, "level", Said.of("refusal.risk.levelScreened", level.label())));
        }
        if (top < 1 || top > MAX_TOP) {
            problems.add(InputProblem.from(Said.of("refusal.where.screen"), null, "top", Said.of("refusal.risk.notATop", String.valueOf(top), String.valueOf(MAX_TOP))));
        }
        if (event != null && (event.getYear() <= fromYear || event.getYear() >= toYear)) {
            problems.add(InputProblem.from(Said.of("refusal.where.screen"), null, "event", Said.of("refusal.risk.eventNoYear", String.valueOf(event), String.valueOf(fromYear),
                    String.valueOf(toYear))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (event == null) {
            event = EVENTS.stream().filter(e -> e.getYear() > fromYear && e.getYear() < toYear).findFirst().orElse(null);
        }
    }
}
