package org.bilateral.risk;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Period;

/**
 * A screen of one triangle's products over some years.
 *
 * @param event  the tariff event on origin → destination the diversion and surge are measured around; null for the
 *               first of {@link #EVENTS} with a whole year of statistics before and after it
 * @param top    how many products to rank, 1 to {@value #MAX_TOP}
 */
public record ScreenRequest(Triangle triangle, int fromYear, int toYear, HsLevel level, int top, @Nullable LocalDate event) {

    public static final int MAX_TOP = 1000;

    /**
     * The US tariff events on Chinese goods the screen knows: Section 301 lists 1 and 2 (2018-07-06), list 3 raised to
     * 25% (2019-05-10), the reciprocal tariffs (2025-04-05).
     */
    public static final List<LocalDate> EVENTS = List.of(LocalDate.of(2018, 7, 6), LocalDate.of(2019, 5, 10), LocalDate.of(2025, 4, 5));

    public ScreenRequest {
        List<InputProblem> problems = new ArrayList<>();
        if (triangle == null) {
            problems.add(new InputProblem("screen", null, "origin, hub, destination", "name the three countries"));
        }
        if (!Period.withinYears(fromYear) || !Period.withinYears(toYear) || fromYear > toYear) {
            problems.add(new InputProblem("screen", null, "from, to", fromYear + " to " + toYear + " is not a span of the years "
                    + Period.YEARS));
        } else if (toYear - fromYear > 30) {
            problems.add(new InputProblem("screen", null, "from, to", "at most 31 years at a time"));
        }
        level = level == null ? HsLevel.SUBHEADING : level;
        if (level != HsLevel.CHAPTER && level != HsLevel.HEADING && level != HsLevel.SUBHEADING) {
            problems.add(new InputProblem("screen", null, "level", "products are screened by chapter, heading or subheading, not "
                    + level.label()));
        }
        if (top < 1 || top > MAX_TOP) {
            problems.add(new InputProblem("screen", null, "top", top + " is not a number of products from 1 to " + MAX_TOP));
        }
        if (event != null && (event.getYear() <= fromYear || event.getYear() >= toYear)) {
            problems.add(new InputProblem("screen", null, "event", event + " leaves no whole year before or after it within "
                    + fromYear + " to " + toYear));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (event == null) {
            event = EVENTS.stream().filter(e -> e.getYear() > fromYear && e.getYear() < toYear).findFirst().orElse(null);
        }
    }
}
