package org.bilateral.worldjob.screen;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One world screen asked: the store, the route's two ends by their M49 codes, the years, the event the change signals
 * are measured around, the CIF/FOB margin and how many products of each hub to show.
 *
 * @param eventYear the tariff event's year, or null for none (the change signals are then not computed)
 * @param carries   the older editions' subheadings counted under their HS 2022 number, as the workbench's import counts them
 */
public record ScreenAsked(String store, int origin, int destination, int fromYear, int toYear, @Nullable Integer eventYear,
                          double cifFobMargin, int top, Countries countries, Carries carries) {

    /** The first year and the last the store holds (as the workbench's Period), and the most years a screen spans. */
    public static final int FIRST_YEAR = 1988;
    public static final int LAST_YEAR = 2100;
    public static final int MOST_YEARS = 31;
    public static final int MAX_TOP = 1000;

    /**
     * The US tariff events on Chinese goods the workbench's screen knows (risk/ScreenRequest.EVENTS): Section 301 lists 1
     * and 2 (2018), list 3 raised to 25% (2019), the reciprocal tariffs (2025).
     */
    public static final List<Integer> EVENT_YEARS = List.of(2018, 2019, 2025);

    /** The event the workbench's screen takes when none is given: the first of its events strictly inside the years. */
    public static @Nullable Integer defaultEvent(int fromYear, int toYear) {
        return EVENT_YEARS.stream().filter(y -> y > fromYear && y < toYear).findFirst().orElse(null);
    }

    /** Refuses what the workbench's screen would refuse, and ends that are not countries it knows. */
    public ScreenAsked {
        if (fromYear < FIRST_YEAR || toYear > LAST_YEAR || fromYear > toYear) {
            throw new Refused("--from " + fromYear + " --to " + toYear + ": not a span of years between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        if (toYear - fromYear + 1 > MOST_YEARS) {
            throw new Refused("--from " + fromYear + " --to " + toYear + ": a screen spans at most " + MOST_YEARS + " years");
        }
        if (eventYear != null && (eventYear <= fromYear || eventYear >= toYear)) {
            throw new Refused("--event-year " + eventYear + ": the event needs years before and after it within " + fromYear + "–" + toYear);
        }
        if (top < 1 || top > MAX_TOP) {
            throw new Refused("--top " + top + ": between 1 and " + MAX_TOP);
        }
        if (!(cifFobMargin >= 0) || cifFobMargin >= 1) {
            throw new Refused("--cif-fob-margin " + cifFobMargin + ": a share from 0 to below 1 (0.06 for the IMF's 6%)");
        }
        if (countries.iso(origin).isEmpty()) {
            throw new Refused("--origin " + origin + ": not a country of the countries file (M49 codes, e.g. 156 for China)");
        }
        if (countries.iso(destination).isEmpty()) {
            throw new Refused("--destination " + destination + ": not a country of the countries file (M49 codes, e.g. 842 for the United States)");
        }
        if (countries.iso(origin).equals(countries.iso(destination))) {
            throw new Refused("--origin " + origin + " and --destination " + destination + " are the same country");
        }
    }

    public String originIso() {
        return countries.iso(origin).orElseThrow();
    }

    public String destinationIso() {
        return countries.iso(destination).orElseThrow();
    }
}
