package org.bilateral.briefs;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bilateral.shared.InvalidInput;

/**
 * A brief as the page's form and the API's JSON ask for it: countries, dates as ISO days, sections by code, a
 * language; parsed here, each field refused by its name.
 */
public record BriefForm(String a, String b, String forDate, String since, List<String> sections, String lang) {

    public BriefRequest request() {
        LocalDate day = day("for", forDate);
        LocalDate from = since == null || since.isBlank() ? null : day("since", since);
        Set<BriefSection> chosen = EnumSet.noneOf(BriefSection.class);
        if (sections != null) {
            sections.stream().filter(s -> s != null && !s.isBlank()).map(BriefSection::parse).forEach(chosen::add);
        }
        return new BriefRequest(InvalidInput.country(a == null || a.isBlank() ? "VN" : a, "a"),
                InvalidInput.country(b == null || b.isBlank() ? "US" : b, "b"), day, from, chosen, BriefLanguage.parse(lang));
    }

    private static LocalDate day(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, "a date is needed (YYYY-MM-DD)");
        }
        return InvalidInput.field(field, () -> {
            try {
                return LocalDate.parse(text.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException(org.bilateral.shared.Limits.shown(text) + " is not a date (YYYY-MM-DD)");
            }
        });
    }
}
