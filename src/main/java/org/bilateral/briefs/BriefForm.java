package org.bilateral.briefs;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.time.format.DateTimeParseException;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;

/**
 * A brief as the page's form and the API's JSON ask for it: countries, dates as ISO days, sections by code, a
 * language; parsed here, each field refused by its name.
 */
public record BriefForm(@Nullable String a, @Nullable String b, @Nullable String forDate, @Nullable String since,
                        @Nullable List<String> sections, @Nullable String lang) {

    public BriefRequest request() {
        LocalDate day = day("for", forDate);
        LocalDate from = since == null || since.isBlank() ? null : day("since", since);
        Set<BriefSection> chosen = EnumSet.noneOf(BriefSection.class);
        if (sections != null) {
            sections.stream().filter(s -> s != null && !s.isBlank()).map(BriefSection::parse).forEach(chosen::add);
        }
        return new BriefRequest(country("a", a, "VN"), country("b", b, "US"), day, from, chosen, BriefLanguage.parse(lang));
    }

    /** A country by its code, the pair's default where none is given. */
    private static CountryCode country(String field, @Nullable String text, String byDefault) {
        CountryCode code = InvalidInput.country(text == null || text.isBlank() ? byDefault : text, field);
        if (code == null) {
            throw new InvalidInput(field, Said.of("refusal.briefs.countryNeeded", byDefault));
        }
        return code;
    }

    private static LocalDate day(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, Said.of("refusal.briefs.dateNeededIso"));
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, Said.of("refusal.commitments.notADate", Limits.shown(text)));
        }
    }
}
