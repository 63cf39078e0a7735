package org.bilateral.briefs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;

/**
 * A brief to compose: for the team of country {@code a} facing {@code b}, for a date (the next round's, or any), covering
 * what happened since a date (by default the last brief of the pair, else half a year before), with the sections chosen.
 *
 * @param since  null for the default, resolved when the brief is composed
 * @param offers the offers the offers section prices, by number; none for every saved offer (as many as the section gives)
 */
public record BriefRequest(CountryCode a, CountryCode b, LocalDate forDate, @Nullable LocalDate since, Set<BriefSection> sections,
                           BriefLanguage language, List<Long> offers) {

    /** A brief naming no offer: the offers section, when chosen, gives every saved one. */
    public BriefRequest(CountryCode a, CountryCode b, LocalDate forDate, @Nullable LocalDate since, Set<BriefSection> sections,
                        BriefLanguage language) {
        this(a, b, forDate, since, sections, language, List.of());
    }

    /** How far back a brief may look, and forward it may be dated: its figures come from statistics of these years. */
    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    public BriefRequest {
        List<InputProblem> problems = new ArrayList<>();
        if (a == null || b == null) {
            problems.add(InputProblem.from(Said.of("refusal.where.brief"), null, "a, b", Said.of("refusal.briefs.namePair")));
        } else if (a.equals(b)) {
            problems.add(InputProblem.from(Said.of("refusal.where.brief"), null, "a, b", Said.of("refusal.briefs.pairTwice", String.valueOf(a))));
        } else if (CountryCode.WORLD.equals(a) || CountryCode.WORLD.equals(b)) {
            problems.add(InputProblem.from(Said.of("refusal.where.brief"), null, "a, b", Said.of("refusal.briefs.worldNoSide")));
        }
        if (forDate == null) {
            problems.add(InputProblem.from(Said.of("refusal.where.brief"), null, "for", Said.of("refusal.briefs.dateNeeded")));
        } else if (forDate.isBefore(EARLIEST) || forDate.isAfter(LATEST)) {
            problems.add(InputProblem.from(Said.of("refusal.where.brief"), null, "for", Said.of("refusal.briefs.notBetween", String.valueOf(forDate), String.valueOf(EARLIEST),
                    String.valueOf(LATEST))));
        }
        if (since != null && forDate != null && !since.isBefore(forDate)) {
            problems.add(InputProblem.from(Said.of("refusal.where.brief"), null, "since", Said.of("refusal.briefs.sinceNotBefore", String.valueOf(since), String.valueOf(forDate))));
        }
        if (since != null && since.isBefore(EARLIEST)) {
            problems.add(InputProblem.from(Said.of("refusal.where.brief"), null, "since", Said.of("refusal.briefs.sinceTooEarly", String.valueOf(since), String.valueOf(EARLIEST))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        sections = sections == null || sections.isEmpty() ? EnumSet.allOf(BriefSection.class) : EnumSet.copyOf(sections);
        language = language == null ? BriefLanguage.VI : language;
        // a brief kept before briefs named offers has none
        offers = offers == null ? List.of() : List.copyOf(offers);
    }

    public boolean has(BriefSection section) {
        return sections.contains(section);
    }

    BriefRequest since(LocalDate resolved) {
        return new BriefRequest(a, b, forDate, resolved, sections, language, offers);
    }
}
