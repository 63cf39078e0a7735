package org.bilateral.briefs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * A brief to compose: for the team of country {@code a} facing {@code b}, for a date (the next round's, or any), covering
 * what happened since a date (by default the last brief of the pair, else half a year before), with the sections chosen.
 *
 * @param since null for the default, resolved when the brief is composed
 */
public record BriefRequest(CountryCode a, CountryCode b, LocalDate forDate, @Nullable LocalDate since, Set<BriefSection> sections,
                           BriefLanguage language) {

    /** How far back a brief may look, and forward it may be dated: its figures come from statistics of these years. */
    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    public BriefRequest {
        List<InputProblem> problems = new ArrayList<>();
        if (a == null || b == null) {
            problems.add(new InputProblem("brief", null, "a, b", "name both countries of the pair (e.g. VN and US)"));
        } else if (a.equals(b)) {
            problems.add(new InputProblem("brief", null, "a, b", "a pair is two different countries, not " + a + " twice"));
        } else if (CountryCode.WORLD.equals(a) || CountryCode.WORLD.equals(b)) {
            problems.add(new InputProblem("brief", null, "a, b", "the world is no side of a pair"));
        }
        if (forDate == null) {
            problems.add(new InputProblem("brief", null, "for", "the date the brief is for is needed (the next round's)"));
        } else if (forDate.isBefore(EARLIEST) || forDate.isAfter(LATEST)) {
            problems.add(new InputProblem("brief", null, "for", forDate + " is not between " + EARLIEST + " and " + LATEST));
        }
        if (since != null && forDate != null && !since.isBefore(forDate)) {
            problems.add(new InputProblem("brief", null, "since", since + " is not before the brief's date " + forDate));
        }
        if (since != null && since.isBefore(EARLIEST)) {
            problems.add(new InputProblem("brief", null, "since", since + " is before " + EARLIEST));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        sections = sections == null || sections.isEmpty() ? EnumSet.allOf(BriefSection.class) : EnumSet.copyOf(sections);
        language = language == null ? BriefLanguage.VI : language;
    }

    public boolean has(BriefSection section) {
        return sections.contains(section);
    }

    BriefRequest since(LocalDate resolved) {
        return new BriefRequest(a, b, forDate, resolved, sections, language);
    }
}
